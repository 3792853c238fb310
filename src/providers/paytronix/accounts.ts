/** The checks most endpoints share, in the seed's order: merchant, printed card, card and account state. */
import type { StoredAccount, StoredMerchant } from './common.schemas.js';
import { PaytronixFailure } from './errors.js';
import type { PaytronixStore } from './store.js';

/** The endpoint's codes for each check (the table names them differently per endpoint). */
export interface AccountCodes {
  invalidMerchant: string;
  invalidCard: string;
  cardNotActive: string;
  accountNotActive: string;
}

export const codesFor = (prefix: string, invalidCard = 'invalid_card_number'): AccountCodes => ({
  invalidMerchant: `${prefix}.invalid_merchant_id`,
  invalidCard: `${prefix}.${invalidCard}`,
  cardNotActive: `${prefix}.card_not_active`,
  accountNotActive: `${prefix}.account_not_active`,
});

export function requireMerchant(store: PaytronixStore, merchantId: number, code: string): StoredMerchant {
  const merchant = store.merchant(merchantId);
  if (!merchant) throw new PaytronixFailure(code);
  return merchant;
}

export const PRINTED_CARD = /^\d{16}$/;

/** Merchant, then a 16-digit printed card whose card and account are active. */
export function requireAccount(store: PaytronixStore, merchantId: number, printedCardNumber: string, codes: AccountCodes): { merchant: StoredMerchant; account: StoredAccount } {
  const merchant = requireMerchant(store, merchantId, codes.invalidMerchant);
  if (!PRINTED_CARD.test(printedCardNumber)) throw new PaytronixFailure(codes.invalidCard);
  const account = store.account(printedCardNumber);
  if (!account.cardActive) throw new PaytronixFailure(codes.cardNotActive);
  if (!account.accountActive) throw new PaytronixFailure(codes.accountNotActive);
  return { merchant, account };
}
