/**
 * Hosted checkout: a session holds line items and one payment intent for their sum. The guest pays
 * on the hosted page (in the sandbox: the admin pay hook), which authorizes the card through the
 * scenario (`checkoutPay`): approved → REQUIRES_CAPTURE, declined → stays REQUIRES_PAYMENT_METHOD
 * with a Failed chargeInfo. The merchant then captures (SUCCEEDED) or cancels (CANCELED). Every
 * status change goes through `intentMachine`; only a card's last four, brand and expiry are kept.
 */
import { NotFoundError } from '../../../core/errors.js';
import type { Deps } from '../../../core/provider.js';
import type { Scenario } from '../../../core/scenarios/loader.js';
import { requireMerchant } from '../accounts.js';
import { brandOf, cardFact } from '../cards.js';
import type { StoredAddress, StoredMerchant } from '../common.schemas.js';
import { PaytronixFailure } from '../errors.js';
import { expDate, toCents } from '../format.js';
import { authorize, expiredDecline } from '../recharge/processor.js';
import type { PaytronixStore } from '../store.js';
import { isExpired } from '../wallet.js';
import { intentMachine, type IntentEvent } from './checkout.machine.js';
import type { CheckoutSession, CreateCheckoutSessionInput, PaymentIntent, PaymentIntentActionBody, PaymentIntentQuery } from './checkout.schemas.js';
import type { IntentStatus, StoredCheckoutSession, StoredIntentCharge, StoredPaymentIntent } from './checkout.stored.js';
import { toWireIntent, toWireSession } from './checkout.wire.js';

/** What the guest enters on the hosted page (the sandbox's pay hook). */
export interface GuestPayment {
  cardNumber: string;
  expirationMonth?: number | undefined;
  expirationYear?: number | undefined;
  guestName?: string | undefined;
  guestPhone?: string | undefined;
  billingAddress?: StoredAddress | undefined;
}

