/** Forward payouts: the midnight sweep, completion a day later, the account and business lists. */
import { describe, expect, it } from 'vitest';
import { ACCOUNT, DEMO_BUSINESS, DEMO_ONLINE, DEMO_STORE, forward } from '../helpers/forward.js';
import { makeSandbox, type TestSandbox } from '../helpers/sandbox.js';

const OTHER = 'acct_TestAccount0000000000000002';
const HOUR = 3600;
const DAY = 24 * HOUR;
const advance = async (s: TestSandbox, seconds: number) => (await s.json('POST', '/__admin/clock/advance', { seconds })).body;
const idsOf = (body: { data: { id: string }[] }) => body.data.map((x) => x.id);
type Client = ReturnType<typeof forward>;
type Txn = { id: string; amount: number; payout_id: string | null; updated_at: string; settlement_status: string; source_type: string };

const PAYOUT_FIELDS = [
  'id', 'entity', 'status', 'payout_number', 'transaction_count', 'transaction_summary', 'amount', 'net_amount', 'fee_amount', 'batch_fee',
  'reject_fee', 'latest_payment_data', 'payment_data', 'payment_attempt_count', 'payment_reject_count', 'owner_type', 'owner_id', 'business_id',
  'settlement_status', 'settled_at', 'created_at', 'updated_at', 'completed_at', 'returned_at',
];

/** Every transaction of the client's account (all cursor pages), newest first. */
async function allTransactions(f: Client): Promise<Txn[]> {
  const out: Txn[] = [];
  let after: string | undefined;
  for (;;) {
    const page = (await f.call('GET', `/transactions?limit=50${after ? `&starting_after=${after}` : ''}`)).body;
    out.push(...page.data);
    if (!page.meta.has_more) return out;
    after = page.data.at(-1).id;
  }
}

async function allPayouts(f: Client) {
  return (await f.call('GET', '/payouts?limit=50')).body.data as { id: string; net_amount: number; payout_number: number; created_at: string }[];
}

