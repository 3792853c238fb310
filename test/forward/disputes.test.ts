import { describe, expect, it } from 'vitest';
import { Dispute } from '../../src/providers/forward/disputes/disputes.schemas.js';
import { ACCOUNT, CARD, forward, storedForward } from '../helpers/forward.js';
import { makeSandbox, type TestSandbox } from '../helpers/sandbox.js';

const OTHER = 'acct_TestAccount0000000000000002';
const DAY = 86_400;
const SEED_FIELDS = [
  'id', 'entity', 'created_at', 'updated_at', 'account_id', 'business_id', 'status', 'payment_id', 'payment_intent_id', 'amount', 'notes',
  'attachments', 'dispute_date', 'response_due_date', 'closed_date', 'reason_disputed_code', 'reason_disputed', 'dispute_response',
  'reference_meta', 'settlement_status', 'settled_at',
];

const openDispute = (s: TestSandbox, body: unknown) => s.json('POST', '/__admin/forward/disputes', body);
const resolve = (s: TestSandbox, id: string, body: unknown) => s.json('POST', `/__admin/forward/disputes/${id}/resolve`, body);
const advance = (s: TestSandbox, seconds: number) => s.json('POST', '/__admin/clock/advance', { seconds });
type Txn = { id: string; payment_intent_id: string; source_type: string; source_id: string; amount: number };
const db = (s: TestSandbox) => s.platform.deps.db.data.forward as { transactions: Record<string, Txn>; disputes: Record<string, unknown> };
/** The ledger's transactions for one intent, as [source_type, amount] in creation order. */
const transactionsOf = (s: TestSandbox, intentId: string) => Object.values(db(s).transactions).filter((t) => t.payment_intent_id === intentId);
const moves = (s: TestSandbox, intentId: string) => transactionsOf(s, intentId).map((t) => [t.source_type, t.amount]);
const count = (s: TestSandbox, collection: 'disputes' | 'transactions') => Object.keys(db(s)[collection]).length;

/** A captured pm_card_visa payment of `amount`. */
async function captured(s: TestSandbox, amount = 10_000, account = ACCOUNT) {
  const { intent } = await forward(s, { account }).paid('pm_card_visa', { amount });
  expect(intent.status).toBe('captured');
  return intent;
}

