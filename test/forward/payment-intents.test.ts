/** Payment intents: the lifecycle as a transition table, captures, cancels, patches, refunds, clock-driven changes. */
import { describe, expect, it } from 'vitest';
import { forward, storedForward } from '../helpers/forward.js';
import { makeSandbox } from '../helpers/sandbox.js';

type Client = ReturnType<typeof forward>;
const amounts = (i: Record<string, number>) => [i.amount_authorized, i.amount_captured, i.amount_refunded, i.amount_voided];

/** An intent in each status. */
const SETUP: Record<string, (f: Client) => Promise<string>> = {
  created: async (f) => (await f.intent({ amount: 1000 })).body.id,
  failed: async (f) => (await f.paid('pm_card_declined', { amount: 1000 })).intent.id,
  uncaptured: async (f) => (await f.paid('pm_card_visa', { amount: 1000, capture: false })).intent.id,
  pending: async (f) => (await f.paid('pm_bank_account', { amount: 1000 })).intent.id,
  captured: async (f) => (await f.paid('pm_card_visa', { amount: 1000 })).intent.id,
  cancelled: async (f) => {
    const id = (await f.intent({ amount: 1000 })).body.id;
    await f.cancel(id);
    return id;
  },
};

/** Each action from each status: the status after, or the 400 code. */
const ACTIONS: Record<string, (f: Client, id: string) => Promise<{ status: number; body: any }>> = {
  pay: (f, id) => f.pay(id, 'pm_card_visa'),
  capture: (f, id) => f.capture(id),
  cancel: (f, id) => f.cancel(id, { cancellation_reason: 'requested_by_customer' }),
  patch: (f, id) => f.call('PATCH', `/payment_intents/${id}`, { description: 'changed' }),
  refund: (f, id) => f.refund(id, { amount: 100 }),
};

const TABLE: [string, string, string][] = [
  ['created', 'pay', 'captured'],
  ['created', 'capture', 'PAYMENT_INTENT_NOT_CAPTURABLE'],
  ['created', 'cancel', 'cancelled'],
  ['created', 'patch', 'created'],
  ['created', 'refund', 'PAYMENT_INTENT_NOT_REFUNDABLE'],
  ['failed', 'pay', 'captured'],
  ['failed', 'capture', 'PAYMENT_INTENT_NOT_CAPTURABLE'],
  ['failed', 'cancel', 'cancelled'],
  ['failed', 'patch', 'PAYMENT_INTENT_NOT_UPDATABLE'],
  ['uncaptured', 'pay', 'PAYMENT_INTENT_NOT_PAYABLE'],
  ['uncaptured', 'capture', 'captured'],
  ['uncaptured', 'cancel', 'cancelled'],
  ['uncaptured', 'patch', 'PAYMENT_INTENT_NOT_UPDATABLE'],
  ['uncaptured', 'refund', 'PAYMENT_INTENT_NOT_REFUNDABLE'],
  ['pending', 'pay', 'PAYMENT_INTENT_NOT_PAYABLE'],
  ['pending', 'capture', 'PAYMENT_INTENT_NOT_CAPTURABLE'],
  ['pending', 'cancel', 'PAYMENT_INTENT_NOT_CANCELLABLE'],
  ['pending', 'refund', 'PAYMENT_INTENT_NOT_REFUNDABLE'],
  ['captured', 'pay', 'PAYMENT_INTENT_NOT_PAYABLE'],
  ['captured', 'capture', 'PAYMENT_INTENT_NOT_CAPTURABLE'],
  ['captured', 'cancel', 'PAYMENT_INTENT_NOT_CANCELLABLE'],
  ['captured', 'patch', 'PAYMENT_INTENT_NOT_UPDATABLE'],
  ['captured', 'refund', 'captured'],
  ['cancelled', 'pay', 'PAYMENT_INTENT_NOT_PAYABLE'],
  ['cancelled', 'capture', 'PAYMENT_INTENT_NOT_CAPTURABLE'],
  ['cancelled', 'cancel', 'PAYMENT_INTENT_NOT_CANCELLABLE'],
  ['cancelled', 'refund', 'PAYMENT_INTENT_NOT_REFUNDABLE'],
];

describe('Forward payment intent transitions', () => {
  it.each(TABLE)('%s + %s → %s', async (from, action, expected) => {
    const f = forward(await makeSandbox());
    const id = await SETUP[from]!(f);
    const before = (await f.get(id)).body;
    expect(before.status).toBe(from);
    const res = await ACTIONS[action]!(f, id);
    const after = (await f.get(id)).body;
    if (expected === expected.toUpperCase()) {
      expect([res.status, res.body.code, res.body.type]).toEqual([400, expected, 'invalid_request_error']);
      expect(after).toEqual(before);
    } else {
      expect(res.status).toBe(200);
      expect(after.status).toBe(expected);
    }
  });
});

