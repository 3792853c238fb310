/** Stored checkout sessions and payment intents as the seed's CheckoutSession and PaymentIntent entities. */
import type { StoredMerchant } from '../common.schemas.js';
import { money, paytronixDate } from '../format.js';
import type { ChargeResponse } from '../recharge/recharge.schemas.js';
import type { CheckoutSession, PaymentIntent } from './checkout.schemas.js';
import type { StoredCheckoutSession, StoredIntentCharge, StoredPaymentIntent } from './checkout.stored.js';

/** Where the hosted checkout page is served (on the origin the request came in on). */
export const PAGE_PATH = '/__sandbox/paytronix/checkout';

/** A ChargeResponse in the seed's field order, its date in the merchant's zone. */
export function toWireCharge(c: StoredIntentCharge, merchant: StoredMerchant): ChargeResponse {
  return {
    transactionDatetime: paytronixDate(c.atMs, merchant.timeZone),
    transactionState: c.transactionState,
    processorResponseCode: c.processorResponseCode,
    processorResponseMessage: c.processorResponseMessage,
    processorReferenceNumber: c.processorReferenceNumber,
    authCode: c.authCode,
    processorAuthCode: c.authCode,
    amount: money(c.amountCents),
    paymentMethodType: c.paymentMethodType,
    cardType: c.cardType,
    lastFour: c.lastFour,
    expDate: c.expDate,
  };
}

export function toWireIntent(intent: StoredPaymentIntent, merchant: StoredMerchant): PaymentIntent {
  return {
    id: intent.id,
    amount: money(intent.amountCents),
    ...(intent.chargeInfo ? { chargeInfo: toWireCharge(intent.chargeInfo, merchant) } : {}),
    status: intent.status,
    ...(intent.billingAddress ? { billingAddress: intent.billingAddress } : {}),
    ...(intent.guestName !== undefined ? { guestName: intent.guestName } : {}),
    ...(intent.guestPhone !== undefined ? { guestPhone: intent.guestPhone } : {}),
  };
}

export function toWireSession(session: StoredCheckoutSession, merchant: StoredMerchant, origin: string): CheckoutSession {
  return { id: session.id, paymentIntent: toWireIntent(session.paymentIntent, merchant), redirectUrl: `${origin}${PAGE_PATH}/${session.id}` };
}
