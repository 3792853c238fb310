/** External payments and refunds: recorded as another gateway processed them (no outcomes, no ledger, no jobs). */
import { describe, expect, it } from 'vitest';
import { forward } from '../helpers/forward.js';
import { makeSandbox, type TestSandbox } from '../helpers/sandbox.js';

const ACCOUNT = 'acct_TestAccount0000000000000001';
const NOW = '2026-01-01T00:00:00.000Z';
const LATER = '2026-01-01T01:00:00.000Z';
const GATEWAY = { gateway: 'other-psp', charge_id: 'ch_ext_123', outcome: { status: 'approved', code: '00' } };
const CARD = { payment_method_type: 'card', card: { brand: 'visa', last_four_digits: '4242', exp_month: 12, exp_year: 2030 } };
const BANK = { payment_method_type: 'bank', bank: { last_four_digits: '6789', routing_number: '110000000', account_type: 'savings' } };
const INTENT_KEYS = [
  'id', 'client_secret', 'entity', 'status', 'amount', 'merchant_amount', 'amount_authorized', 'amount_captured', 'amount_refunded', 'amount_voided',
  'amount_disputed', 'amount_reversed', 'payment_splits', 'order_details', 'capture', 'currency', 'latest_payment', 'disputed', 'dispute_id', 'reversed',
  'reversal_id', 'external', 'partner_id', 'business_id', 'account_id', 'payment_method_types', 'reference_id', 'user_fields', 'cancellation_reason',
  'description', 'created_at', 'updated_at', 'cancelled_at', 'captured_at', 'settlement_status', 'settled_at',
];
const REFUND_KEYS = ['id', 'entity', 'status', 'external', 'amount', 'account_id', 'payment_id', 'created_at', 'updated_at', 'settlement_status', 'settled_at'];

const data = (s: TestSandbox): any => s.platform.deps.db.data.forward;

async function setup() {
  const s = await makeSandbox();
  const f = forward(s);
  const external = (intent: Record<string, unknown> = {}, extra: Record<string, unknown> = {}, headers?: Record<string, string>) =>
    f.call('POST', '/external_payments', { payment_intent: { amount: 5000, ...intent }, payment_method: CARD, gateway_response: GATEWAY, ...extra }, headers);
  const capture = (id: string, body: unknown = { gateway_capture_response: { captured: true } }) => f.call('POST', `/external_payments/${id}/capture`, body);
  const cancel = (id: string, body?: unknown) => f.call('POST', `/external_payments/${id}/cancel`, body);
  const refund = (id: string, amount?: number, headers?: Record<string, string>) =>
    f.call('POST', '/external_refunds', { payment_intent_id: id, ...(amount === undefined ? {} : { refund_request: { amount } }), gateway_response: { refund_id: 'rf_ext_1' } }, headers);
  const advance = (seconds: number) => s.json('POST', '/__admin/clock/advance', { seconds });
  return { s, f, external, capture, cancel, refund, advance };
}

/** The external payment the wire shows for `CARD` (amounts and statuses patched by each test). */
function cardPayment(intentId: string, paymentId: string, patch: Record<string, unknown>) {
  return {
    id: paymentId, entity: 'payment', status: 'captured', billing_details: {},
    amount: 5000, amount_authorized: 5000, amount_captured: 5000, amount_refunded: 0, amount_voided: 0, amount_disputed: 0, amount_reversed: 0,
    cvv: null, avs: null, address_line1_check: null, address_postal_code_check: null, cvv_check: null, signature: null, emv_tag_data: null, entry_mode: 'keyed',
    reversed: false, reversal_id: null, disputed: false, dispute_id: null, order_details: null, payment_intent_id: intentId, payment_method_id: null,
    payment_method: {
      id: null, entity: 'payment_method', created_at: NOW, updated_at: NOW, payment_method_type: 'card', source_type: 'external', billing_details: {},
      single_use_token: false, signature: null,
      card: { brand: 'visa', first_six_digits: null, last_four_digits: '4242', exp_month: 12, exp_year: 2030, name: null },
      account_id: ACCOUNT,
    },
    auth_code: null, auth_response_text: null, external: true, card_present: false, created_at: NOW, updated_at: NOW, account_id: ACCOUNT,
    reference_id: null, user_fields: null, description: null, settlement_status: 'unsettled', settled_at: null,
    ...patch,
  };
}

