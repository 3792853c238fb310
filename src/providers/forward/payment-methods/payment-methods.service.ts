/**
 * Payment methods: tokenization (payment_method_intents), read, billing-details update, and the
 * fixed test methods every account has. Only brand, first six, last four and expiry of a card are
 * kept; the number and CVV are dropped here.
 */
import { NotFoundError, ValidationError } from '../../../core/errors.js';
import type { Deps } from '../../../core/provider.js';
import type { StoredAccount } from '../accounts/accounts.schemas.js';
import { inOrder, iso } from '../common.schemas.js';
import type { ForwardStore } from '../context.js';
import { newId } from '../ids.js';
import { brandOf, cardKey, TEST_METHODS, validCardNumber } from './cards.js';
import type { BillingDetails, PaymentMethod, PaymentMethodIntentRequest, StoredPaymentMethod, UpdatePaymentMethodRequest } from './payment-methods.schemas.js';

interface CardFacts {
  number: string;
  exp_month: number;
  exp_year: number;
  name?: string;
  cvv?: string;
}

export class PaymentMethodService {
  constructor(
    private readonly deps: Deps,
    private readonly store: ForwardStore,
  ) {}

  create(account: StoredAccount, body: PaymentMethodIntentRequest): PaymentMethod {
    const data = body.payment_method_data;
    if (body.payment_method_types && !body.payment_method_types.includes(data.payment_method_type)) {
      throw new ValidationError('payment_method_data.payment_method_type', `must be one of payment_method_types (${body.payment_method_types.join(', ')})`);
    }
    const id = newId(this.deps.random, 'pm', account.id);
    const now = iso(this.deps.clock.nowMs());
    let method: StoredPaymentMethod;
    if (data.payment_method_type === 'card') {
      if (!validCardNumber(data.card.number)) throw new ValidationError('payment_method_data.card.number', 'is not a valid card number (Luhn check failed)');
      method = cardMethod(id, account.id, now, data.card, data.billing_details ?? {});
    } else {
      method = bankMethod(id, account.id, now, data.bank, data.billing_details ?? {});
    }
    this.store.paymentMethods.save(method);
    return toWire(method);
  }

  get(account: StoredAccount, id: string): PaymentMethod {
    return toWire(this.find(account, id));
  }

  update(account: StoredAccount, id: string, body: UpdatePaymentMethodRequest): PaymentMethod {
    const current = this.find(account, id);
    const before = current.billing_details;
    const billing: BillingDetails = { ...before, ...body.billing_details };
    if (body.billing_details.address) billing.address = { ...before.address, ...body.billing_details.address };
    const updated = { ...current, billing_details: billing, updated_at: iso(this.deps.clock.nowMs()) };
    this.store.paymentMethods.save(updated);
    return toWire(updated);
  }

  find(account: StoredAccount, id: string): StoredPaymentMethod {
    const method = this.store.paymentMethods.get(`${account.id}/${id}`);
    if (!method) throw new NotFoundError('payment_method', id);
    return method;
  }

  /** The fixed test methods (pm_card_visa, …), created with the account. */
  addTestMethods(account: StoredAccount): void {
    for (const test of TEST_METHODS) {
      if (this.store.paymentMethods.get(`${account.id}/${test.id}`)) continue;
      const billing = { name: 'Sandbox Customer', address: { line1: '1 Main St', postal_code: '94105', country: 'US' } };
      const method = test.number
        ? cardMethod(test.id, account.id, account.created_at, { number: test.number, exp_month: 12, exp_year: 2034, cvv: '123' }, billing)
        : bankMethod(test.id, account.id, account.created_at, test.bank!, billing);
      this.store.paymentMethods.save(method);
    }
  }
}

function cardMethod(id: string, account: string, now: string, card: CardFacts, billing: BillingDetails): StoredPaymentMethod {
  const first = card.number.slice(0, 6);
  const last = card.number.slice(-4);
  return {
    ...base(id, account, now, 'card', billing),
    card: { brand: brandOf(card.number), first_six_digits: first, last_four_digits: last, exp_month: card.exp_month, exp_year: card.exp_year, name: card.name ?? billing.name ?? null },
    card_key: cardKey(first, last, card.number.length),
    cvv_provided: card.cvv !== undefined,
  };
}

function bankMethod(id: string, account: string, now: string, bank: { routing_number: string; account_number: string; account_type: 'checking' | 'savings' }, billing: BillingDetails): StoredPaymentMethod {
  return {
    ...base(id, account, now, 'bank', billing),
    bank: { routing_number: bank.routing_number, last_four_digits: bank.account_number.slice(-4), account_type: bank.account_type },
    card_key: null,
    cvv_provided: false,
  };
}

function base(id: string, account: string, now: string, type: 'card' | 'bank', billing: BillingDetails) {
  return {
    id,
    entity: 'payment_method' as const,
    created_at: now,
    updated_at: now,
    payment_method_type: type,
    source_type: 'cardpointe' as const,
    billing_details: billing,
    single_use_token: false,
    signature: null,
    account_id: account,
  };
}

const METHOD_FIELDS: readonly (keyof PaymentMethod)[] = [
  'id', 'entity', 'created_at', 'updated_at', 'payment_method_type', 'source_type', 'billing_details', 'single_use_token', 'signature', 'card', 'bank', 'account_id',
];

/** The wire object, in the seed's field order (`card` or `bank`, whichever the method is). */
export function toWire(method: StoredPaymentMethod): PaymentMethod {
  const wire = inOrder<PaymentMethod>(method, METHOD_FIELDS);
  if (wire.card === undefined) delete wire.card;
  if (wire.bank === undefined) delete wire.bank;
  return wire;
}
