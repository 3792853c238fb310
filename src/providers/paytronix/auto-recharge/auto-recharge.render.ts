/** Saved payment methods as autoRechargeStatus and pendingAutoRecharges show them (never a number or token). */
import type { StoredPaymentMethod, StoredSavedCard } from '../common.schemas.js';
import type { SavedCreditCardResponsePaymentMethod } from '../saved-cards/saved-cards.schemas.js';
import type { ResponsePaymentMethod } from './auto-recharge.schemas.js';

const optional = (m: StoredPaymentMethod) => ({ ...(m.nickname !== undefined ? { nickname: m.nickname } : {}), ...(m.address ? { address: m.address } : {}) });

/** The seed's SavedCreditCardResponsePaymentMethod. */
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
    ...optional(card),
  };
}

/** The seed's ResponsePaymentMethod: a saved card, or a saved Spreedly token. */
export function responseMethod(method: StoredPaymentMethod): ResponsePaymentMethod {
  if (method.type === 'SAVED_CC') return savedCardResponse(method);
  return {
    type: 'SAVED_SPREEDLY_TOKEN',
    tokenLastFour: method.tokenLastFour,
    savedCardCode: method.savedCardCode,
    ...optional(method),
    ...(method.paymentTokenType ? { paymentTokenType: method.paymentTokenType } : {}),
    defaultUsages: method.defaultUsages,
  };
}