describe('POST /external_payments', () => {
  it('records a captured payment: every amount, external on intent and payment, the card as given', async () => {
    const { s, f, external } = await setup();
    const res = await external();
    expect(res.status).toBe(200);
    const intent = res.body;
    expect(intent.id).toMatch(/^pi_[0-9A-Za-z]{27}$/);
    expect(intent.latest_payment.id).toMatch(/^pmt_[0-9A-Za-z]{27}$/);
    const account = data(s).accounts[ACCOUNT];
    expect(intent).toEqual({
      id: intent.id, client_secret: intent.client_secret, entity: 'payment_intent', status: 'captured',
      amount: 5000, merchant_amount: null, amount_authorized: 5000, amount_captured: 5000, amount_refunded: 0, amount_voided: 0, amount_disputed: 0, amount_reversed: 0,
      payment_splits: [], order_details: null, capture: true, currency: 'USD',
      latest_payment: cardPayment(intent.id, intent.latest_payment.id, {}),
      disputed: false, dispute_id: null, reversed: false, reversal_id: null, external: true,
      partner_id: account.partner_id, business_id: account.business_id, account_id: ACCOUNT, payment_method_types: ['card'],
      reference_id: null, user_fields: null, cancellation_reason: null, description: null,
      created_at: NOW, updated_at: NOW, cancelled_at: null, captured_at: NOW, settlement_status: 'unsettled', settled_at: null,
    });
    expect(Object.keys(intent)).toEqual(INTENT_KEYS);
    expect(intent.client_secret).toBe(`${intent.id}_secret_${intent.client_secret.split('_secret_')[1]}`);
    // Read back the same; the gateway response is kept in storage, never on the wire.
    expect((await f.get(intent.id)).body).toEqual(intent);
    expect(data(s).payments[intent.latest_payment.id].gateway_response).toEqual(GATEWAY);
    expect(JSON.stringify(intent)).not.toContain('ch_ext_123');
    expect(data(s).paymentIntents[intent.id].external).toBe(true);
  });

  it('records an uncaptured bank payment with every intent field given', async () => {
    const { s, f } = await setup();
    const body = {
      payment_intent: {
        amount: 12_345, capture: false, currency: 'USD', reference_id: 'order-77', description: 'Table 4', user_fields: { waiter: 'Bo' },
        order_details: { items: 3 }, merchant_amount: 12_000, payment_splits: [{ account_id: 'acct_x', amount: 345 }],
      },
      payment_method: { ...BANK, billing_details: { name: 'Ada Lovelace' } },
      gateway_response: { ach: 'queued' },
      card_present: true,
    };
    const res = await f.call('POST', '/external_payments', body);
    expect(res.status).toBe(200);
    const intent = res.body;
    expect(intent).toMatchObject({
      status: 'uncaptured', amount: 12_345, merchant_amount: 12_000, amount_authorized: 12_345, amount_captured: 0, amount_refunded: 0, amount_voided: 0,
      amount_disputed: 0, amount_reversed: 0, payment_splits: [{ account_id: 'acct_x', amount: 345 }], order_details: { items: 3 }, capture: false,
      external: true, payment_method_types: ['bank'], reference_id: 'order-77', user_fields: { waiter: 'Bo' }, description: 'Table 4', captured_at: null,
    });
    expect(intent.latest_payment).toEqual({
      ...cardPayment(intent.id, intent.latest_payment.id, {}),
      status: 'uncaptured', billing_details: { name: 'Ada Lovelace' }, amount: 12_345, amount_authorized: 12_345, amount_captured: 0,
      order_details: { items: 3 }, card_present: true, reference_id: 'order-77', user_fields: { waiter: 'Bo' }, description: 'Table 4',
      payment_method: {
        id: null, entity: 'payment_method', created_at: NOW, updated_at: NOW, payment_method_type: 'bank', source_type: 'external',
        billing_details: { name: 'Ada Lovelace' }, single_use_token: false, signature: null,
        bank: { routing_number: '110000000', last_four_digits: '6789', account_type: 'savings' }, account_id: ACCOUNT,
      },
    });
    expect(data(s).payments[intent.latest_payment.id].gateway_response).toEqual({ ach: 'queued' });
  });

  it('is idempotent: the same key replays the first response and records one payment', async () => {
    const { s, external } = await setup();
    const key = { 'x-idempotency-key': 'ext-pay-key-0001' };
    const first = await external({}, {}, key);
    const again = await external({}, {}, key);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('x-idempotent-replayed')).toBe('true');
    expect(Object.keys(data(s).paymentIntents)).toEqual([first.body.id]);
    const other = await external({ amount: 1 }, {}, key);
    expect(other.status).toBe(409);
    expect(other.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });
});