describe('disputes opened at capture', () => {
  const rows = [
    { via: 'pm_card_dispute_fraudulent', method: 'pm_card_dispute_fraudulent', reason: 'fraudulent', code: 4837 },
    { via: 'pm_card_dispute_product_not_received', method: 'pm_card_dispute_product_not_received', reason: 'product_not_received', code: 4855 },
    { via: 'tokenized 4000000000000259', number: '4000000000000259', reason: 'fraudulent', code: 4837 },
    { via: 'tokenized 4000000000002685', number: '4000000000002685', reason: 'product_not_received', code: 4855 },
  ];
  const methodOf = async (s: TestSandbox, row: (typeof rows)[number]) => row.method ?? (await forward(s).method({ ...CARD, number: row.number }));

  it.each(rows)('$via with capture true: disputed at once for the whole amount', async (row) => {
    const s = await makeSandbox();
    const f = forward(s);
    const intent = (await f.intent({ amount: 10_000 })).body;
    const pay = await f.pay(intent.id, await methodOf(s, row));
    expect(pay.status).toBe(200);
    expect(pay.body).toMatchObject({ status: 'captured', amount_captured: 10_000, amount_disputed: 10_000, disputed: true });
    const after = (await f.get(intent.id)).body;
    expect(after).toMatchObject({ status: 'captured', disputed: true, amount_disputed: 10_000, amount_captured: 10_000, amount_reversed: 0, reversed: false });
    const list = await f.call('GET', '/disputes');
    expect(list.body.meta).toEqual({ has_more: false, total_count: 1, limit: 10 });
    const [dispute] = list.body.data;
    expect(after.dispute_id).toBe(dispute.id);
    expect(pay.body.dispute_id).toBe(dispute.id);
    expect(dispute).toMatchObject({ status: 'new', amount: 10_000, reason_disputed: row.reason, reason_disputed_code: row.code, payment_id: pay.body.id, payment_intent_id: intent.id });
    expect(moves(s, intent.id)).toEqual([['payment', 10_000], ['fee', -320], ['dispute', -10_000]]);
  });

  it.each(rows)('$via with capture false: nothing until the capture, then the captured part is disputed', async (row) => {
    const s = await makeSandbox();
    const f = forward(s);
    const intent = (await f.intent({ amount: 10_000, capture: false })).body;
    const pay = await f.pay(intent.id, await methodOf(s, row));
    expect(pay.body).toMatchObject({ status: 'uncaptured', disputed: false, amount_disputed: 0 });
    expect((await f.call('GET', '/disputes')).body.data).toEqual([]);
    expect(moves(s, intent.id)).toEqual([]);
    await advance(s, 3600);
    const cap = await f.capture(intent.id, { amount: 6_000 });
    expect(cap.status).toBe(200);
    expect(cap.body).toMatchObject({ status: 'captured', amount_captured: 6_000, amount_voided: 4_000, amount_disputed: 6_000, disputed: true });
    const [dispute] = (await f.call('GET', '/disputes')).body.data;
    expect(dispute).toMatchObject({ amount: 6_000, reason_disputed: row.reason, reason_disputed_code: row.code, created_at: '2026-01-01T01:00:00.000Z', response_due_date: '2026-01-08' });
    expect(cap.body.dispute_id).toBe(dispute.id);
    expect(moves(s, intent.id)).toEqual([['payment', 6_000], ['fee', -204], ['dispute', -6_000]]);
  });

  it('pm_card_visa is not disputed in the default scenario', async () => {
    const s = await makeSandbox();
    const { intent } = await forward(s).paid('pm_card_visa');
    expect(intent).toMatchObject({ status: 'captured', disputed: false, dispute_id: null, amount_disputed: 0 });
    expect(count(s, 'disputes')).toBe(0);
  });
});

describe('the disputes scenario', () => {
  it('by header: pm_card_visa captures are disputed (fraudulent); a decline card still fails; bank payments are not disputed', async () => {
    const s = await makeSandbox();
    const f = forward(s, { headers: { 'X-Sandbox-Scenario': 'disputes' } });
    const visa = await f.paid('pm_card_visa', { amount: 2_500 });
    expect(visa.intent).toMatchObject({ status: 'captured', disputed: true, amount_disputed: 2_500 });
    const declined = await f.paid('pm_card_declined');
    expect(declined.payment).toMatchObject({ status: 'failed', disputed: false, auth_response_text: 'Declined' });
    expect(declined.intent).toMatchObject({ status: 'failed', disputed: false, amount_disputed: 0 });
    const bank = await f.paid('pm_bank_account');
    expect(bank.intent.status).toBe('pending');
    await advance(s, 2 * DAY);
    expect((await f.get(bank.intent.id)).body).toMatchObject({ status: 'captured', disputed: false });
    const list = (await f.call('GET', '/disputes')).body;
    expect(list.data.map((d: { payment_intent_id: string; reason_disputed: string }) => [d.payment_intent_id, d.reason_disputed])).toEqual([[visa.intent.id, 'fraudulent']]);
  });

  it('by header at authorization: the later capture (without the header) is disputed', async () => {
    const s = await makeSandbox();
    const f = forward(s);
    const intent = (await f.intent({ amount: 4_000, capture: false })).body;
    await f.pay(intent.id, 'pm_card_visa', { 'X-Sandbox-Scenario': 'disputes' });
    expect((await f.capture(intent.id)).body).toMatchObject({ disputed: true, amount_disputed: 4_000 });
  });

  it('activated through the admin API, then back to default', async () => {
    const s = await makeSandbox();
    const f = forward(s);
    expect((await s.json('PUT', '/__admin/scenarios/forward', { scenario: 'disputes' })).status).toBe(200);
    const disputed = await f.paid('pm_card_visa');
    expect(disputed.intent).toMatchObject({ disputed: true, amount_disputed: 10_000 });
    expect((await f.paid('pm_card_declined')).payment.status).toBe('failed');
    expect((await s.json('DELETE', '/__admin/scenarios/forward')).status).toBe(200);
    expect((await f.paid('pm_card_visa')).intent).toMatchObject({ disputed: false, amount_disputed: 0 });
    expect(count(s, 'disputes')).toBe(1);
  });
});

