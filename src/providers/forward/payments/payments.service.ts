/**
 * Payments: the authorization attempt on an intent (scenario-driven), capture (partial: the rest
 * is voided), cancel (voids an open authorization), and the clock's transitions: an uncaptured
 * authorization is voided after 7 days, a bank payment settles (is captured) after 2 days.
 * Every capture writes a `payment` and a `fee` transaction; a dispute may follow it.
 */
import { RejectedError } from '../../../core/errors.js';
import type { Deps } from '../../../core/provider.js';
import type { Scenario } from '../../../core/scenarios/loader.js';
import type { StoredAccount } from '../accounts/accounts.schemas.js';
import type { AccountService } from '../accounts/accounts.service.js';
import { DAY_MS, iso, type ListQuery, type ListResult } from '../common.schemas.js';
import type { ForwardStore } from '../context.js';
import type { DisputeService } from '../disputes/disputes.service.js';
import { newId } from '../ids.js';
import type { Jobs } from '../jobs.js';
import type { LedgerService } from '../ledger/ledger.service.js';
import { indexList } from '../lists.js';
import type { PaymentMethodService } from '../payment-methods/payment-methods.service.js';
import { toWire as toWireMethod } from '../payment-methods/payment-methods.service.js';
import { intentMachine } from '../payment-intents/payment-intents.machine.js';
import type { CancelPaymentIntentRequest, CapturePaymentIntentRequest } from '../payment-intents/payment-intents.schemas.js';
import type { PaymentIntentService } from '../payment-intents/payment-intents.service.js';
import type { StoredIntent, WireIntent } from '../payment-intents/payment-intents.types.js';
import { authorize } from './authorization.js';
import { newPayment } from './payments.factory.js';
import { paymentMachine } from './payments.machine.js';
import type { CreatePaymentRequest } from './payments.schemas.js';
import type { StoredPayment, WirePayment } from './payments.types.js';
import { toWirePayment } from './payments.view.js';

export const BANK_SETTLEMENT_DAYS = 2;

export class PaymentService {
  constructor(
    private readonly deps: Deps,
    private readonly store: ForwardStore,
    private readonly accounts: AccountService,
    private readonly methods: PaymentMethodService,
    private readonly intents: PaymentIntentService,
    private readonly ledger: LedgerService,
    private readonly disputes: DisputeService,
    private readonly jobs: Jobs,
  ) {
    jobs.on('expire_authorization', (id, at) => this.expire(id, at));
    jobs.on('settle_bank_payment', (id, at) => this.settleBank(id, at));
    ledger.onSettled('payment', (id, at) => this.settled(id, at));
    jobs.onReload(() => {
      for (const p of this.store.payments.all()) {
        if (p.status === 'uncaptured' && p.expires_at) jobs.schedule(Date.parse(p.expires_at), 'expire_authorization', p.id);
        if (p.status === 'pending' && p.settles_at) jobs.schedule(Date.parse(p.settles_at), 'settle_bank_payment', p.id);
      }
    });
  }

