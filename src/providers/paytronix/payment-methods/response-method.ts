/**
 * A stored payment method as the seed's ResponsePaymentMethod: a SAVED_CC shows its defaults as
 * `isAutoRechargeDefault` / `isPayByMobileDefault`, a SAVED_SPREEDLY_TOKEN as `defaultUsages`.
 * Only last fours, brands, expiries and codes: never a card number or a token.
 */
import type { StoredPaymentMethod, StoredSavedCard, StoredSavedToken } from '../common.schemas.js';
import type { SavedCreditCardResponsePaymentMethod } from '../saved-cards/saved-cards.schemas.js';
import type { ResponsePaymentMethod, SavedSpreedlyTokenResponsePaymentMethod } from './payment-methods.schemas.js';

export function savedCardResponse(card: StoredSavedCard): SavedCreditCardResponsePaymentMethod {
  return {
    type: 'SAVED_CC',
    cardType: card.cardType,
    cardholderName: card.cardholderName,
    lastFour: card.lastFour,
    expirationMonth: card.expirationMonth,
    expirationYear: card.expirationYear,
    savedCardCode: card.savedCardCode,
    isAutoRechargeDefault: card.defaultUsages.includes('AUTO_RECHARGE'),
    isPayByMobileDefault: card.defaultUsages.includes('MOBILE_PAYMENT_DEFAULT'),
    ...(card.nickname !== undefined ? { nickname: card.nickname } : {}),
    ...(card.address ? { address: card.address } : {}),
  };
}

export function savedTokenResponse(token: StoredSavedToken): SavedSpreedlyTokenResponsePaymentMethod {
  return {
    type: 'SAVED_SPREEDLY_TOKEN',
    tokenLastFour: token.tokenLastFour,
    savedCardCode: token.savedCardCode,
    ...(token.nickname !== undefined ? { nickname: token.nickname } : {}),
    ...(token.address ? { address: token.address } : {}),
    ...(token.paymentTokenType ? { paymentTokenType: token.paymentTokenType } : {}),
    defaultUsages: [...token.defaultUsages],
  };
}

export const responseMethod = (method: StoredPaymentMethod): ResponsePaymentMethod => (method.type === 'SAVED_CC' ? savedCardResponse(method) : savedTokenResponse(method));