describe('the midnight payout sweep', () => {
  it('sweeps the transactions settled by Jan 2 00:00 into one payout, stamps them, and empties the balances', async () => {
    const s = await makeSandbox();
    const f = forward(s);
    const first = await f.paid('pm_card_visa', { amount: 10_000 });
    await f.paid('pm_card_visa', { amount: 5000 });
    expect((await f.refund(first.intent.id, { amount: 2000 })).status).toBe(200);
    expect((await advance(s, DAY - 1)).transitions.forward).toBe(0);
    expect(await allPayouts(f)).toEqual([]);
    expect((await f.call('GET', '/ledger/balances')).body).toEqual({ currency: 'USD', pending: 12_505, available: 0 });

    const crossing = await advance(s, 1);
    expect(crossing).toMatchObject({ now: '2026-01-02T00:00:00.000Z', transitions: { forward: 5 + 1 } }); // 5 settlements, 1 payout
    const list = (await f.call('GET', '/payouts')).body;
    expect(list.meta).toEqual({ has_more: false, total_count: 1, limit: 10 });
    const [payout] = list.data;
    expect(payout.id).toMatch(/^po_[0-9A-Za-z]{27}$/);
    expect(Object.keys(payout)).toEqual(PAYOUT_FIELDS);
    const midnight = '2026-01-02T00:00:00.000Z';
    expect(payout).toEqual({
      id: payout.id,
      entity: 'payout',
      status: 'created',
      payout_number: 1,
      transaction_count: 5,
      transaction_summary: [
        { source_type: 'fee', count: 2, amount: -495 },
        { source_type: 'payment', count: 2, amount: 15_000 },
        { source_type: 'refund', count: 1, amount: -2000 },
      ],
      amount: 13_000,
      net_amount: 12_505,
      fee_amount: 495,
      batch_fee: 0,
      reject_fee: 0,
      latest_payment_data: null,
      payment_data: [],
      payment_attempt_count: 0,
      payment_reject_count: 0,
      owner_type: 'account',
      owner_id: ACCOUNT,
      business_id: first.intent.business_id,
      settlement_status: 'unsettled',
      settled_at: null,
      created_at: midnight,
      updated_at: midnight,
      completed_at: null,
      returned_at: null,
    });
    expect((await f.call('GET', `/payouts/${payout.id}`)).body).toEqual(payout);
    const txns = await allTransactions(f);
    expect(txns.map((t) => [t.payout_id, t.settlement_status, t.updated_at])).toEqual(Array(5).fill([payout.id, 'settled', midnight]));
    expect((await f.call('GET', '/ledger/balances')).body).toEqual({ currency: 'USD', pending: 0, available: 0 });
  });

  it('completes the payout one day later through its transition table (settled, completed_at)', async () => {
    const s = await makeSandbox();
    const f = forward(s);
    await f.paid();
    await advance(s, DAY);
    const [created] = await allPayouts(f);
    expect((await advance(s, DAY - 1)).transitions.forward).toBe(0);
    expect((await f.call('GET', `/payouts/${created!.id}`)).body.status).toBe('created');
    expect((await advance(s, 1)).transitions.forward).toBe(1);
    const done = (await f.call('GET', `/payouts/${created!.id}`)).body;
    const at = '2026-01-03T00:00:00.000Z';
    expect(done).toEqual({ ...created, status: 'completed', settlement_status: 'settled', settled_at: at, completed_at: at, updated_at: at });
    expect((await advance(s, 10 * DAY)).transitions.forward).toBe(0); // nothing left to sweep or complete
    expect(await allPayouts(f)).toHaveLength(1);
  });

  it('one advance across several midnights makes one payout per day with that day’s transactions; an empty day makes none', async () => {
    const s = await makeSandbox();
    const f = forward(s);
    const a = await f.paid('pm_card_visa', { amount: 1000 }); // Jan 1 00:00 → settles Jan 2 00:00
    await advance(s, 12 * HOUR);
    const b = await f.paid('pm_card_visa', { amount: 2000 }); // Jan 1 12:00 → settles Jan 2 12:00
    await advance(s, 6 * HOUR);
    await f.refund(b.intent.id, { amount: 500 }); // Jan 1 18:00 → settles Jan 2 18:00
    const res = await advance(s, 3 * DAY); // to Jan 4 18:00: midnights Jan 2, 3, 4
    expect(res.transitions.forward).toBe(5 + 2 + 2); // settlements, payouts, completions
    const payouts = (await f.call('GET', '/payouts')).body.data;
    expect(payouts.map((p: { payout_number: number; created_at: string; status: string; net_amount: number }) => [p.payout_number, p.created_at, p.status, p.net_amount])).toEqual([
      [2, '2026-01-03T00:00:00.000Z', 'completed', 2000 - 88 - 500],
      [1, '2026-01-02T00:00:00.000Z', 'completed', 1000 - 59],
    ]);
    const [second, firstPayout] = payouts;
    expect(second.transaction_summary).toEqual([
      { source_type: 'fee', count: 1, amount: -88 },
      { source_type: 'payment', count: 1, amount: 2000 },
      { source_type: 'refund', count: 1, amount: -500 },
    ]);
    expect([second.amount, second.fee_amount, second.transaction_count, second.completed_at]).toEqual([1500, 88, 3, '2026-01-04T00:00:00.000Z']);
    const byPayout = async (id: string) => (await f.call('GET', `/transactions?payout_id=${id}`)).body.data.map((t: Txn) => t.amount);
    expect(await byPayout(firstPayout.id)).toEqual([-59, 1000]);
    expect(await byPayout(second.id)).toEqual([-500, -88, 2000]);
    expect(a.payment.amount_captured).toBe(1000);
  });

  it('a transaction still unsettled at a midnight waits for the next one; no due transactions, no payout', async () => {
    const s = await makeSandbox();
    const f = forward(s);
    await advance(s, 12 * HOUR);
    await f.paid('pm_card_visa', { amount: 2500 }); // Jan 1 12:00 → settles Jan 2 12:00
    expect((await advance(s, 12 * HOUR)).transitions.forward).toBe(0); // Jan 2 00:00: nothing settled yet
    expect(await allPayouts(f)).toEqual([]);
    expect((await forward(s, { account: OTHER }).call('GET', '/payouts')).body.meta.total_count).toBe(0);
    expect((await advance(s, DAY)).transitions.forward).toBe(2 + 1);
    const [payout] = (await f.call('GET', '/payouts')).body.data;
    expect([payout.payout_number, payout.created_at, payout.transaction_count, payout.net_amount]).toEqual([1, '2026-01-03T00:00:00.000Z', 2, 2500 - 103]);
  });

  it('sweeps lazily on the next request when the clock moved without an advance, and a reload reschedules open payouts', async () => {
    const s = await makeSandbox();
    const f = forward(s);
    await f.paid();
    s.platform.deps.clock.set(Date.parse('2026-01-02T06:00:00Z'));
    const [payout] = await allPayouts(f);
    expect(payout).toMatchObject({ status: 'created', created_at: '2026-01-02T00:00:00.000Z', net_amount: 9680 });
    expect((await s.json('PUT', '/__admin/clock', { now: '2026-01-02T06:00:00Z' })).body.transitions.forward).toBe(0); // persists the clock
    const state = (await s.json('GET', '/__admin/state')).body;
    const imported = await s.json('PUT', '/__admin/state', state);
    expect(imported.body).toMatchObject({ imported: true, clock: { now: '2026-01-02T06:00:00.000Z' } });
    expect((await advance(s, 18 * HOUR)).transitions.forward).toBe(1);
    expect((await f.call('GET', `/payouts/${payout!.id}`)).body).toMatchObject({ status: 'completed', completed_at: '2026-01-03T00:00:00.000Z' });
  });

  it('keeps sum(transactions) = pending + available + sum(payout net) per account through a mixed sequence', async () => {
    const s = await makeSandbox();
    const accounts = [forward(s), forward(s, { account: OTHER })];
    const check = async () => {
      for (const f of accounts) {
        const total = (await allTransactions(f)).reduce((sum, t) => sum + t.amount, 0);
        const { pending, available } = (await f.call('GET', '/ledger/balances')).body;
        const paidOut = (await allPayouts(f)).reduce((sum, p) => sum + p.net_amount, 0);
        expect(total).toBe(pending + available + paidOut);
      }
    };
    const [f, g] = accounts as [Client, Client];
    const p1 = await f.paid('pm_card_visa', { amount: 12_345 });
    await g.paid('pm_card_visa', { amount: 999 });
    await advance(s, 7 * HOUR);
    const auth = (await f.intent({ amount: 8000, capture: false })).body;
    await f.pay(auth.id, 'pm_card_visa');
    await f.capture(auth.id, { amount: 6000 });
    await f.paid('pm_card_dispute_fraudulent', { amount: 4000 });
    await f.refund(p1.intent.id, { amount: 3000 });
    await check();
    await advance(s, 20 * HOUR);
    await f.refund(p1.intent.id, { amount: 1000 });
    await g.paid('pm_card_visa', { amount: 50_000 });
    await check();
    await advance(s, 30 * HOUR);
    await f.paid('pm_card_visa', { amount: 777 });
    await check();
    await advance(s, 9 * DAY);
    await check();
    const payouts = await allPayouts(f);
    expect(payouts.map((p) => p.payout_number)).toEqual([4, 3, 2, 1]);
    expect((await f.call('GET', '/ledger/balances')).body).toEqual({ currency: 'USD', pending: 0, available: 0 });
    const txns = await allTransactions(f);
    expect(txns.map((t) => t.source_type).sort()).toEqual(['dispute', 'fee', 'fee', 'fee', 'fee', 'payment', 'payment', 'payment', 'payment', 'refund', 'refund']);
    expect(txns.every((t) => t.payout_id !== null)).toBe(true);
  });
});