const HTTP_URL = /^https?:\/\/[^\s/?#]+[^\s]*$/i;

/** An absolute http(s) URL with a host. */
function httpUrl(value: string): boolean {
  if (!HTTP_URL.test(value)) return false;
  try {
    return new URL(value).hostname !== '';
  } catch {
    return false;
  }
}

/** The next status for a public call, or the endpoint's failure naming the current one. */
function step(intent: StoredPaymentIntent, event: IntentEvent): IntentStatus {
  if (!intentMachine.can(intent.status, event)) {
    throw new PaytronixFailure('payment_method.invalid_payment_intent_state', undefined, 200, `Cannot ${event} a payment intent in status ${intent.status}`);
  }
  return intentMachine.next(intent.status, event);
}

export class CheckoutService {
  constructor(
    private readonly deps: Deps,
    private readonly store: PaytronixStore,
  ) {}

  create(input: CreateCheckoutSessionInput, origin: string): CheckoutSession {
    const merchant = this.merchantWithProcessor(input.merchantId, input.ccProcessorId);
    if (!httpUrl(input.cancelUrl) || !httpUrl(input.successUrl)) throw new PaytronixFailure('payment_method.invalid_checkout_url');
    const items = (Array.isArray(input.lineItems) ? input.lineItems : [input.lineItems]).map((item) => ({
      amountCents: toCents(item.amount)!,
      description: item.description,
      quantity: item.quantity,
    }));
    const session: StoredCheckoutSession = {
      id: `cs_${this.deps.random.base62('paytronix.checkoutSession', 24)}`,
      merchantId: merchant.merchantId,
      ccProcessorId: input.ccProcessorId,
      cancelUrl: input.cancelUrl,
      successUrl: input.successUrl,
      lineItems: items,
      createdAtMs: this.deps.clock.nowMs(),
      paymentIntent: {
        id: `pi_${this.deps.random.base62('paytronix.paymentIntent', 24)}`,
        amountCents: items.reduce((sum, item) => sum + item.amountCents, 0),
        status: 'REQUIRES_PAYMENT_METHOD',
        chargeInfo: null,
        captureDeclined: false,
      },
    };
    this.store.saveCheckoutSession(session);
    return toWireSession(session, merchant, origin);
  }

  paymentIntent(query: PaymentIntentQuery): PaymentIntent {
    const { merchant, session } = this.findIntent(query);
    if (query.checkoutSessionId !== undefined && query.checkoutSessionId !== session.id) {
      const other = this.store.checkoutSession(query.checkoutSessionId);
      throw new PaytronixFailure(other?.merchantId === merchant.merchantId ? 'payment_method.checkout_session_mismatch' : 'payment_method.checkout_session_not_found');
    }
    return toWireIntent(session.paymentIntent, merchant);
  }

  /** REQUIRES_CAPTURE → SUCCEEDED; a capture the scenario declines changes nothing. */
  capture(input: PaymentIntentActionBody): PaymentIntent {
    const { merchant, session } = this.findIntent(input);
    const intent = session.paymentIntent;
    const status = step(intent, 'capture');
    if (intent.captureDeclined) throw new PaytronixFailure('payment_method.payment_intent_capture_declined');
    intent.status = status;
    intent.chargeInfo = { ...intent.chargeInfo!, atMs: this.deps.clock.nowMs(), processorResponseMessage: 'Captured' };
    this.store.saveCheckoutSession(session);
    return toWireIntent(intent, merchant);
  }

  /** REQUIRES_PAYMENT_METHOD or REQUIRES_CAPTURE → CANCELED (an authorization is released). */
  cancel(input: PaymentIntentActionBody): PaymentIntent {
    const { merchant, session } = this.findIntent(input);
    session.paymentIntent.status = step(session.paymentIntent, 'cancel');
    this.store.saveCheckoutSession(session);
    return toWireIntent(session.paymentIntent, merchant);
  }

  /**
   * The guest pays on the hosted page (admin hook): an unknown session is a NotFoundError, a
   * session not awaiting payment an IllegalTransitionError (the admin API renders 404 and 409).
   */
  pay(sessionId: string, payment: GuestPayment, scenario: Scenario, origin: string): CheckoutSession {
    const session = this.store.checkoutSession(sessionId);
    if (!session) throw new NotFoundError('checkout session', sessionId);
    const intent = session.paymentIntent;
    intentMachine.next(intent.status, 'authorize');
    const merchant = this.store.merchant(session.merchantId)!;
    const now = this.deps.clock.now();
    const month = payment.expirationMonth ?? 12;
    const year = payment.expirationYear ?? now.getUTCFullYear() + 3;
    const decision = isExpired(now, month, year) ? expiredDecline() : authorize(this.deps, scenario, 'checkoutPay', { card: cardFact(payment.cardNumber), paymentMethodType: 'CC' });
    // A card whose capture will be declined is authorized now; capturePaymentIntent then fails.
    const captureDeclined = decision.code === 'recharge.cc_capture_declined';
    const approved = decision.approved || captureDeclined;
    intent.status = intentMachine.next(intent.status, approved ? 'authorize' : 'decline');
    intent.captureDeclined = captureDeclined;
    intent.chargeInfo = this.charge(intent.amountCents, payment.cardNumber, expDate(month, year), approved);
    if (payment.billingAddress) intent.billingAddress = payment.billingAddress;
    if (payment.guestName !== undefined) intent.guestName = payment.guestName;
    if (payment.guestPhone !== undefined) intent.guestPhone = payment.guestPhone;
    this.store.saveCheckoutSession(session);
    return toWireSession(session, merchant, origin);
  }

  /** The hosted page's view of a session (undefined when unknown). */
  page(sessionId: string): { session: StoredCheckoutSession; merchant: StoredMerchant } | undefined {
    const session = this.store.checkoutSession(sessionId);
    const merchant = session && this.store.merchant(session.merchantId);
    return session && merchant ? { session, merchant } : undefined;
  }

  private merchantWithProcessor(merchantId: number, ccProcessorId: number): StoredMerchant {
    const merchant = requireMerchant(this.store, merchantId, 'payment_method.invalid_merchant_id');
    if (!merchant.ccProcessorIds.includes(ccProcessorId)) throw new PaytronixFailure('payment_method.invalid_cc_processor_id');
    return merchant;
  }

  /** Merchant, processor, then the intent among that merchant's sessions on that processor. */
  private findIntent(input: { merchantId: number; ccProcessorId: number; paymentIntentId: string }): { merchant: StoredMerchant; session: StoredCheckoutSession } {
    const merchant = this.merchantWithProcessor(input.merchantId, input.ccProcessorId);
    const session = this.store.checkoutSessionOfIntent(input.paymentIntentId);
    if (!session || session.merchantId !== merchant.merchantId || session.ccProcessorId !== input.ccProcessorId) {
      throw new PaytronixFailure('payment_method.payment_intent_not_found');
    }
    return { merchant, session };
  }

  private charge(amountCents: number, cardNumber: string, expiry: string, approved: boolean): StoredIntentCharge {
    const ref = this.deps.random.base62('paytronix.processorReference', 12).toUpperCase();
    const auth = approved ? this.deps.random.base62('paytronix.authCode', 6).replace(/[^0-9]/g, (ch) => String(ch.charCodeAt(0) % 10)) : '';
    return {
      atMs: this.deps.clock.nowMs(),
      transactionState: approved ? 'Succeeded' : 'Failed',
      processorResponseCode: approved ? 0 : 12,
      processorResponseMessage: approved ? 'Approved' : 'Declined',
      processorReferenceNumber: ref,
      authCode: auth,
      amountCents,
      paymentMethodType: 'CC',
      cardType: brandOf(cardNumber)!, // the pay hook accepts only numbers of a known brand
      lastFour: cardNumber.slice(-4),
      expDate: expiry,
    };
  }
}
