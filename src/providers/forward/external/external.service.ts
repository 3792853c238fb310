/**
 * External payments: an intent and a payment recording what another gateway processed
 * (`external: true`). No scenario outcome, no ledger transaction, no job: the amounts are taken as
 * given. Capture (partial: the rest is voided) and cancel (voids the authorization) follow the
 * same transition tables as Forward's own payments. The gateway's response is kept, never returned.
 */
import { RejectedError } from '../../../core/errors.js';
import type { Deps } from '../../../core/provider.js';
import type { StoredAccount } from '../accounts/accounts.schemas.js';
import { iso } from '../common.schemas.js';
import type { ForwardStore } from '../context.js';
import { newId } from '../ids.js';
import { intentMachine } from '../payment-intents/payment-intents.machine.js';
import type { PaymentIntentService } from '../payment-intents/payment-intents.service.js';
import type { StoredIntent, WireIntent } from '../payment-intents/payment-intents.types.js';
import { newPayment } from '../payments/payments.factory.js';
import { paymentMachine } from '../payments/payments.machine.js';
import type { PaymentService } from '../payments/payments.service.js';
import type { StoredPayment } from '../payments/payments.types.js';
import type {
  CancelExternalPaymentRequest,
  CaptureExternalPaymentRequest,
  CreateExternalPaymentRequest,
  ExternalPaymentMethodInput,
} from './external.schemas.js';

export class ExternalPaymentService {
  constructor(
    private readonly deps: Deps,
    private readonly store: ForwardStore,
    private readonly intents: PaymentIntentService,
    private readonly payments: PaymentService,
  ) {}

  /** An intent with one payment: captured (capture true) or an open authorization. */
  create(account: StoredAccount, body: CreateExternalPaymentRequest): WireIntent {
    const input = body.payment_intent;
    const type = body.payment_method.payment_method_type;
    const created = this.intents.build(account, { ...input, payment_method_types: [type] }, { external: true });
    const at = created.created_at;
    const uncaptured = newPayment(
      { id: newId(this.deps.random, 'pmt', account.id), status: 'uncaptured', account_id: account.id, payment_intent_id: created.id, amount: input.amount, created_at: at },
      {
        billing_details: body.payment_method.billing_details ?? {},
        amount_authorized: input.amount,
        order_details: created.order_details,
        payment_method: externalMethod(body.payment_method, account.id, at),
        external: true,
        card_present: body.card_present,
        reference_id: created.reference_id,
        user_fields: created.user_fields,
        description: created.description,
        gateway_response: body.gateway_response,
      },
    );
    const intent: StoredIntent = {
      ...created,
      status: intentMachine.next(created.status, input.capture ? 'capture_now' : 'authorize'),
      amount_authorized: input.amount,
      latest_payment_id: uncaptured.id,
    };
    const done = input.capture ? withCapture(intent, { ...uncaptured, status: paymentMachine.next(uncaptured.status, 'capture') }, input.amount, at) : { intent, payment: uncaptured };
    this.store.paymentIntents.save(done.intent);
    this.store.payments.save(done.payment);
    return this.intents.toWire(done.intent);
  }

  /** Capture the open authorization, whole or in part; the rest is voided. */
  capture(account: StoredAccount, intentId: string, body: CaptureExternalPaymentRequest): WireIntent {
    const intent = this.findExternal(account, intentId);
    const status = intentMachine.next(intent.status, 'capture');
    const payment = this.store.payments.get(intent.latest_payment_id!)!;
    const amount = body.amount ?? payment.amount_authorized;
    if (amount > payment.amount_authorized) {
      throw new RejectedError(400, 'CAPTURE_AMOUNT_EXCEEDS_AUTHORIZED', `amount ${amount} is more than the ${payment.amount_authorized} authorized`, 'amount');
    }
    const at = iso(this.deps.clock.nowMs());
    const done = withCapture({ ...intent, status }, { ...payment, status: paymentMachine.next(payment.status, 'capture') }, amount, at);
    this.store.paymentIntents.save(done.intent);
    this.store.payments.save(done.payment);
    return this.intents.toWire(done.intent);
  }

  /** Cancel a created or uncaptured intent; an open authorization is voided. */
  cancel(account: StoredAccount, intentId: string, body: CancelExternalPaymentRequest): WireIntent {
    const intent = this.findExternal(account, intentId);
    const cancelled = this.payments.cancelRecords(intent, body.cancellation_reason ?? null, this.deps.clock.nowMs(), 'cancel');
    return this.intents.toWire(cancelled);
  }

  private findExternal(account: StoredAccount, intentId: string): StoredIntent {
    const intent = this.intents.find(account, intentId);
    if (!intent.external) {
      throw new RejectedError(400, 'PAYMENT_INTENT_NOT_EXTERNAL', `Payment intent ${intent.id} was not recorded through /external_payments`, 'payment_intent_id');
    }
    return intent;
  }
}

/** The captured amounts on both records (statuses already moved by the tables). */
function withCapture(intent: StoredIntent, payment: StoredPayment, amount: number, at: string): { intent: StoredIntent; payment: StoredPayment } {
  const voided = payment.amount_authorized - amount;
  return {
    intent: { ...intent, amount_captured: amount, amount_voided: intent.amount_voided + voided, captured_at: at, updated_at: at },
    payment: { ...payment, amount_captured: amount, amount_voided: payment.amount_voided + voided, updated_at: at },
  };
}

/** The payment method as the payment shows it, built from the details given (no `pm_` object). */
function externalMethod(input: ExternalPaymentMethodInput, account: string, at: string): Record<string, unknown> {
  const base = {
    id: null,
    entity: 'payment_method',
    created_at: at,
    updated_at: at,
    payment_method_type: input.payment_method_type,
    source_type: 'external',
    billing_details: input.billing_details ?? {},
    single_use_token: false,
    signature: null,
  };
  if (input.payment_method_type === 'card') {
    const { card } = input;
    const details = { brand: card.brand, first_six_digits: null, last_four_digits: card.last_four_digits, exp_month: card.exp_month ?? null, exp_year: card.exp_year ?? null, name: input.billing_details?.name ?? null };
    return { ...base, card: details, account_id: account };
  }
  const { bank } = input;
  return { ...base, bank: { routing_number: bank.routing_number ?? null, last_four_digits: bank.last_four_digits, account_type: bank.account_type }, account_id: account };
}