describe('the dispute object', () => {
  it('has every seed field, in seed order, with exact values (list and fetch agree)', async () => {
    const s = await makeSandbox();
    const f = forward(s);
    const intent = (await f.intent({ amount: 7_700, reference_id: 'order-42' })).body;
    await advance(s, 90);
    const payment = (await f.pay(intent.id, 'pm_card_dispute_product_not_received')).body;
    const [listed] = (await f.call('GET', '/disputes')).body.data;
    const got = await f.call('GET', `/disputes/${listed.id}`);
    expect(got.status).toBe(200);
    expect(got.body).toEqual(listed);
    expect(Object.keys(got.body)).toEqual(SEED_FIELDS);
    expect(Dispute.parse(got.body)).toEqual(got.body);
    expect(got.body.id).toMatch(/^dp_[0-9A-Za-z]{27}$/);
    expect(got.body).toEqual({
      id: got.body.id,
      entity: 'dispute',
      created_at: '2026-01-01T00:01:30.000Z',
      updated_at: '2026-01-01T00:01:30.000Z',
      account_id: ACCOUNT,
      business_id: intent.business_id,
      status: 'new',
      payment_id: payment.id,
      payment_intent_id: intent.id,
      amount: 7_700,
      notes: [],
      attachments: [],
      dispute_date: '2026-01-01',
      response_due_date: '2026-01-08',
      closed_date: null,
      reason_disputed_code: 4855,
      reason_disputed: 'product_not_received',
      dispute_response: null,
      reference_meta: { payment_intent_reference_id: 'order-42' },
      settlement_status: 'unsettled',
      settled_at: null,
    });
  });

  it('settles a day later with its dispute transaction', async () => {
    const s = await makeSandbox();
    const f = forward(s);
    const { intent } = await f.paid('pm_card_dispute_fraudulent');
    await advance(s, DAY);
    const got = (await f.call('GET', `/disputes/${intent.dispute_id}`)).body;
    expect(got).toMatchObject({ status: 'new', settlement_status: 'settled', settled_at: '2026-01-02T00:00:00.000Z', updated_at: '2026-01-02T00:00:00.000Z' });
  });
});

