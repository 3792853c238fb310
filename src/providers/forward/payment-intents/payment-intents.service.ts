/**
 * Payment intents: create, read, list (one account or every account of a business), search, and
 * patch while `created`. Payments, captures and cancellations are in payments.service.ts.
 */
import { ValidationError } from '../../../core/errors.js';
import type { Deps } from '../../../core/provider.js';
import type { StoredAccount } from '../accounts/accounts.schemas.js';
import type { AccountService } from '../accounts/accounts.service.js';
import { inOrder, iso, PAYMENT_METHOD_TYPES, type ListQuery, type ListResult, type SearchResult } from '../common.schemas.js';
import type { ForwardStore } from '../context.js';
import { newId } from '../ids.js';
import { filteredList, inRange, indexList, mergeByCreation, searchList } from '../lists.js';
import { toWirePayment } from '../payments/payments.view.js';
import { intentMachine } from './payment-intents.machine.js';
import type { CreatePaymentIntentRequest, SearchPaymentIntentsRequest, UpdatePaymentIntentRequest } from './payment-intents.schemas.js';
import type { StoredIntent, WireIntent } from './payment-intents.types.js';

const INTENT_FIELDS: readonly (keyof WireIntent)[] = [
  'id', 'client_secret', 'entity', 'status', 'amount', 'merchant_amount', 'amount_authorized', 'amount_captured', 'amount_refunded',
  'amount_voided', 'amount_disputed', 'amount_reversed', 'payment_splits', 'order_details', 'capture', 'currency', 'latest_payment',
  'disputed', 'dispute_id', 'reversed', 'reversal_id', 'external', 'partner_id', 'business_id', 'account_id', 'payment_method_types',
  'reference_id', 'user_fields', 'cancellation_reason', 'description', 'created_at', 'updated_at', 'cancelled_at', 'captured_at',
  'settlement_status', 'settled_at',
];

/** Whose intents a list or search covers: x-account-id, else every account of x-business-id. */
export interface Scope {
  account?: StoredAccount;
  businessId?: string;
}

export class PaymentIntentService {
  constructor(
    private readonly deps: Deps,
    private readonly store: ForwardStore,
    private readonly accounts: AccountService,
  ) {}

  /** A new intent (not saved): for create, checkout sessions and external payments. */
  build(account: StoredAccount, body: CreatePaymentIntentRequest, extra: Partial<StoredIntent> = {}): StoredIntent {
    const id = newId(this.deps.random, 'pi', account.id);
    const now = iso(this.deps.clock.nowMs());
    return {
      id,
      client_secret: `${id}_secret_${this.deps.random.base62(`forward:${account.id}:secret`, 24)}`,
      entity: 'payment_intent',
      status: 'created',
      amount: body.amount,
      merchant_amount: body.merchant_amount ?? null,
      amount_authorized: 0,
      amount_captured: 0,
      amount_refunded: 0,
      amount_voided: 0,
      amount_disputed: 0,
      amount_reversed: 0,
      payment_splits: body.payment_splits ?? [],
      order_details: body.order_details ?? null,
      capture: body.capture,
      currency: 'USD',
      disputed: false,
      dispute_id: null,
      reversed: false,
      reversal_id: null,
      external: false,
      partner_id: account.partner_id,
      business_id: account.business_id,
      account_id: account.id,
      payment_method_types: body.payment_method_types ?? [...PAYMENT_METHOD_TYPES],
      reference_id: body.reference_id ?? null,
      user_fields: body.user_fields ?? null,
      cancellation_reason: null,
      description: body.description ?? null,
      created_at: now,
      updated_at: now,
      cancelled_at: null,
      captured_at: null,
      settlement_status: 'unsettled',
      settled_at: null,
      latest_payment_id: null,
      checkout_session_id: null,
      ...extra,
    };
  }

  create(account: StoredAccount, body: CreatePaymentIntentRequest): WireIntent {
    const intent = this.build(account, body);
    this.store.paymentIntents.save(intent);
    return this.toWire(intent);
  }

  find(account: StoredAccount, id: string): StoredIntent {
    const intent = this.store.paymentIntents.mine(account.id, id);
    return intent;
  }

  get(account: StoredAccount, id: string): WireIntent {
    return this.toWire(this.find(account, id));
  }

  list(scope: Scope, query: ListQuery): ListResult<WireIntent> {
    if (scope.account) return indexList(this.store.paymentIntents.ofAccount(scope.account.id), query, (id) => this.toWire(this.store.paymentIntents.get(id)!));
    return filteredList(this.ofScope(scope), query, (intent) => this.toWire(intent));
  }

  search(scope: Scope, body: SearchPaymentIntentsRequest): SearchResult<WireIntent> {
    const matches = this.ofScope(scope).filter((intent) => {
      if (body.reference_id !== undefined && intent.reference_id !== body.reference_id) return false;
      if (body.status !== undefined && intent.status !== body.status) return false;
      if (body.settlement_status !== undefined && intent.settlement_status !== body.settlement_status) return false;
      if (body.payment_status !== undefined && this.latestPayment(intent)?.status !== body.payment_status) return false;
      if (body.has_refund !== undefined && intent.amount_refunded > 0 !== body.has_refund) return false;
      if (body.amount_min !== undefined && intent.amount < body.amount_min) return false;
      if (body.amount_max !== undefined && intent.amount > body.amount_max) return false;
      return inRange(intent.created_at, body.start_date, body.end_date);
    });
    const column = body.sort_column;
    return searchList(matches, { column: (i) => i[column], direction: body.sort_direction, page: body.page, limit: body.limit }, (i) => this.toWire(i));
  }

  update(account: StoredAccount, id: string, body: UpdatePaymentIntentRequest): WireIntent {
    const current = this.find(account, id);
    const status = intentMachine.next(current.status, 'update');
    const patch = Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined));
    const updated: StoredIntent = { ...current, ...patch, status, updated_at: iso(this.deps.clock.nowMs()) };
    this.store.paymentIntents.save(updated);
    return this.toWire(updated);
  }

  toWire(intent: StoredIntent): WireIntent {
    const latest = this.latestPayment(intent);
    // One copy, straight into wire order (this runs for every item of every list page).
    const wire = inOrder<WireIntent>(intent as unknown as WireIntent, INTENT_FIELDS);
    wire.latest_payment = latest ? toWirePayment(latest) : null;
    return wire;
  }

  private latestPayment(intent: StoredIntent) {
    return intent.latest_payment_id === null ? undefined : this.store.payments.get(intent.latest_payment_id);
  }

  /** The intents a scope covers, in creation order. */
  private ofScope(scope: Scope): StoredIntent[] {
    if (scope.account) return this.store.paymentIntents.recordsOf(scope.account.id);
    if (!scope.businessId) throw new ValidationError('x-account-id', 'is required (or x-business-id for every account of a business)');
    const accounts = this.accounts.ofBusiness(scope.businessId);
    return mergeByCreation(accounts.map((a) => this.store.paymentIntents.recordsOf(a.id)));
  }
}
