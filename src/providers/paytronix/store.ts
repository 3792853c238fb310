/**
 * Paytronix data: merchants and printed-card accounts in the `paytronix` namespace. A 16-digit
 * printed card that is not stored reads as a fresh active account ($0.00, verified email) and is
 * stored the first time a call changes it. No business rules here.
 */
import type { Database } from '../../core/db/database.js';
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
}