describe('GET /disputes and /disputes/{id}', () => {
  /** 12 disputes in ACCOUNT (oldest first), one in OTHER. */
  async function populated() {
    const s = await makeSandbox();
    const f = forward(s);
    const ids: string[] = [];
    for (let i = 0; i < 12; i += 1) {
      const { intent } = await f.paid('pm_card_dispute_fraudulent', { amount: 1_000 + i });
      ids.push(intent.dispute_id);
    }
    const other = (await forward(s, { account: OTHER }).paid('pm_card_dispute_fraudulent')).intent.dispute_id as string;
    return { s, f, ids, newest: [...ids].reverse(), other };
  }
  const idsOf = (res: { body: { data: { id: string }[] } }) => res.body.data.map((d) => d.id);

  it('pages newest first with starting_after, ending_before and limit', async () => {
    const { f, newest } = await populated();
    const first = await f.call('GET', '/disputes');
    expect(idsOf(first)).toEqual(newest.slice(0, 10));
    expect(first.body.meta).toEqual({ has_more: true, total_count: 12, limit: 10 });
    const second = await f.call('GET', `/disputes?starting_after=${newest[9]}`);
    expect(idsOf(second)).toEqual(newest.slice(10));
    expect(second.body.meta).toEqual({ has_more: false, total_count: 12, limit: 10 });
    const small = await f.call('GET', `/disputes?limit=3&starting_after=${newest[2]}`);
    expect(idsOf(small)).toEqual(newest.slice(3, 6));
    expect(small.body.meta).toEqual({ has_more: true, total_count: 12, limit: 3 });
    const back = await f.call('GET', `/disputes?limit=3&ending_before=${newest[6]}`);
    expect(idsOf(back)).toEqual(newest.slice(3, 6));
    expect(back.body.meta.has_more).toBe(true);
    expect(idsOf(await f.call('GET', `/disputes?limit=50&ending_before=${newest[2]}`))).toEqual(newest.slice(0, 2));
  });

  it('filters by status', async () => {
    const { s, f, ids } = await populated();
    await resolve(s, ids[0]!, { outcome: 'won' });
    await resolve(s, ids[1]!, { outcome: 'lost' });
    await resolve(s, ids[2]!, { outcome: 'won' });
    const won = await f.call('GET', '/disputes?status=won');
    expect(idsOf(won)).toEqual([ids[2], ids[0]]);
    expect(won.body.meta).toEqual({ has_more: false, total_count: 2, limit: 10 });
    expect(idsOf(await f.call('GET', '/disputes?status=lost'))).toEqual([ids[1]]);
    const open = await f.call('GET', '/disputes?status=new&limit=5');
    expect(idsOf(open)).toEqual(ids.slice(3).reverse().slice(0, 5));
    expect(open.body.meta).toEqual({ has_more: true, total_count: 9, limit: 5 });
    expect(idsOf(await f.call('GET', `/disputes?status=won&starting_after=${ids[2]}`))).toEqual([ids[0]]);
  });

  it.each([
    ['limit=0', 'limit'],
    ['limit=51', 'limit'],
    ['status=open', 'status'],
    ['starting_after=dp_unknown', 'starting_after'],
  ])('rejects %s with WRONG_ARGUMENTS naming %s', async (query, field) => {
    const { f } = await populated();
    const res = await f.call('GET', `/disputes?${query}`);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('WRONG_ARGUMENTS');
    expect(Object.keys(res.body.argument_errors)).toEqual([field]);
  });

  it('is account-scoped: another account sees only its own; its dispute is 404 here', async () => {
    const { s, f, ids, other } = await populated();
    const theirs = forward(s, { account: OTHER });
    expect(idsOf(await theirs.call('GET', '/disputes'))).toEqual([other]);
    const res = await f.call('GET', `/disputes/${other}`);
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ type: 'not_found_error', code: 'NOT_FOUND', message: `No dispute ${other} in this account` });
    expect((await theirs.call('GET', `/disputes/${ids[0]}`)).status).toBe(404);
    expect((await f.call('GET', '/disputes/dp_nope')).status).toBe(404);
    expect(idsOf(await forward(s, { account: 'acct_Fresh0000000000000000000000' }).call('GET', '/disputes'))).toEqual([]);
  });

  it('needs x-account-id (400 WRONG_ARGUMENTS) and x-api-key (401)', async () => {
    const s = await makeSandbox();
    const res = await forward(s, { account: null }).call('GET', '/disputes');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'WRONG_ARGUMENTS', argument_errors: { 'x-account-id': 'is required' } });
    expect((await forward(s, { apiKey: null }).call('GET', '/disputes/dp_x')).status).toBe(401);
  });
});