describe('GET /payouts and /payouts/{id}', () => {
  it('pages the account’s payouts newest first; 404 for unknown or another account’s', async () => {
    const s = await makeSandbox();
    const f = forward(s);
    for (let day = 0; day < 3; day++) {
      await f.paid('pm_card_visa', { amount: 1000 * (day + 1) });
      await advance(s, DAY);
    }
    const all = await allPayouts(f);
    expect(all.map((p) => p.payout_number)).toEqual([3, 2, 1]);
    const ids = all.map((p) => p.id);
    const p1 = (await f.call('GET', '/payouts?limit=2')).body;
    expect(idsOf(p1)).toEqual(ids.slice(0, 2));
    expect(p1.meta).toEqual({ has_more: true, total_count: 3, limit: 2 });
    expect(idsOf((await f.call('GET', `/payouts?limit=2&starting_after=${ids[1]}`)).body)).toEqual([ids[2]]);
    const back = (await f.call('GET', `/payouts?limit=1&ending_before=${ids[2]}`)).body;
    expect(idsOf(back)).toEqual([ids[1]]);
    expect(back.meta.has_more).toBe(true);
    expect((await f.call('GET', '/payouts?limit=51')).status).toBe(400);
    const other = await forward(s, { account: OTHER }).call('GET', `/payouts/${ids[0]}`);
    expect(other.status).toBe(404);
    expect(other.body).toEqual({ type: 'not_found_error', code: 'NOT_FOUND', message: `No payout ${ids[0]} in this account` });
    expect((await forward(s, { account: OTHER }).call('GET', '/payouts')).body).toEqual({ data: [], meta: { has_more: false, total_count: 0, limit: 10 } });
    expect((await forward(s, { apiKey: null }).call('GET', `/payouts/${ids[0]}`)).status).toBe(401);
    expect((await forward(s, { account: null }).call('GET', `/payouts/${ids[0]}`)).body.argument_errors).toEqual({ 'x-account-id': 'is required' });
  });
});

