/** Cursor lists (both directions) and the payment intent search. */
import { describe, expect, it } from 'vitest';
import { forward, DEMO_BUSINESS, DEMO_ONLINE, DEMO_STORE } from '../helpers/forward.js';
import { makeSandbox } from '../helpers/sandbox.js';

async function withIntents(n: number) {
  const s = await makeSandbox();
  const f = forward(s);
  const ids: string[] = [];
  for (let i = 0; i < n; i++) ids.push((await f.intent({ amount: 100 + i, reference_id: `order-${i}` })).body.id);
  return { s, f, ids, newest: [...ids].reverse() };
}

const idsOf = (body: { data: { id: string }[] }) => body.data.map((x) => x.id);

describe('Forward cursor lists', () => {
  it('newest first, default limit 10, starting_after walks older pages', async () => {
    const { f, newest } = await withIntents(25);
    const p1 = (await f.call('GET', '/payment_intents')).body;
    expect(idsOf(p1)).toEqual(newest.slice(0, 10));
    expect(p1.meta).toEqual({ has_more: true, total_count: 25, limit: 10 });
    const p2 = (await f.call('GET', `/payment_intents?starting_after=${newest[9]}`)).body;
    expect(idsOf(p2)).toEqual(newest.slice(10, 20));
    const p3 = (await f.call('GET', `/payment_intents?starting_after=${newest[19]}&limit=10`)).body;
    expect(idsOf(p3)).toEqual(newest.slice(20));
    expect(p3.meta).toEqual({ has_more: false, total_count: 25, limit: 10 });
  });

  it('ending_before returns the page just newer than its cursor, still newest first', async () => {
    const { f, newest } = await withIntents(25);
    const back = (await f.call('GET', `/payment_intents?ending_before=${newest[20]}&limit=5`)).body;
    expect(idsOf(back)).toEqual(newest.slice(15, 20));
    expect(back.meta.has_more).toBe(true);
    const top = (await f.call('GET', `/payment_intents?ending_before=${newest[3]}&limit=5`)).body;
    expect(idsOf(top)).toEqual(newest.slice(0, 3));
    expect(top.meta.has_more).toBe(false);
  });

  it.each([
    ['limit=0', { limit: 'must be at least 1' }],
    ['limit=51', { limit: 'must be at most 50' }],
    ['limit=ten', { limit: 'must be a number' }],
    ['starting_after=pi_unknown', { starting_after: 'pi_unknown is not an object in this list' }],
    ['ending_before=pi_unknown', { ending_before: 'pi_unknown is not an object in this list' }],
  ])('?%s → 400 WRONG_ARGUMENTS', async (query, argumentErrors) => {
    const { f } = await withIntents(2);
    const res = await f.call('GET', `/payment_intents?${query}`);
    expect(res.status).toBe(400);
    expect(res.body.argument_errors).toEqual(argumentErrors);
  });

  it('both cursors at once is 400', async () => {
    const { f, ids } = await withIntents(2);
    const res = await f.call('GET', `/payment_intents?starting_after=${ids[0]}&ending_before=${ids[1]}`);
    expect(res.body.argument_errors).toEqual({ ending_before: 'cannot be combined with starting_after' });
  });

  it('x-business-id (without x-account-id) lists every account of the business', async () => {
    const s = await makeSandbox();
    const store = forward(s, { account: DEMO_STORE });
    const online = forward(s, { account: DEMO_ONLINE });
    const a = (await store.intent({ amount: 1 })).body.id;
    await s.json('POST', '/__admin/clock/advance', { seconds: 1 });
    const b = (await online.intent({ amount: 2 })).body.id;
    const business = forward(s, { account: null, headers: { 'x-business-id': DEMO_BUSINESS } });
    expect(idsOf((await business.call('GET', '/payment_intents')).body)).toEqual([b, a]);
    expect((await forward(s, { account: null, headers: { 'x-business-id': 'bus_unknown' } }).call('GET', '/payment_intents')).status).toBe(404);
    expect((await forward(s, { account: null }).call('GET', '/payment_intents')).body.argument_errors).toEqual({
      'x-account-id': 'is required (or x-business-id for every account of a business)',
    });
  });
});

describe('Forward payment intent search', () => {
  it('pages with {data, meta: {page, size, total_count}}, sorted by the column asked', async () => {
    const { f, ids } = await withIntents(12);
    const res = await f.call('POST', '/payment_intents/search', { sort_column: 'amount', sort_direction: 'asc', limit: 5, page: 2 });
    expect(res.status).toBe(200);
    expect(idsOf(res.body)).toEqual(ids.slice(5, 10));
    expect(res.body.meta).toEqual({ page: 2, size: 5, total_count: 12 });
    const desc = await f.call('POST', '/payment_intents/search', {});
    expect(idsOf(desc.body)).toEqual([...ids].reverse().slice(0, 10));
  });

  it('filters by reference, status, payment status, refund, amount range and dates', async () => {
    const s = await makeSandbox();
    const f = forward(s);
    const captured = await f.paid('pm_card_visa', { amount: 5000, reference_id: 'A' });
    const failed = await f.paid('pm_card_declined', { amount: 700, reference_id: 'B' });
    await f.refund(captured.intent.id, { amount: 100 });
    const created = (await f.intent({ amount: 300 })).body;
    const search = async (body: object) => idsOf((await f.call('POST', '/payment_intents/search', body)).body);
    expect(await search({ reference_id: 'B' })).toEqual([failed.intent.id]);
    expect(await search({ status: 'captured' })).toEqual([captured.intent.id]);
    expect(await search({ payment_status: 'failed' })).toEqual([failed.intent.id]);
    expect(await search({ has_refund: true })).toEqual([captured.intent.id]);
    expect(await search({ has_refund: false, sort_column: 'amount' })).toEqual([failed.intent.id, created.id]);
    expect(await search({ amount_min: 500, amount_max: 1000 })).toEqual([failed.intent.id]);
    expect(await search({ start_date: '2026-01-02T00:00:00Z' })).toEqual([]);
    const bad = await f.call('POST', '/payment_intents/search', { status: 'done', limit: 80, page: 0 });
    expect(bad.body.argument_errors).toEqual({
      status: 'must be one of created, pending, uncaptured, captured, cancelled, failed',
      limit: 'must be at most 50',
      page: 'must be at least 1',
    });
  });
});
