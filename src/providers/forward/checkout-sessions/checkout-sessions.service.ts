/**
 * Checkout sessions: a hosted page over a payment intent created with the session. A successful
 * session payment completes the session; a decline leaves it open for another attempt. Sessions
 * expire 24 hours after creation (the `expirations` scenario says otherwise) on the sandbox clock;
 * expiring one cancels its payment intent while that is still unpaid.
 */
import { NotFoundError, RejectedError } from '../../../core/errors.js';
import type { Scenario } from '../../../core/scenarios/loader.js';
import type { Branding, StoredAccount } from '../accounts/accounts.schemas.js';
import { DAY_MS, iso, type ListQuery, type ListResult } from '../common.schemas.js';
import type { ForwardContext } from '../context.js';
import { newId } from '../ids.js';
import { indexList } from '../lists.js';
import { intentMachine } from '../payment-intents/payment-intents.machine.js';
import type { CreatePaymentRequest } from '../payments/payments.schemas.js';
import type { WirePayment } from '../payments/payments.types.js';
import { checkoutSessionMachine as machine } from './checkout-sessions.machine.js';
import type { CreateCheckoutSessionRequest } from './checkout-sessions.schemas.js';
import type { StoredCheckoutSession, WireCheckoutSession } from './checkout-sessions.types.js';

export const SESSION_LIFETIME_MS = DAY_MS;
export const PAGE_PATH = '/__sandbox/forward/checkout';
const EXPIRE_JOB = 'expire_checkout_session';

/** Intent and payment states that mean a payment succeeded (captured, held for capture, or settling). */
const PAID: ReadonlySet<string> = new Set(['captured', 'uncaptured', 'pending']);

export interface CheckoutDetails {
  checkout_session: WireCheckoutSession;
  branding: Branding;
}

/** What the hosted page shows. */
export interface CheckoutPageView extends CheckoutDetails {
  amount: number;
  currency: string;
}

type Services = Pick<ForwardContext, 'deps' | 'store' | 'jobs' | 'accounts' | 'intents' | 'payments'>;

export class CheckoutSessionService {
  constructor(private readonly ctx: Services) {
    ctx.jobs.on(EXPIRE_JOB, (id, atMs) => this.expireDue(id, atMs));
    ctx.jobs.onReload(() => {
      for (const s of ctx.store.checkoutSessions.all()) if (s.status === 'open') ctx.jobs.schedule(Date.parse(s.expires_at), EXPIRE_JOB, s.id);
    });
  }

  /** A session and its payment intent, saved together; `expire` is the scenario's lifetime, if any. */
  create(account: StoredAccount, body: CreateCheckoutSessionRequest, scenario: Scenario, origin: string): WireCheckoutSession {
    const { deps, store } = this.ctx;
    const nowMs = deps.clock.nowMs();
    const id = newId(deps.random, 'cs', account.id);
    const intentData = body.payment_method_types ? { ...body.payment_intent_data, payment_method_types: body.payment_method_types } : body.payment_intent_data;
    const intent = this.ctx.intents.build(account, intentData, { checkout_session_id: id });
    const lifetime = deps.scenarios.decide(scenario, 'createCheckoutSession', {}, ['expire']);
    const expiresMs = nowMs + (lifetime ? lifetime.afterSeconds * 1000 : SESSION_LIFETIME_MS);
    const now = iso(nowMs);
    const session: StoredCheckoutSession = {
      id,
      entity: 'checkout_session',
      url: `${PAGE_PATH}/${id}`,
      cancel_url: body.cancel_url,
      success_url: body.success_url,
      customer_email: body.customer_email,
      reference_id: body.reference_id ?? null,
      user_fields: body.user_fields ?? null,
      payment_method_types: intent.payment_method_types,
      payment_intent_data: body.payment_intent_data,
      payment_intent_id: intent.id,
      subtotal: body.subtotal,
      discount_amount: body.discount_amount,
      status: 'open',
      account_id: account.id,
      partner_id: account.partner_id,
      business_id: account.business_id,
      created_at: now,
      updated_at: now,
      expires_at: iso(expiresMs),
    };
    store.paymentIntents.save(intent);
    store.checkoutSessions.save(session);
    this.ctx.jobs.schedule(expiresMs, EXPIRE_JOB, id);
    return toWire(session, origin);
  }

  list(account: StoredAccount, query: ListQuery, origin: string): ListResult<WireCheckoutSession> {
    const sessions = this.ctx.store.checkoutSessions;
    return indexList(sessions.ofAccount(account.id), query, (id) => toWire(sessions.get(id)!, origin));
  }

