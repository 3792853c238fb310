/** savedCard: the account's saved credit card, as last four, brand, expiry and its savedCardCode. */
import type { Clock } from '../../../core/clock.js';
import { codesFor, requireAccount } from '../accounts.js';
import { PaytronixFailure } from '../errors.js';
import type { PaytronixStore } from '../store.js';
import type { SavedCreditCardResponsePaymentMethod } from './saved-cards.schemas.js';

export class SavedCardService {
  constructor(
    private readonly clock: Clock,
    private readonly store: PaytronixStore,
  ) {}

  savedCard(merchantId: number, printedCardNumber: string): SavedCreditCardResponsePaymentMethod {
    const { account } = requireAccount(this.store, merchantId, printedCardNumber, codesFor('saved_card'));
    const saved = account.savedCard;
    if (!saved) throw new PaytronixFailure('saved_card.no_saved_card');
    const now = this.clock.now();
    const expired = saved.expirationYear < now.getUTCFullYear() || (saved.expirationYear === now.getUTCFullYear() && saved.expirationMonth < now.getUTCMonth() + 1);
    if (expired) throw new PaytronixFailure('saved_card.saved_card_expired');
    return {
      type: 'SAVED_CC',
      cardType: saved.cardType,
      cardholderName: saved.cardholderName,
      lastFour: saved.lastFour,
      expirationMonth: saved.expirationMonth,
      expirationYear: saved.expirationYear,
      savedCardCode: saved.savedCardCode,
      // Auto-recharge and mobile payment defaults are not built yet: never a default.
      isAutoRechargeDefault: false,
      isPayByMobileDefault: false,
      ...(saved.address ? { address: saved.address } : {}),
    };
  }
}
