/**
 * Paytronix data: merchants and printed-card accounts in the `paytronix` namespace. A 16-digit
 * printed card that is not stored reads as a fresh active account ($0.00, verified email) and is
 * stored the first time a call changes it. No business rules here.
 */
import type { Database } from '../../core/db/database.js';
import type { StoredCheckoutSession } from './checkout/checkout.stored.js';
import type { PaytronixNamespace, StoredAccount, StoredMerchant } from './common.schemas.js';

/** Accounts the clock and the monitoring list look at: enrolled in auto-recharge or monitored. */
const watched = (a: StoredAccount) => a.autoRecharge !== null || a.monitoring !== null;

export class PaytronixStore {
  /** Per accounts collection (a reset or a state import replaces it): the watched printed cards. */
  private readonly watchedIndex = new WeakMap<object, Set<string>>();

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

  /** Stored accounts enrolled in auto-recharge or monitored (read-only: save a copy to change one). */
  *watchedAccounts(): Generator<Readonly<StoredAccount>> {
    const accounts = this.ns.accounts;
    let cards = this.watchedIndex.get(accounts);
    if (!cards) {
      cards = new Set(Object.keys(accounts).filter((card) => watched(accounts[card]!)));
      this.watchedIndex.set(accounts, cards);
    }
    // Saving a watched account while iterating keeps it in the set (a Set visits each entry once).
    for (const card of cards) {
      const account = accounts[card];
      if (account) yield account;
    }
  }

  saveAccount(account: StoredAccount): void {
    const cards = this.watchedIndex.get(this.ns.accounts);
    if (cards && watched(account)) cards.add(account.printedCardNumber);
    else cards?.delete(account.printedCardNumber);
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