  /** One payment attempt on an intent (declines are payments too: status `failed`, HTTP 200). */
  pay(account: StoredAccount, intentId: string, body: CreatePaymentRequest, scenario: Scenario, checkoutSessionId: string | null = null): WirePayment {
    const intent = this.intents.find(account, intentId);
    rejectExternal(intent);
    intentMachine.next(intent.status, 'pay');
    const method = this.methods.find(account, body.payment_method_id);
    if (!intent.payment_method_types.includes(method.payment_method_type)) {
      throw new RejectedError(400, 'PAYMENT_METHOD_TYPE_NOT_ALLOWED', `payment_method_id is a ${method.payment_method_type} payment method; the payment intent accepts ${intent.payment_method_types.join(', ')}`, 'payment_method_id');
    }
    const nowMs = this.deps.clock.nowMs();
    const now = iso(nowMs);
    const auth = authorize(this.deps, scenario, {
      method,
      amount: intent.amount,
      capture: intent.capture,
      cvvGiven: method.cvv_provided || body.cvv2 !== undefined,
      checkoutSession: checkoutSessionId !== null,
      account: account.id,
    });
    const bank = method.payment_method_type === 'bank';
    const status = !auth.approved ? 'failed' : bank ? 'pending' : intent.capture ? 'captured' : 'uncaptured';
    let payment = newPayment(
      { id: newId(this.deps.random, 'pmt', account.id), status: status === 'captured' ? 'uncaptured' : status, account_id: account.id, payment_intent_id: intent.id, amount: intent.amount, created_at: now },
      {
        billing_details: method.billing_details,
        amount_authorized: auth.approved ? intent.amount : 0,
        ...auth.fields,
        order_details: body.order_details ?? intent.order_details,
        payment_method_id: method.id,
        payment_method: toWireMethod(method),
        reference_id: body.reference_id ?? intent.reference_id,
        user_fields: body.user_fields ?? intent.user_fields,
        description: body.description ?? intent.description,
        expires_at: status === 'uncaptured' ? iso(nowMs + auth.lifetimeMs) : null,
        settles_at: status === 'pending' ? iso(nowMs + BANK_SETTLEMENT_DAYS * DAY_MS) : null,
        dispute_on_capture: auth.disputeOnCapture,
        checkout_session_id: checkoutSessionId,
      },
    );
    const event = !auth.approved ? 'decline' : bank ? 'hold' : intent.capture ? 'capture_now' : 'authorize';
    let next: StoredIntent = {
      ...intent,
      status: intentMachine.next(intent.status, event),
      amount_authorized: payment.amount_authorized,
      latest_payment_id: payment.id,
      updated_at: now,
    };
    if (status === 'captured') ({ intent: next, payment } = this.applyCapture(next, payment, intent.amount, nowMs));
    this.store.payments.save(payment);
    this.store.paymentIntents.save(next);
    if (payment.expires_at) this.jobs.schedule(Date.parse(payment.expires_at), 'expire_authorization', payment.id);
    if (payment.settles_at) this.jobs.schedule(Date.parse(payment.settles_at), 'settle_bank_payment', payment.id);
    return toWirePayment(payment);
  }

  list(account: StoredAccount, intentId: string, query: ListQuery): ListResult<WirePayment> {
    const intent = this.intents.find(account, intentId);
    return indexList(this.store.payments.ofGroup(intent.id), query, (id) => toWirePayment(this.store.payments.get(id)!));
  }

  /** Capture an authorization, partially or whole; the rest is voided. */
  capture(account: StoredAccount, intentId: string, body: CapturePaymentIntentRequest): WireIntent {
    const intent = this.intents.find(account, intentId);
    rejectExternal(intent);
    const status = intentMachine.next(intent.status, 'capture');
    const payment = this.store.payments.get(intent.latest_payment_id!)!;
    const amount = body.amount ?? payment.amount_authorized;
    if (amount > payment.amount_authorized) {
      throw new RejectedError(400, 'CAPTURE_AMOUNT_EXCEEDS_AUTHORIZED', `amount ${amount} is more than the ${payment.amount_authorized} authorized`, 'amount');
    }
    const nowMs = this.deps.clock.nowMs();
    const started = { ...intent, status, payment_splits: body.payment_splits ?? intent.payment_splits };
    const done = this.applyCapture(started, { ...payment, status: paymentMachine.next(payment.status, 'capture') }, amount, nowMs);
    this.store.payments.save(done.payment);
    this.store.paymentIntents.save(done.intent);
    return this.intents.toWire(done.intent);
  }

  /** Cancel an intent; an open authorization is voided. */
  cancel(account: StoredAccount, intentId: string, body: CancelPaymentIntentRequest): WireIntent {
    const intent = this.intents.find(account, intentId);
    rejectExternal(intent);
    const cancelled = this.cancelRecords(intent, body.cancellation_reason ?? null, this.deps.clock.nowMs(), 'cancel');
    return this.intents.toWire(cancelled);
  }