describe('admin: open and resolve', () => {
  it('opens a dispute on a captured intent of any account: 201, intent and payment marked, ledger debited', async () => {
    const s = await makeSandbox();
    const intent = await captured(s, 10_000, OTHER);
    await advance(s, 600);
    const res = await openDispute(s, { payment_intent_id: intent.id, reason: 'duplicate' });
    expect(res.status).toBe(201);
    expect(Object.keys(res.body)).toEqual(SEED_FIELDS);
    expect(res.body).toMatchObject({
      account_id: OTHER,
      status: 'new',
      amount: 10_000,
      reason_disputed: 'duplicate',
      reason_disputed_code: 4834,
      payment_id: intent.latest_payment.id,
      created_at: '2026-01-01T00:10:00.000Z',
      dispute_date: '2026-01-01',
      response_due_date: '2026-01-08',
      closed_date: null,
    });
    const f = forward(s, { account: OTHER });
    const after = (await f.get(intent.id)).body;
    expect(after).toMatchObject({ disputed: true, dispute_id: res.body.id, amount_disputed: 10_000, updated_at: '2026-01-01T00:10:00.000Z' });
    expect(after.latest_payment).toMatchObject({ disputed: true, dispute_id: res.body.id, amount_disputed: 10_000 });
    expect(moves(s, intent.id)).toEqual([['payment', 10_000], ['fee', -320], ['dispute', -10_000]]);
    expect(transactionsOf(s, intent.id)[2]!.source_id).toBe(res.body.id);
    expect((await f.call('GET', '/ledger/balances')).body).toEqual({ currency: 'USD', pending: -320, available: 0 });
    expect((await f.call('GET', `/disputes/${res.body.id}`)).body).toEqual(res.body);
  });

  it('disputes what is captured and not refunded; refunds after it are refused', async () => {
    const s = await makeSandbox();
    const f = forward(s);
    const intent = await captured(s, 10_000);
    expect((await f.refund(intent.id, { amount: 2_500 })).status).toBe(200);
    const res = await openDispute(s, { payment_intent_id: intent.id, reason: 'credit_not_processed' });
    expect(res.body).toMatchObject({ amount: 7_500, reason_disputed_code: 4860 });
    const before = (await f.get(intent.id)).body;
    expect(before).toMatchObject({ amount_captured: 10_000, amount_refunded: 2_500, amount_disputed: 7_500 });
    const refused = await f.refund(intent.id, { amount: 1 });
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe('NOTHING_TO_REFUND');
    expect((await f.get(intent.id)).body).toEqual(before);
    expect(moves(s, intent.id)).toEqual([['payment', 10_000], ['fee', -320], ['refund', -2_500], ['dispute', -7_500]]);
  });

  it('won: a reversal credits the amount back and marks the intent and payment reversed', async () => {
    const s = await makeSandbox();
    const f = forward(s);
    const intent = await captured(s, 8_000);
    const opened = (await openDispute(s, { payment_intent_id: intent.id, reason: 'unrecognized' })).body;
    expect(opened.reason_disputed_code).toBe(4863);
    await advance(s, 2 * DAY + 30);
    const res = await resolve(s, opened.id, { outcome: 'won' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ...opened, status: 'won', closed_date: '2026-01-03', updated_at: '2026-01-03T00:00:30.000Z', settlement_status: 'settled', settled_at: '2026-01-02T00:00:00.000Z' });
    expect(moves(s, intent.id)).toEqual([['payment', 8_000], ['fee', -262], ['dispute', -8_000], ['reversal', 8_000]]);
    const reversal = transactionsOf(s, intent.id)[3]!;
    expect(reversal.source_id).toBe(opened.id);
    const after = (await f.get(intent.id)).body;
    expect(after).toMatchObject({ disputed: true, amount_disputed: 8_000, reversed: true, reversal_id: reversal.id, amount_reversed: 8_000, updated_at: '2026-01-03T00:00:30.000Z' });
    expect(after.latest_payment).toMatchObject({ reversed: true, reversal_id: reversal.id, amount_reversed: 8_000 });
    // Won stays won past the deadline.
    await advance(s, 10 * DAY);
    expect((await f.call('GET', `/disputes/${opened.id}`)).body.status).toBe('won');
  });

  it('lost: closed, no reversal', async () => {
    const s = await makeSandbox();
    const f = forward(s);
    const intent = await captured(s, 5_000);
    const opened = (await openDispute(s, { payment_intent_id: intent.id, reason: 'general' })).body;
    const res = await resolve(s, opened.id, { outcome: 'lost' });
    expect(res.body).toMatchObject({ status: 'lost', closed_date: '2026-01-01', reason_disputed_code: 4853 });
    expect(moves(s, intent.id)).toEqual([['payment', 5_000], ['fee', -175], ['dispute', -5_000]]);
    expect((await f.get(intent.id)).body).toMatchObject({ reversed: false, reversal_id: null, amount_reversed: 0, amount_disputed: 5_000 });
  });

  it('an unanswered dispute is lost at its response due date, not before', async () => {
    const s = await makeSandbox();
    const f = forward(s);
    const { intent } = await f.paid('pm_card_dispute_fraudulent');
    const id = intent.dispute_id as string;
    await advance(s, 7 * DAY - 1);
    expect((await f.call('GET', `/disputes/${id}`)).body).toMatchObject({ status: 'new', closed_date: null });
    await advance(s, 1);
    const lost = (await f.call('GET', `/disputes/${id}`)).body;
    expect(lost).toMatchObject({ status: 'lost', response_due_date: '2026-01-08', closed_date: '2026-01-08', updated_at: '2026-01-08T00:00:00.000Z' });
    expect(moves(s, intent.id)).toEqual([['payment', 10_000], ['fee', -320], ['dispute', -10_000]]);
    const again = await resolve(s, id, { outcome: 'won' });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ type: 'urn:payment-sandbox:problem:illegal-transition', title: 'State conflict', status: 409 });
  });

  it('the deadline is also applied lazily on the next API call after the clock moved', async () => {
    const s = await makeSandbox();
    const f = forward(s);
    const { intent } = await f.paid('pm_card_dispute_product_not_received');
    s.platform.deps.clock.advance(8 * DAY * 1000);
    expect((await f.call('GET', '/disputes?status=lost')).body.data.map((d: { id: string }) => d.id)).toEqual([intent.dispute_id]);
  });
});