describe('GET /payouts/business', () => {
  async function demo() {
    const s = await makeSandbox();
    const store = forward(s, { account: DEMO_STORE });
    const online = forward(s, { account: DEMO_ONLINE });
    await store.paid('pm_card_visa', { amount: 10_000 });
    await online.paid('pm_card_visa', { amount: 5000 });
    await advance(s, 12 * HOUR);
    await online.paid('pm_card_visa', { amount: 3000 });
    await advance(s, 2 * DAY);
    const business = forward(s, { account: null, headers: { 'x-business-id': DEMO_BUSINESS } });
    return { s, store, online, business };
  }

  it('lists the payouts of every account of the business, newest first', async () => {
    const { store, online, business } = await demo();
    const [s1] = await allPayouts(store);
    const [o2, o1] = await allPayouts(online);
    const res = await business.call('GET', '/payouts/business');
    expect(res.status).toBe(200);
    expect(idsOf(res.body)).toEqual([o2!.id, o1!.id, s1!.id]);
    expect(res.body.meta).toEqual({ has_more: false, total_count: 3, limit: 10 });
    expect(res.body.data.map((p: { owner_id: string; business_id: string; net_amount: number }) => [p.owner_id, p.business_id, p.net_amount])).toEqual([
      [DEMO_ONLINE, DEMO_BUSINESS, 3000 - 117],
      [DEMO_ONLINE, DEMO_BUSINESS, 5000 - 175],
      [DEMO_STORE, DEMO_BUSINESS, 10_000 - 320],
    ]);
    const page = (await business.call('GET', `/payouts/business?limit=1&starting_after=${o2!.id}`)).body;
    expect(idsOf(page)).toEqual([o1!.id]);
    expect(page.meta).toEqual({ has_more: true, total_count: 3, limit: 1 });
    expect(idsOf((await business.call('GET', `/payouts/business?ending_before=${s1!.id}`)).body)).toEqual([o2!.id, o1!.id]);
    // x-account-id is not what scopes this list.
    expect(idsOf((await business.call('GET', '/payouts/business', undefined, { 'x-account-id': DEMO_STORE })).body)).toEqual([o2!.id, o1!.id, s1!.id]);
  });

  it('400 without x-business-id, 404 for an unknown business, 401 without x-api-key', async () => {
    const { s } = await demo();
    const missing = await forward(s, { account: DEMO_STORE }).call('GET', '/payouts/business');
    expect(missing.status).toBe(400);
    expect(missing.body).toMatchObject({ code: 'WRONG_ARGUMENTS', argument_errors: { 'x-business-id': 'is required' } });
    const unknown = await forward(s, { account: null, headers: { 'x-business-id': 'bus_unknown' } }).call('GET', '/payouts/business');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ code: 'NOT_FOUND', message: 'No business bus_unknown in this account' });
    expect((await forward(s, { account: null, apiKey: null, headers: { 'x-business-id': DEMO_BUSINESS } }).call('GET', '/payouts/business')).status).toBe(401);
    const empty = await forward(s, { account: null, headers: { 'x-business-id': DEMO_BUSINESS } }).call('GET', '/payouts/business?limit=0');
    expect(empty.body.argument_errors).toEqual({ limit: 'must be at least 1' });
  });
});