describe('external capture and cancel', () => {
  it('cancels an uncaptured payment: the authorization is voided', async () => {
    const { f, external, cancel } = await setup();
    const { body: created } = await external({ capture: false });
    const res = await cancel(created.id, { cancellation_reason: 'requested_by_customer', gateway_void_response: { voided: true } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'cancelled', amount_authorized: 5000, amount_captured: 0, amount_voided: 5000, cancellation_reason: 'requested_by_customer', cancelled_at: NOW, captured_at: null });
    expect(res.body.latest_payment).toEqual(cardPayment(created.id, created.latest_payment.id, { status: 'voided', amount_captured: 0, amount_voided: 5000 }));
    expect((await f.get(created.id)).body).toEqual(res.body);
    const again = await cancel(created.id);
    expect(again.status).toBe(400);
    expect(again.body).toEqual({ type: 'invalid_request_error', code: 'PAYMENT_INTENT_NOT_CANCELLABLE', message: 'Cannot cancel a payment intent with status cancelled' });
  });

  it('cancels without a body (no reason) and refuses to cancel a captured payment', async () => {
    const { external, cancel } = await setup();
    const { body: open } = await external({ capture: false });
    expect((await cancel(open.id)).body).toMatchObject({ status: 'cancelled', cancellation_reason: null, amount_voided: 5000 });
    const { body: captured } = await external();
    const res = await cancel(captured.id, { cancellation_reason: 'duplicate' });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('PAYMENT_INTENT_NOT_CANCELLABLE');
  });

  it('captures part of the authorization; the rest is voided', async () => {
    const { s, f, external, capture } = await setup();
    const { body: created } = await external({ capture: false });
    await s.json('PUT', '/__admin/clock', { now: LATER });
    const res = await capture(created.id, { amount: 3000, gateway_capture_response: { capture_id: 'cap_1' } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'captured', amount_authorized: 5000, amount_captured: 3000, amount_voided: 2000, captured_at: LATER, updated_at: LATER, created_at: NOW });
    expect(res.body.latest_payment).toEqual(cardPayment(created.id, created.latest_payment.id, { amount_captured: 3000, amount_voided: 2000, updated_at: LATER }));
    expect((await f.get(created.id)).body).toEqual(res.body);
    const again = await capture(created.id);
    expect(again.status).toBe(400);
    expect(again.body).toEqual({ type: 'invalid_request_error', code: 'PAYMENT_INTENT_NOT_CAPTURABLE', message: 'Cannot capture a payment intent with status captured' });
  });

  it('captures the whole authorization by default', async () => {
    const { external, capture } = await setup();
    const { body: created } = await external({ capture: false });
    const res = await capture(created.id);
    expect(res.body).toMatchObject({ status: 'captured', amount_captured: 5000, amount_voided: 0, captured_at: NOW });
    expect(res.body.latest_payment).toMatchObject({ status: 'captured', amount_captured: 5000, amount_voided: 0 });
  });

  it('refuses to capture more than authorized, changing nothing', async () => {
    const { f, external, capture } = await setup();
    const { body: created } = await external({ capture: false });
    const res = await capture(created.id, { amount: 5001, gateway_capture_response: {} });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      type: 'invalid_request_error', code: 'CAPTURE_AMOUNT_EXCEEDS_AUTHORIZED', message: 'amount 5001 is more than the 5000 authorized',
      argument_errors: { amount: 'amount 5001 is more than the 5000 authorized' },
    });
    expect((await f.get(created.id)).body).toEqual(created);
  });

  it('refuses to capture a cancelled payment', async () => {
    const { external, capture, cancel } = await setup();
    const { body: created } = await external({ capture: false });
    await cancel(created.id);
    const res = await capture(created.id);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('PAYMENT_INTENT_NOT_CAPTURABLE');
  });

  it('answers 404 for an unknown intent', async () => {
    const { capture, cancel, refund } = await setup();
    for (const res of [await capture('pi_unknown'), await cancel('pi_unknown'), await refund('pi_unknown')]) {
      expect(res.status).toBe(404);
      expect(res.body).toEqual({ type: 'not_found_error', code: 'NOT_FOUND', message: 'No payment_intent pi_unknown in this account' });
    }
  });
});