describe('admin: errors as problem+json, nothing changed', () => {
  type Setup = (s: TestSandbox) => Promise<unknown>;
  const intentIn = (status: 'created' | 'uncaptured' | 'failed' | 'cancelled' | 'pending'): Setup => async (s) => {
    const f = forward(s);
    const intent = (await f.intent({ amount: 1_000, capture: status !== 'uncaptured' && status !== 'cancelled' })).body;
    if (status === 'uncaptured' || status === 'cancelled') await f.pay(intent.id, 'pm_card_visa');
    if (status === 'cancelled') await f.cancel(intent.id);
    if (status === 'failed') await f.pay(intent.id, 'pm_card_declined');
    if (status === 'pending') await f.pay(intent.id, 'pm_bank_account');
    expect((await f.get(intent.id)).body.status).toBe(status);
    return { payment_intent_id: intent.id, reason: 'fraudulent' };
  };
  const rows: { name: string; body: Setup | string; status: number; kind: string; field?: string }[] = [
    { name: 'not JSON', body: '{oops', status: 400, kind: 'invalid-json' },
    { name: 'missing reason', body: async (s) => ({ payment_intent_id: (await captured(s)).id }), status: 400, kind: 'validation', field: 'reason' },
    { name: 'unknown reason', body: async (s) => ({ payment_intent_id: (await captured(s)).id, reason: 'angry' }), status: 400, kind: 'validation', field: 'reason' },
    { name: 'unknown field', body: async (s) => ({ payment_intent_id: (await captured(s)).id, reason: 'general', amount: 5 }), status: 400, kind: 'validation', field: '' },
    { name: 'payment_intent_id not a string', body: async () => ({ payment_intent_id: 7, reason: 'general' }), status: 400, kind: 'validation', field: 'payment_intent_id' },
    { name: 'unknown intent', body: async () => ({ payment_intent_id: 'pi_nope', reason: 'general' }), status: 404, kind: 'not-found' },
    { name: 'intent never paid', body: intentIn('created'), status: 409, kind: 'illegal-transition' },
    { name: 'intent uncaptured', body: intentIn('uncaptured'), status: 409, kind: 'illegal-transition' },
    { name: 'intent declined', body: intentIn('failed'), status: 409, kind: 'illegal-transition' },
    { name: 'intent cancelled', body: intentIn('cancelled'), status: 409, kind: 'illegal-transition' },
    { name: 'bank payment still pending', body: intentIn('pending'), status: 409, kind: 'illegal-transition' },
    {
      name: 'already disputed',
      body: async (s) => ({ payment_intent_id: (await forward(s).paid('pm_card_dispute_fraudulent')).intent.id, reason: 'general' }),
      status: 409,
      kind: 'rejected',
    },
    {
      name: 'fully refunded',
      body: async (s) => {
        const intent = await captured(s);
        await forward(s).refund(intent.id);
        return { payment_intent_id: intent.id, reason: 'general' };
      },
      status: 400,
      kind: 'rejected',
    },
  ];

  it.each(rows)('open: $name → $status $kind', async (row) => {
    const s = await makeSandbox();
    const body = typeof row.body === 'string' ? row.body : await row.body(s);
    const intentId = (body as { payment_intent_id?: unknown }).payment_intent_id;
    const before = typeof intentId === 'string' ? (await forward(s).get(intentId)).body : undefined;
    const [disputes, transactions] = [count(s, 'disputes'), count(s, 'transactions')];
    const res = await openDispute(s, body);
    expect(res.status).toBe(row.status);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(res.body).toMatchObject({ type: `urn:payment-sandbox:problem:${row.kind}`, status: row.status });
    if (row.field !== undefined) expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(row.field);
    expect([count(s, 'disputes'), count(s, 'transactions')]).toEqual([disputes, transactions]);
    if (typeof intentId === 'string') expect((await forward(s).get(intentId)).body).toEqual(before);
  });

  it.each([
    ['unknown dispute', 'dp_nope', { outcome: 'won' }, 404, 'not-found'],
    ['bad outcome', null, { outcome: 'draw' }, 400, 'validation'],
    ['missing outcome', null, {}, 400, 'validation'],
    ['unknown field', null, { outcome: 'won', note: 'x' }, 400, 'validation'],
  ] as const)('resolve: %s → %i %s', async (_name, id, body, status, kind) => {
    const s = await makeSandbox();
    const { intent } = await forward(s).paid('pm_card_dispute_fraudulent');
    const before = db(s).disputes[intent.dispute_id];
    const res = await resolve(s, id ?? intent.dispute_id, body);
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(res.body).toMatchObject({ type: `urn:payment-sandbox:problem:${kind}`, status });
    expect(db(s).disputes[intent.dispute_id]).toEqual(before);
    expect(count(s, 'transactions')).toBe(2 + 1);
  });

  it('resolve twice → 409 illegal-transition and no second reversal', async () => {
    const s = await makeSandbox();
    const intent = await captured(s);
    const opened = (await openDispute(s, { payment_intent_id: intent.id, reason: 'general' })).body;
    expect((await resolve(s, opened.id, { outcome: 'won' })).status).toBe(200);
    const res = await resolve(s, opened.id, { outcome: 'lost' });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ type: 'urn:payment-sandbox:problem:illegal-transition', title: 'State conflict', status: 409 });
    expect(moves(s, intent.id)).toEqual([['payment', 10_000], ['fee', -320], ['dispute', -10_000], ['reversal', 10_000]]);
    expect((await forward(s).call('GET', `/disputes/${opened.id}`)).body.status).toBe('won');
  });
});

describe('admin disputes on external payments', () => {
  it('are refused: their money never entered this ledger', async () => {
    const s = await makeSandbox();
    const f = forward(s);
    const ext = await f.call('POST', '/external_payments', {
      payment_intent: { amount: 1000 },
      payment_method: { payment_method_type: 'card', card: { brand: 'visa', last_four_digits: '4242' } },
      gateway_response: { id: 'ch_1' },
    });
    expect(ext.body.status).toBe('captured');
    const res = await s.json('POST', '/__admin/forward/disputes', { payment_intent_id: ext.body.id, reason: 'fraudulent' });
    expect(res.status).toBe(400);
    expect(res.body.detail).toContain('external');
    expect(Object.keys(storedForward(s).disputes!)).toEqual([]);
  });
});