  /** Cancel (or expire) an intent and void its open authorization, saving both. */
  cancelRecords(intent: StoredIntent, reason: string | null, atMs: number, event: 'cancel' | 'expire'): StoredIntent {
    const status = intentMachine.next(intent.status, event);
    const at = iso(atMs);
    let voided = 0;
    if (intent.status === 'uncaptured') {
      const payment = this.store.payments.get(intent.latest_payment_id!)!;
      voided = payment.amount_authorized;
      this.store.payments.save({ ...payment, status: paymentMachine.next(payment.status, 'void'), amount_voided: voided, updated_at: at });
    }
    const cancelled = { ...intent, status, cancellation_reason: reason, cancelled_at: at, amount_voided: intent.amount_voided + voided, updated_at: at };
    this.store.paymentIntents.save(cancelled);
    return cancelled;
  }

  /** Captured amounts, the ledger's `payment` and `fee` transactions, and a dispute if one is due. */
  private applyCapture(intent: StoredIntent, payment: StoredPayment, amount: number, atMs: number): { intent: StoredIntent; payment: StoredPayment } {
    const at = iso(atMs);
    const voided = payment.amount_authorized - amount;
    let p: StoredPayment = { ...payment, status: 'captured', amount_captured: amount, amount_voided: voided, expires_at: null, updated_at: at };
    let i: StoredIntent = { ...intent, amount_captured: amount, amount_voided: intent.amount_voided + voided, captured_at: at, updated_at: at };
    const account = this.accounts.get(intent.account_id)!;
    const type = payment.payment_method?.payment_method_type === 'bank' ? 'bank' : 'card';
    this.ledger.record({ account: account.id, type: 'payment', sourceId: p.id, amount, description: `Payment ${p.id} for ${i.id}`, atMs, intentId: i.id });
    const fee = this.accounts.fee(account, type, amount);
    this.ledger.record({ account: account.id, type: 'fee', sourceId: p.id, amount: -fee, description: `Processing fee for ${p.id} (${type})`, atMs, intentId: i.id });
    if (p.dispute_on_capture) ({ intent: i, payment: p } = this.disputes.open(i, p, p.dispute_on_capture, atMs));
    return { intent: i, payment: p };
  }

  private expire(id: string, atMs: number): boolean {
    const payment = this.store.payments.get(id);
    if (!payment || payment.status !== 'uncaptured' || payment.expires_at === null || Date.parse(payment.expires_at) !== atMs) return false;
    const intent = this.store.paymentIntents.get(payment.payment_intent_id)!;
    if (intent.latest_payment_id !== payment.id || intent.status !== 'uncaptured') return false;
    this.cancelRecords(intent, 'abandoned', atMs, 'expire');
    return true;
  }

  private settleBank(id: string, atMs: number): boolean {
    const payment = this.store.payments.get(id);
    if (!payment || payment.status !== 'pending') return false;
    const intent = this.store.paymentIntents.get(payment.payment_intent_id)!;
    const started = { ...intent, status: intentMachine.next(intent.status, 'settle') };
    const done = this.applyCapture(started, { ...payment, status: paymentMachine.next(payment.status, 'settle'), settles_at: null }, payment.amount_authorized, atMs);
    this.store.payments.save(done.payment);
    this.store.paymentIntents.save(done.intent);
    return true;
  }

  /** The `payment` transaction settled: so did the payment (and its intent). */
  private settled(id: string, at: string): void {
    const payment = this.store.payments.get(id);
    if (!payment) return;
    this.store.payments.save({ ...payment, settlement_status: 'settled', settled_at: at, updated_at: at });
    const intent = this.store.paymentIntents.get(payment.payment_intent_id);
    if (intent?.latest_payment_id === id) this.store.paymentIntents.save({ ...intent, settlement_status: 'settled', settled_at: at, updated_at: at });
  }
}

export function rejectExternal(intent: StoredIntent): void {
  if (intent.external) throw new RejectedError(400, 'PAYMENT_INTENT_EXTERNAL', `Payment intent ${intent.id} records an external payment: use the /external_payments operations`);
}
