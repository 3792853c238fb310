/**
 * savedCard (the account's saved credit card, as last four, brand, expiry and its savedCardCode) and
 * DELETE savedCreditCard (refused while the account is enrolled in auto-recharge).
 */
import type { Deps } from '../../../core/provider.js';
import type { Scenario } from '../../../core/scenarios/loader.js';
import { savedMethodExpired } from '../expiry.js';
import { codesFor, requireAccount } from '../accounts.js';
import { PaytronixFailure } from '../errors.js';
import { savedCardResponse } from '../payment-methods/response-method.js';
import type { PaytronixStore } from '../store.js';
import { methodByCode, removeMethod, savedCardOf } from '../wallet.js';
import type { DeleteSavedCreditCardQuery, SavedCreditCardResponsePaymentMethod } from './saved-cards.schemas.js';

/** What a savedCardCode looks like (10 letters and digits); anything else is `invalid_saved_card_code`. */
const SAVED_CARD_CODE = /^[A-Za-z0-9]{10}$/;

export class SavedCardService {
  constructor(
    private readonly deps: Deps,
    private readonly store: PaytronixStore,
  ) {}

  savedCard(merchantId: number, printedCardNumber: string, scenario: Scenario): SavedCreditCardResponsePaymentMethod {
    const { account } = requireAccount(this.store, merchantId, printedCardNumber, codesFor('saved_card'));
    const saved = savedCardOf(account);
    if (!saved) throw new PaytronixFailure('saved_card.no_saved_card');
    if (savedMethodExpired(this.deps, scenario, 'savedCard', saved)) throw new PaytronixFailure('saved_card.saved_card_expired');
    return savedCardResponse(saved);
  }

  /**
   * Merchant, printed card, card and account state; a well-formed code; a SAVED_CC with that code
   * and last four; not enrolled in auto-recharge. Any of the account's SAVED_CC methods can be
   * deleted this way; deleting the account's saved card leaves it with none.
   */
  deleteSavedCreditCard(input: DeleteSavedCreditCardQuery): void {
    const { account } = requireAccount(this.store, input.merchantId, input.printedCardNumber, codesFor('delete_saved_card', 'invalid_printed_card_number'));
    if (!SAVED_CARD_CODE.test(input.savedCardCode)) throw new PaytronixFailure('delete_saved_card.invalid_saved_card_code');
    const card = methodByCode(account, input.savedCardCode);
    if (card?.type !== 'SAVED_CC' || card.lastFour !== input.lastFour) throw new PaytronixFailure('delete_saved_card.saved_card_not_found');
    if (account.autoRecharge !== null) throw new PaytronixFailure('delete_saved_card.auto_recharge_enabled');
    removeMethod(account, card.savedCardCode);
    this.store.saveAccount(account);
  }
}