describe('Forward payment intents', () => {
  it('creates with defaults and every seed field', async () => {
    const f = forward(await makeSandbox());
    const res = await f.intent({ amount: 2599, reference_id: 'order-1', user_fields: { sku: 'A1' }, description: 'Coffee', payment_method_types: ['card'] });
    expect(res.status).toBe(200);
    const i = res.body;
    expect(Object.keys(i)).toEqual([
      'id', 'client_secret', 'entity', 'status', 'amount', 'merchant_amount', 'amount_authorized', 'amount_captured', 'amount_refunded', 'amount_voided', 'amount_disputed',
      'amount_reversed', 'payment_splits', 'order_details', 'capture', 'currency', 'latest_payment', 'disputed', 'dispute_id', 'reversed', 'reversal_id', 'external',
      'partner_id', 'business_id', 'account_id', 'payment_method_types', 'reference_id', 'user_fields', 'cancellation_reason', 'description', 'created_at',
      'updated_at', 'cancelled_at', 'captured_at', 'settlement_status', 'settled_at',
    ]);
    expect(i.client_secret).toMatch(new RegExp(`^${i.id}_secret_[0-9A-Za-z]{24}$`));
    expect([i.entity, i.status, i.capture, i.currency, i.latest_payment, i.payment_method_types, i.created_at]).toEqual(['payment_intent', 'created', true, 'USD', null, ['card'], '2026-01-01T00:00:00.000Z']);
    expect((await f.pay(i.id, 'pm_bank_account')).body.code).toBe('PAYMENT_METHOD_TYPE_NOT_ALLOWED');
  });

  it('a declined intent can be paid again with another method', async () => {
    const f = forward(await makeSandbox());
    const { intent } = await f.paid('pm_card_declined', { amount: 1500 });
    expect([intent.status, intent.amount_authorized, intent.latest_payment.status]).toEqual(['failed', 0, 'failed']);
    const second = await f.pay(intent.id, 'pm_card_visa');
    const after = (await f.get(intent.id)).body;
    expect([after.status, after.latest_payment.id, ...amounts(after)]).toEqual(['captured', second.body.id, 1500, 1500, 0, 0]);
    const list = (await f.call('GET', `/payment_intents/${intent.id}/payments`)).body;
    expect(list.data.map((p: { status: string }) => p.status)).toEqual(['captured', 'failed']);
    expect(list.meta).toEqual({ has_more: false, total_count: 2, limit: 10 });
  });

  it('captures partially; the rest is voided; more than authorized is 400', async () => {
    const s = await makeSandbox();
    const f = forward(s);
    const { intent } = await f.paid('pm_card_visa', { amount: 5000, capture: false });
    expect([intent.status, ...amounts(intent), intent.latest_payment.status]).toEqual(['uncaptured', 5000, 0, 0, 0, 'uncaptured']);
    const over = await f.capture(intent.id, { amount: 5001 });
    expect(over.body).toEqual({ type: 'invalid_request_error', code: 'CAPTURE_AMOUNT_EXCEEDS_AUTHORIZED', message: 'amount 5001 is more than the 5000 authorized', argument_errors: { amount: 'amount 5001 is more than the 5000 authorized' } });
    await s.json('POST', '/__admin/clock/advance', { seconds: 60 });
    const done = (await f.capture(intent.id, { amount: 3000 })).body;
    expect([done.status, ...amounts(done), done.captured_at, done.latest_payment.status, done.latest_payment.amount_voided]).toEqual(['captured', 5000, 3000, 0, 2000, '2026-01-01T00:01:00.000Z', 'captured', 2000]);
  });

  it('cancel voids an open authorization and keeps the reason', async () => {
    const f = forward(await makeSandbox());
    const { intent } = await f.paid('pm_card_visa', { amount: 800, capture: false });
    const res = (await f.cancel(intent.id, { cancellation_reason: 'fraudulent' })).body;
    expect([res.status, res.cancellation_reason, res.amount_voided, res.latest_payment.status, res.latest_payment.amount_voided]).toEqual(['cancelled', 'fraudulent', 800, 'voided', 800]);
    expect((await f.cancel((await f.intent()).body.id, { cancellation_reason: 'bored' })).body.argument_errors).toEqual({
      cancellation_reason: 'must be one of duplicate, fraudulent, requested_by_customer, abandoned',
    });
  });

  it('patch changes the given fields while created', async () => {
    const f = forward(await makeSandbox());
    const id = (await f.intent({ amount: 100, description: 'a' })).body.id;
    const res = (await f.call('PATCH', `/payment_intents/${id}`, { amount: 250, capture: false, reference_id: 'r-9' })).body;
    expect([res.amount, res.capture, res.reference_id, res.description]).toEqual([250, false, 'r-9', 'a']);
    expect((await f.pay(id, 'pm_card_visa')).body.status).toBe('uncaptured');
  });

  it('refunds: partial and cumulative, default what remains, never more than refundable', async () => {
    const f = forward(await makeSandbox());
    const { intent } = await f.paid('pm_card_visa', { amount: 1000 });
    const r1 = (await f.refund(intent.id, { amount: 300 })).body;
    expect(r1).toEqual({
      id: r1.id, entity: 'refund', status: 'pending', external: false, amount: 300, account_id: intent.account_id, payment_id: intent.latest_payment.id,
      created_at: '2026-01-01T00:00:00.000Z', updated_at: '2026-01-01T00:00:00.000Z', settlement_status: 'unsettled', settled_at: null,
    });
    expect(r1.id).toMatch(/^re_[0-9A-Za-z]{27}$/);
    const over = await f.refund(intent.id, { amount: 701 });
    expect([over.status, over.body.code, over.body.message]).toEqual([400, 'REFUND_AMOUNT_EXCEEDS_REFUNDABLE', 'amount 701 is more than the 700 that can still be refunded']);
    const rest = (await f.refund(intent.id)).body;
    expect(rest.amount).toBe(700);
    expect((await f.refund(intent.id)).body.code).toBe('NOTHING_TO_REFUND');
    const after = (await f.get(intent.id)).body;
    expect([after.status, after.amount_refunded, after.latest_payment.amount_refunded]).toEqual(['captured', 1000, 1000]);
    expect((await f.call('GET', `/refunds/${r1.id}`)).body).toEqual(r1);
    expect((await forward(await makeSandbox()).call('GET', `/refunds/${r1.id}`)).status).toBe(404);
  });

  it('an uncaptured authorization expires after 7 days of sandbox time', async () => {
    const s = await makeSandbox();
    const f = forward(s);
    const { intent } = await f.paid('pm_card_visa', { amount: 400, capture: false });
    await s.json('PUT', '/__admin/clock', { now: '2026-01-07T23:59:59Z' });
    expect((await f.get(intent.id)).body.status).toBe('uncaptured');
    await s.json('PUT', '/__admin/clock', { now: '2026-01-08T00:00:00Z' });
    const after = (await f.get(intent.id)).body;
    expect([after.status, after.amount_voided, after.cancelled_at, after.latest_payment.status]).toEqual(['cancelled', 400, '2026-01-08T00:00:00.000Z', 'voided']);
  });

  it('a bank payment is pending until it settles two days later, then captured', async () => {
    const s = await makeSandbox();
    const f = forward(s);
    const { intent, payment } = await f.paid('pm_bank_account', { amount: 60_000 });
    expect([intent.status, payment.status, payment.amount_authorized, payment.amount_captured, payment.avs, payment.auth_code]).toEqual(['pending', 'pending', 60_000, 0, null, null]);
    await s.json('POST', '/__admin/clock/advance', { seconds: 2 * 86400 - 1 });
    expect((await f.get(intent.id)).body.status).toBe('pending');
    await s.json('POST', '/__admin/clock/advance', { seconds: 1 });
    const after = (await f.get(intent.id)).body;
    expect([after.status, after.amount_captured, after.captured_at, after.latest_payment.status]).toEqual(['captured', 60_000, '2026-01-03T00:00:00.000Z', 'captured']);
    const fee = storedForward(s).transactions!;
    const amountsByType = Object.values(fee as Record<string, { source_type: string; amount: number }>).map((t) => [t.source_type, t.amount]);
    expect(amountsByType).toEqual([['payment', 60_000], ['fee', -500]]);
  });

  it('captured payments settle one day later; the intent mirrors its latest payment', async () => {
    const s = await makeSandbox();
    const f = forward(s);
    const { intent } = await f.paid('pm_card_visa', { amount: 1000 });
    expect(intent.settlement_status).toBe('unsettled');
    await s.json('POST', '/__admin/clock/advance', { seconds: 86400 });
    const after = (await f.get(intent.id)).body;
    expect([after.settlement_status, after.settled_at, after.latest_payment.settlement_status]).toEqual(['settled', '2026-01-02T00:00:00.000Z', 'settled']);
  });
});
