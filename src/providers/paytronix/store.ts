/**
 * Paytronix data: merchants and printed-card accounts in the `paytronix` namespace. A 16-digit
 * printed card that is not stored reads as a fresh active account ($0.00, verified email) and is
 * stored the first time a call changes it. No business rules here.
 */
import type { Database } from '../../core/db/database.js';
import type { StoredCheckoutSession } from './checkout/checkout.stored.js';
import type { PaytronixNamespace, StoredAccount, StoredMerchant } from './common.schemas.js';

export class PaytronixStore {
  constructor(private readonly db: Database) {}

  private get ns(): PaytronixNamespace {
    return this.db.data.paytronix as PaytronixNamespace;
  }

  merchant(merchantId: number): StoredMerchant | undefined {
    return this.ns.merchants[String(merchantId)];
  }

  /** The stored account, or a fresh one (not stored until saved). */
  account(printedCardNumber: string): StoredAccount {
    const stored = this.ns.accounts[printedCardNumber];
    if (stored) return structuredClone(stored);
    return {
      printedCardNumber,
      cardTemplateCode: 1,
      cardActive: true,
      accountActive: true,
      svWalletAttached: true,
      rechargePrevented: false,
      email: `${printedCardNumber}@example.com`,
      emailVerified: true,
      balanceCents: 0,
      paymentMethods: [],
      savedCardCode: null,
      autoRecharge: null,
      monitoring: null,
      history: [],
    };
  }

  saveAccount(account: StoredAccount): void {
    this.ns.accounts[account.printedCardNumber] = account;
    this.db.changed(['paytronix', 'accounts', account.printedCardNumber]);
  }

  saveMerchant(merchant: StoredMerchant): void {
    this.ns.merchants[String(merchant.merchantId)] = merchant;
    this.db.changed(['paytronix', 'merchants', String(merchant.merchantId)]);
  }

  /** A copy of the stored checkout session (change it, then save it). */
  checkoutSession(id: string): StoredCheckoutSession | undefined {
    const sessions = this.ns.checkoutSessions;
    return Object.hasOwn(sessions, id) ? structuredClone(sessions[id]) : undefined;
  }

  /** A copy of the checkout session whose payment intent has this id. */
  checkoutSessionOfIntent(paymentIntentId: string): StoredCheckoutSession | undefined {
    const found = Object.values(this.ns.checkoutSessions).find((s) => s.paymentIntent.id === paymentIntentId);
    return found ? structuredClone(found) : undefined;
  }

  saveCheckoutSession(session: StoredCheckoutSession): void {
    this.ns.checkoutSessions[session.id] = session;
    this.db.changed(['paytronix', 'checkoutSessions', session.id]);
  }
}
