/** savedCard: the account's saved credit card, as last four, brand, expiry and its savedCardCode. */
import type { Deps } from '../../../core/provider.js';
import type { Scenario } from '../../../core/scenarios/loader.js';
import { savedMethodExpired } from '../expiry.js';
import { codesFor, requireAccount } from '../accounts.js';
import { PaytronixFailure } from '../errors.js';
import type { PaytronixStore } from '../store.js';
import { savedCardOf } from '../wallet.js';
import type { SavedCreditCardResponsePaymentMethod } from './saved-cards.schemas.js';

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
    return {
      type: 'SAVED_CC',
      cardType: saved.cardType,
      cardholderName: saved.cardholderName,
      lastFour: saved.lastFour,
      expirationMonth: saved.expirationMonth,
      expirationYear: saved.expirationYear,
      savedCardCode: saved.savedCardCode,
      isAutoRechargeDefault: saved.defaultUsages.includes('AUTO_RECHARGE'),
      isPayByMobileDefault: saved.defaultUsages.includes('MOBILE_PAYMENT_DEFAULT'),
      ...(saved.nickname !== undefined ? { nickname: saved.nickname } : {}),
      ...(saved.address ? { address: saved.address } : {}),
    };
  }
}