describe('external and regular operations do not mix', () => {
  const NOT_EXTERNAL = (id: string) => ({
    type: 'invalid_request_error', code: 'PAYMENT_INTENT_NOT_EXTERNAL', message: `Payment intent ${id} was not recorded through /external_payments`,
    argument_errors: { payment_intent_id: `Payment intent ${id} was not recorded through /external_payments` },
  });

  it.each(['cancel', 'capture', 'refund'] as const)('external %s of a regular intent: 400 PAYMENT_INTENT_NOT_EXTERNAL, nothing changed', async (op) => {
    const { f, capture, cancel, refund } = await setup();
    const { intent } = await f.paid('pm_card_visa', { amount: 10_000, capture: op === 'refund' });
    const res = op === 'cancel' ? await cancel(intent.id) : op === 'capture' ? await capture(intent.id) : await refund(intent.id, 100);
    expect(res.status).toBe(400);
    expect(res.body).toEqual(NOT_EXTERNAL(intent.id));
    expect((await f.get(intent.id)).body).toEqual(intent);
  });

  it.each([
    ['capture', 'capture', {}],
    ['cancel', 'cancel', {}],
    ['refund', 'refunds', { amount: 100 }],
    ['payments', 'payments', { payment_method_id: 'pm_card_visa' }],
  ])('regular %s of an external intent: 400 PAYMENT_INTENT_EXTERNAL', async (op, action, body) => {
    const { f, external } = await setup();
    const { body: created } = await external({ capture: op === 'refund' || op === 'payments' });
    const res = await f.call('POST', `/payment_intents/${created.id}/${action}`, body);
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      type: 'invalid_request_error', code: 'PAYMENT_INTENT_EXTERNAL',
      message: `Payment intent ${created.id} records an external payment: use the /external_payments operations`,
    });
    expect((await f.get(created.id)).body).toEqual(created);
  });
});