  get(account: StoredAccount, id: string, origin: string): WireCheckoutSession {
    return toWire(this.find(account, id), origin);
  }

  /** The session and its merchant's branding; without an account the id alone finds it. */
  details(account: StoredAccount | undefined, id: string, origin: string): CheckoutDetails {
    const session = account ? this.find(account, id) : this.ctx.store.checkoutSessions.get(id);
    if (!session) throw new NotFoundError('checkout_session', id);
    return { checkout_session: toWire(session, origin), branding: this.ctx.accounts.get(session.account_id)!.branding };
  }

  /** What the hosted page shows, or undefined for an unknown id. */
  page(id: string, origin: string): CheckoutPageView | undefined {
    const session = this.ctx.store.checkoutSessions.get(id);
    if (!session) return undefined;
    const intent = this.ctx.store.paymentIntents.get(session.payment_intent_id);
    const details = this.details(undefined, id, origin);
    return { ...details, amount: intent?.amount ?? 0, currency: intent?.currency ?? 'USD' };
  }

  /** Complete an open session whose payment intent has a successful payment. */
  complete(account: StoredAccount, id: string, origin: string): WireCheckoutSession {
    const session = this.find(account, id);
    const status = machine.next(session.status, 'complete');
    const intent = this.ctx.store.paymentIntents.get(session.payment_intent_id);
    if (!intent || !PAID.has(intent.status)) {
      throw new RejectedError(400, 'CHECKOUT_SESSION_NOT_PAID', `Checkout session ${id} has no successful payment yet (payment intent ${session.payment_intent_id} is ${intent?.status ?? 'missing'})`);
    }
    const completed = { ...session, status, updated_at: iso(this.ctx.deps.clock.nowMs()) };
    this.ctx.store.checkoutSessions.save(completed);
    return toWire(completed, origin);
  }

  expire(account: StoredAccount, id: string, origin: string): WireCheckoutSession {
    return toWire(this.expireRecords(this.find(account, id), this.ctx.deps.clock.nowMs()), origin);
  }

  /** One payment attempt on the session's intent; a successful one completes the session. */
  pay(account: StoredAccount, id: string, body: CreatePaymentRequest, scenario: Scenario): WirePayment {
    const session = this.find(account, id);
    machine.next(session.status, 'pay');
    const payment = this.ctx.payments.pay(account, session.payment_intent_id, body, scenario, session.id);
    if (PAID.has(payment.status)) {
      this.ctx.store.checkoutSessions.save({ ...session, status: machine.next(session.status, 'complete'), updated_at: iso(this.ctx.deps.clock.nowMs()) });
    }
    return payment;
  }

  private find(account: StoredAccount, id: string): StoredCheckoutSession {
    const session = this.ctx.store.checkoutSessions.mine(account.id, id);
    return session;
  }

  /** Expire a session at `atMs`; its payment intent is cancelled (abandoned) if still payable. */
  private expireRecords(session: StoredCheckoutSession, atMs: number): StoredCheckoutSession {
    const status = machine.next(session.status, 'expire');
    const intent = this.ctx.store.paymentIntents.get(session.payment_intent_id);
    if (intent && intentMachine.can(intent.status, 'pay')) this.ctx.payments.cancelRecords(intent, 'abandoned', atMs, 'cancel');
    const expired = { ...session, status, updated_at: iso(atMs) };
    this.ctx.store.checkoutSessions.save(expired);
    return expired;
  }

  /** The expiry job: stale when the session is no longer open or its expiry moved. */
  private expireDue(id: string, atMs: number): boolean {
    const session = this.ctx.store.checkoutSessions.get(id);
    if (!session || session.status !== 'open' || Date.parse(session.expires_at) !== atMs) return false;
    this.expireRecords(session, atMs);
    return true;
  }
}

/** The wire object, in the seed's field order, with the page URL on the request's origin. */
export function toWire(s: StoredCheckoutSession, origin: string): WireCheckoutSession {
  return {
    id: s.id,
    entity: s.entity,
    url: `${origin}${PAGE_PATH}/${s.id}`,
    cancel_url: s.cancel_url,
    success_url: s.success_url,
    customer_email: s.customer_email,
    reference_id: s.reference_id,
    user_fields: s.user_fields,
    payment_method_types: s.payment_method_types,
    payment_intent_data: s.payment_intent_data,
    payment_intent_id: s.payment_intent_id,
    subtotal: s.subtotal,
    discount_amount: s.discount_amount,
    status: s.status,
    account_id: s.account_id,
    partner_id: s.partner_id,
    business_id: s.business_id,
    created_at: s.created_at,
    updated_at: s.updated_at,
    expires_at: s.expires_at,
  };
}