describe('POST /external_refunds', () => {
  it('refunds in parts, cumulatively, each already succeeded and settled; never more than captured', async () => {
    const { s, f, external, refund } = await setup();
    const { body: created } = await external();
    const first = await refund(created.id, 2000);
    expect(first.status).toBe(200);
    expect(first.body).toEqual({
      id: first.body.id, entity: 'refund', status: 'succeeded', external: true, amount: 2000, account_id: ACCOUNT, payment_id: created.latest_payment.id,
      created_at: NOW, updated_at: NOW, settlement_status: 'settled', settled_at: NOW,
    });
    expect(first.body.id).toMatch(/^re_[0-9A-Za-z]{27}$/);
    expect(Object.keys(first.body)).toEqual(REFUND_KEYS);
    expect(data(s).refunds[first.body.id].gateway_response).toEqual({ refund_id: 'rf_ext_1' });
    expect((await s.json('GET', `/refunds/${first.body.id}`, undefined, { 'x-api-key': 'k', 'x-account-id': ACCOUNT })).body).toEqual(first.body);

    const over = await refund(created.id, 3001);
    expect(over.status).toBe(400);
    expect(over.body).toEqual({
      type: 'invalid_request_error', code: 'REFUND_AMOUNT_EXCEEDS_REFUNDABLE', message: 'amount 3001 is more than the 3000 that can still be refunded',
      argument_errors: { amount: 'amount 3001 is more than the 3000 that can still be refunded' },
    });
    const rest = await refund(created.id);
    expect(rest.body).toMatchObject({ amount: 3000, status: 'succeeded', settlement_status: 'settled' });
    const after = (await f.get(created.id)).body;
    expect(after).toMatchObject({ status: 'captured', amount_captured: 5000, amount_refunded: 5000 });
    expect(after.latest_payment).toMatchObject({ status: 'captured', amount_refunded: 5000 });

    const none = await refund(created.id, 1);
    expect(none.status).toBe(400);
    expect(none.body.code).toBe('NOTHING_TO_REFUND');
    expect(Object.keys(data(s).refunds)).toHaveLength(2);
  });

  it('refunds no more than a partial capture', async () => {
    const { external, capture, refund } = await setup();
    const { body: created } = await external({ capture: false });
    await capture(created.id, { amount: 1200, gateway_capture_response: {} });
    expect((await refund(created.id, 1201)).body.code).toBe('REFUND_AMOUNT_EXCEEDS_REFUNDABLE');
    expect((await refund(created.id)).body.amount).toBe(1200);
  });

  it('refuses an uncaptured external payment', async () => {
    const { external, refund } = await setup();
    const { body: created } = await external({ capture: false });
    const res = await refund(created.id, 100);
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ type: 'invalid_request_error', code: 'PAYMENT_INTENT_NOT_REFUNDABLE', message: 'Cannot refund a payment intent with status uncaptured' });
  });

  it('is idempotent: a replay does not refund twice', async () => {
    const { s, external, refund } = await setup();
    const { body: created } = await external();
    const key = { 'x-idempotency-key': 'ext-refund-key-01' };
    const first = await refund(created.id, 1000, key);
    const again = await refund(created.id, 1000, key);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('x-idempotent-replayed')).toBe('true');
    expect(data(s).paymentIntents[created.id].amount_refunded).toBe(1000);
    expect(Object.keys(data(s).refunds)).toEqual([first.body.id]);
  });
});

describe('no ledger, no jobs', () => {
  it('writes no transactions and nothing changes with time', async () => {
    const { s, f, external, capture, cancel, refund, advance } = await setup();
    const { body: captured } = await external();
    await refund(captured.id, 500);
    const { body: partial } = await external({ capture: false });
    await capture(partial.id, { amount: 100, gateway_capture_response: {} });
    const { body: voided } = await external({ capture: false });
    await cancel(voided.id);
    const { body: open } = await external({ capture: false });
    expect(data(s).transactions).toEqual({});

    const before = JSON.parse(JSON.stringify({ intents: data(s).paymentIntents, payments: data(s).payments, refunds: data(s).refunds }));
    expect((await advance(30 * 86_400)).status).toBe(200);
    expect((await f.get(open.id)).body).toMatchObject({ status: 'uncaptured', amount_voided: 0 });
    expect({ intents: data(s).paymentIntents, payments: data(s).payments, refunds: data(s).refunds }).toEqual(before);
    expect(data(s).transactions).toEqual({});
    // A regular payment does write them (the check above can fail).
    await f.paid();
    expect(Object.values(data(s).transactions).map((t: any) => t.source_type)).toEqual(['payment', 'fee']);
  });
});

describe('bad bodies: 400 WRONG_ARGUMENTS naming each field, nothing stored', () => {
  const valid = { payment_intent: { amount: 5000 }, payment_method: CARD, gateway_response: GATEWAY };
  it.each([
    ['{}', {}, { payment_intent: 'is required', payment_method: 'is required', gateway_response: 'is required' }],
    ['no amount', { ...valid, payment_intent: {} }, { 'payment_intent.amount': 'is required' }],
    ['negative amount', { ...valid, payment_intent: { amount: -1 } }, { 'payment_intent.amount': 'must be at least 0' }],
    ['fractional amount', { ...valid, payment_intent: { amount: 1.5 } }, { 'payment_intent.amount': 'must be an integer' }],
    ['currency', { ...valid, payment_intent: { amount: 1, currency: 'EUR' } }, { 'payment_intent.currency': 'must be USD' }],
    ['unknown intent field', { ...valid, payment_intent: { amount: 1, tip: 5 } }, { 'payment_intent.tip': 'should not exist' }],
    ['full card number', { ...valid, payment_method: { payment_method_type: 'card', card: { ...CARD.card, number: '4242424242424242' } } }, { 'payment_method.card.number': 'should not exist' }],
    ['last four', { ...valid, payment_method: { payment_method_type: 'card', card: { brand: 'visa', last_four_digits: '42' } } }, { 'payment_method.card.last_four_digits': 'must be 4 digits' }],
    ['no brand', { ...valid, payment_method: { payment_method_type: 'card', card: { last_four_digits: '4242' } } }, { 'payment_method.card.brand': 'is required' }],
    ['exp month', { ...valid, payment_method: { payment_method_type: 'card', card: { brand: 'visa', last_four_digits: '4242', exp_month: 13 } } }, { 'payment_method.card.exp_month': 'must be at most 12' }],
    ['method type', { ...valid, payment_method: { payment_method_type: 'cash' } }, { 'payment_method.payment_method_type': 'must be one of card, bank' }],
    ['bank routing', { ...valid, payment_method: { payment_method_type: 'bank', bank: { last_four_digits: '6789', routing_number: '12' } } }, { 'payment_method.bank.routing_number': 'must be 9 digits' }],
    ['gateway response', { ...valid, gateway_response: 'ok' }, { gateway_response: 'must be an object' }],
    ['card_present', { ...valid, card_present: 'yes' }, { card_present: 'must be true or false' }],
    ['unknown top-level field', { ...valid, customer: 'c1' }, { customer: 'should not exist' }],
  ])('create: %s', async (_name, body, argumentErrors) => {
    const { s, f } = await setup();
    const res = await f.call('POST', '/external_payments', body);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ type: 'invalid_request_error', code: 'WRONG_ARGUMENTS' });
    expect(res.body.argument_errors).toEqual(argumentErrors);
    expect(data(s).paymentIntents).toEqual({});
    expect(data(s).payments).toEqual({});
  });

  it.each([
    ['capture', 'capture', {}, { gateway_capture_response: 'is required' }],
    ['capture', 'capture', { amount: 0, gateway_capture_response: {} }, { amount: 'must be at least 1' }],
    ['capture', 'capture', { gateway_capture_response: [] }, { gateway_capture_response: 'must be an object' }],
    ['cancel', 'cancel', { cancellation_reason: 'bored' }, { cancellation_reason: 'must be one of duplicate, fraudulent, requested_by_customer, abandoned' }],
    ['cancel', 'cancel', { gateway_void_response: 'x' }, { gateway_void_response: 'must be an object' }],
    ['refund', 'refund', { gateway_response: {} }, { payment_intent_id: 'is required' }],
    ['refund', 'refund', { payment_intent_id: 'ID', refund_request: { amount: 0 } }, { 'refund_request.amount': 'must be at least 1', gateway_response: 'is required' }],
    ['refund', 'refund', { payment_intent_id: 'ID', refund_request: { amount: 5, reason: 'x' }, gateway_response: {} }, { 'refund_request.reason': 'should not exist' }],
  ])('%s: %j', async (_op, op, body, argumentErrors) => {
    const { s, f, external } = await setup();
    const { body: created } = await external({ capture: false });
    const path = op === 'refund' ? '/external_refunds' : `/external_payments/${created.id}/${op}`;
    const payload = JSON.parse(JSON.stringify(body).replace('"ID"', JSON.stringify(created.id)));
    const res = await f.call('POST', path, payload);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'WRONG_ARGUMENTS', argument_errors: argumentErrors });
    expect(Object.keys(res.body.argument_errors).sort()).toEqual(Object.keys(argumentErrors).sort());
    expect(data(s).paymentIntents[created.id].status).toBe('uncaptured');
    expect(data(s).refunds).toEqual({});
  });
});
