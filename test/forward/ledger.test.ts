/** Forward ledger: balances, transactions (cursor list, fetch, search, CSV download). */
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/providers/forward/ledger/csv.js';
import { ACCOUNT, forward } from '../helpers/forward.js';
import { makeSandbox, type TestSandbox } from '../helpers/sandbox.js';

const OTHER = 'acct_TestAccount0000000000000002';
const HOUR = 3600;
const DAY = 24 * HOUR;
const advance = (s: TestSandbox, seconds: number) => s.json('POST', '/__admin/clock/advance', { seconds });
const idsOf = (body: { data: { id: string }[] }) => body.data.map((x) => x.id);

const HEADER = 'id,entity,created_at,updated_at,ledger_account_id,payout_id,bank_transfer_id,source_type,source_id,source_account_id,amount,settlement_id,settlement_status,settled_at,description';

/** `n` paid intents one minute apart, amounts 1,000, 2,000…; returns every transaction oldest first. */
async function withPayments(n: number) {
  const s = await makeSandbox();
  const f = forward(s);
  const payments: { intent: string; payment: string; amount: number }[] = [];
  for (let i = 0; i < n; i++) {
    if (i > 0) await advance(s, 60);
    const amount = 1000 * (i + 1);
    const paid = await f.paid('pm_card_visa', { amount });
    payments.push({ intent: paid.intent.id, payment: paid.payment.id, amount });
  }
  const all = (await f.call('GET', '/transactions?limit=50')).body;
  return { s, f, payments, newest: idsOf(all), all: all.data };
}

describe('GET /ledger/balances', () => {
  it('a captured 10,000-cent card payment is pending net of its 320 fee, available a day later, and a refund debits pending', async () => {
    const s = await makeSandbox();
    const f = forward(s);
    await advance(s, 12 * HOUR); // mid-day: the payout sweep at the next midnight comes after settlement
    const { intent } = await f.paid();
    expect((await f.call('GET', '/ledger/balances')).body).toEqual({ currency: 'USD', pending: 9680, available: 0 });
    await advance(s, DAY - 1);
    expect((await f.call('GET', '/ledger/balances')).body).toEqual({ currency: 'USD', pending: 9680, available: 0 });
    await advance(s, 1);
    expect((await f.call('GET', '/ledger/balances')).body).toEqual({ currency: 'USD', pending: 0, available: 9680 });
    expect((await f.refund(intent.id, { amount: 4000 })).status).toBe(200);
    expect((await f.call('GET', '/ledger/balances')).body).toEqual({ currency: 'USD', pending: -4000, available: 9680 });
    await advance(s, DAY);
    // The Jan 3 midnight paid the 9,680 out (the refund settled only at Jan 3 12:00).
    expect((await f.call('GET', '/ledger/balances')).body).toEqual({ currency: 'USD', pending: 0, available: -4000 });
  });

  it('is per account: another account sees zero', async () => {
    const s = await makeSandbox();
    await forward(s).paid();
    expect((await forward(s, { account: OTHER }).call('GET', '/ledger/balances')).body).toEqual({ currency: 'USD', pending: 0, available: 0 });
  });

  it('401 without x-api-key, 400 WRONG_ARGUMENTS without x-account-id', async () => {
    const s = await makeSandbox();
    for (const path of ['/ledger/balances', '/transactions', '/payouts']) {
      const noKey = await forward(s, { apiKey: null }).call('GET', path);
      expect(noKey.status).toBe(401);
      expect(noKey.body.type).toBe('authentication_error');
      const noAccount = await forward(s, { account: null }).call('GET', path);
      expect(noAccount.status).toBe(400);
      expect(noAccount.body).toMatchObject({ code: 'WRONG_ARGUMENTS', argument_errors: { 'x-account-id': 'is required' } });
    }
    expect((await forward(s, { account: null }).call('POST', '/transactions/search', {})).status).toBe(400);
    expect((await forward(s, { apiKey: null }).call('POST', '/transactions/download', {})).status).toBe(401);
  });
});

describe('GET /transactions and /transactions/{id}', () => {
  it('lists newest first in the seed field order, without the stored-only fields', async () => {
    const s = await makeSandbox();
    const f = forward(s);
    const { intent, payment } = await f.paid();
    const list = (await f.call('GET', '/transactions')).body;
    expect(list.meta).toEqual({ has_more: false, total_count: 2, limit: 10 });
    const [fee, pay] = list.data;
    const common = {
      entity: 'transaction',
      created_at: '2026-01-01T00:00:00.000Z',
      updated_at: '2026-01-01T00:00:00.000Z',
      ledger_account_id: ACCOUNT,
      payout_id: null,
      bank_transfer_id: null,
      source_id: payment.id,
      source_account_id: ACCOUNT,
      settlement_id: null,
      settlement_status: 'unsettled',
      settled_at: null,
    };
    expect(fee).toEqual({ ...common, id: fee.id, source_type: 'fee', amount: -320, description: `Processing fee for ${payment.id} (card)` });
    expect(pay).toEqual({ ...common, id: pay.id, source_type: 'payment', amount: 10000, description: `Payment ${payment.id} for ${intent.id}` });
    expect(Object.keys(pay)).toEqual(HEADER.split(','));
    expect(pay.id).toMatch(/^txn_[0-9A-Za-z]{27}$/);
    const one = await f.call('GET', `/transactions/${pay.id}`);
    expect(one.status).toBe(200);
    expect(one.body).toEqual(pay);
  });

  it('404 for an unknown transaction and for another account’s', async () => {
    const s = await makeSandbox();
    const f = forward(s);
    await f.paid();
    const [txn] = idsOf((await f.call('GET', '/transactions')).body);
    const other = await forward(s, { account: OTHER }).call('GET', `/transactions/${txn}`);
    expect(other.status).toBe(404);
    expect(other.body).toEqual({ type: 'not_found_error', code: 'NOT_FOUND', message: `No transaction ${txn} in this account` });
    expect((await f.call('GET', '/transactions/txn_unknown')).status).toBe(404);
    expect((await forward(s, { account: OTHER }).call('GET', '/transactions')).body).toEqual({ data: [], meta: { has_more: false, total_count: 0, limit: 10 } });
  });

  it('pages both ways: starting_after walks older, ending_before returns the page just newer (still newest first)', async () => {
    const { f, newest, payments } = await withPayments(6);
    expect(newest).toHaveLength(12);
    const amounts = (await f.call('GET', '/transactions?limit=50')).body.data.map((t: { amount: number }) => t.amount);
    expect(amounts).toEqual([-204, 6000, -175, 5000, -146, 4000, -117, 3000, -88, 2000, -59, 1000]);
    const p1 = (await f.call('GET', '/transactions?limit=5')).body;
    expect(idsOf(p1)).toEqual(newest.slice(0, 5));
    expect(p1.meta).toEqual({ has_more: true, total_count: 12, limit: 5 });
    const p2 = (await f.call('GET', `/transactions?limit=5&starting_after=${newest[4]}`)).body;
    expect(idsOf(p2)).toEqual(newest.slice(5, 10));
    expect(p2.meta.has_more).toBe(true);
    const p3 = (await f.call('GET', `/transactions?limit=5&starting_after=${newest[9]}`)).body;
    expect(idsOf(p3)).toEqual(newest.slice(10));
    expect(p3.meta).toEqual({ has_more: false, total_count: 12, limit: 5 });
    const back = (await f.call('GET', `/transactions?limit=5&ending_before=${newest[10]}`)).body;
    expect(idsOf(back)).toEqual(newest.slice(5, 10));
    expect(back.meta.has_more).toBe(true);
    const top = (await f.call('GET', `/transactions?limit=5&ending_before=${newest[3]}`)).body;
    expect(idsOf(top)).toEqual(newest.slice(0, 3));
    expect(top.meta.has_more).toBe(false);
    expect(payments[5]!.amount).toBe(6000);
  });

  it.each([
    ['limit=0', { limit: 'must be at least 1' }],
    ['limit=51', { limit: 'must be at most 50' }],
    ['starting_after=txn_unknown', { starting_after: 'txn_unknown is not an object in this list' }],
  ])('400 WRONG_ARGUMENTS for %s', async (query, argument_errors) => {
    const s = await makeSandbox();
    const f = forward(s);
    await f.paid();
    const res = await f.call('GET', `/transactions?${query}`);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ type: 'invalid_request_error', code: 'WRONG_ARGUMENTS', argument_errors });
  });

  it('payout_id filters to one payout’s transactions', async () => {
    const s = await makeSandbox();
    const f = forward(s);
    await f.paid();
    await advance(s, DAY + HOUR);
    await f.paid('pm_card_visa', { amount: 5000 });
    const [payout] = (await f.call('GET', '/payouts')).body.data;
    const all = (await f.call('GET', '/transactions')).body.data;
    expect(all.map((t: { payout_id: string | null }) => t.payout_id)).toEqual([null, null, payout.id, payout.id]);
    const of = (await f.call('GET', `/transactions?payout_id=${payout.id}`)).body;
    expect(idsOf(of)).toEqual(idsOf({ data: all.slice(2) }));
    expect(of.meta).toEqual({ has_more: false, total_count: 2, limit: 10 });
    const paged = (await f.call('GET', `/transactions?payout_id=${payout.id}&limit=1&starting_after=${all[2].id}`)).body;
    expect(idsOf(paged)).toEqual([all[3].id]);
    expect((await f.call('GET', '/transactions?payout_id=po_unknown')).body).toEqual({ data: [], meta: { has_more: false, total_count: 0, limit: 10 } });
  });
});

describe('POST /transactions/search', () => {
  async function mixed() {
    const { s, f, payments, newest, all } = await withPayments(3); // 1,000 / 2,000 / 3,000 at 00:00, 00:01, 00:02
    await advance(s, 12 * HOUR);
    const refund = await f.refund(payments[2]!.intent, { amount: 500 }); // 12:02
    expect(refund.status).toBe(200);
    return { s, f, payments, newest, all };
  }
  const search = (f: ReturnType<typeof forward>, body: Record<string, unknown>) => f.call('POST', '/transactions/search', body);
  const amountsOf = (body: { data: { amount: number }[] }) => body.data.map((t) => t.amount);

  it('defaults: updated_at desc, limit 10, page 1 (ties newest first)', async () => {
    const { f } = await mixed();
    const res = await search(f, {});
    expect(res.status).toBe(200);
    expect(amountsOf(res.body)).toEqual([-500, -117, 3000, -88, 2000, -59, 1000]);
    expect(res.body.meta).toEqual({ page: 1, size: 10, total_count: 7 });
  });

  it('filters by source type, settlement status, amount range and created_at range', async () => {
    const { s, f } = await mixed();
    expect(amountsOf((await search(f, { source_type: 'fee' })).body)).toEqual([-117, -88, -59]);
    expect(amountsOf((await search(f, { source_type: 'refund' })).body)).toEqual([-500]);
    expect((await search(f, { source_type: 'dispute' })).body).toEqual({ data: [], meta: { page: 1, size: 10, total_count: 0 } });
    expect(amountsOf((await search(f, { amount_min: 1000, amount_max: 2000 })).body)).toEqual([2000, 1000]);
    expect(amountsOf((await search(f, { amount_max: -100 })).body)).toEqual([-500, -117]);
    expect(amountsOf((await search(f, { start_date: '2026-01-01T00:01:00Z', end_date: '2026-01-01T00:02:00.000Z' })).body)).toEqual([-117, 3000, -88, 2000]);
    expect(amountsOf((await search(f, { start_date: '2026-01-01T06:00:00+02:00' })).body)).toEqual([-500]);
    await advance(s, 12 * HOUR - 90); // Jan 2 00:00:30: only the first payment's transactions settled (and were paid out)
    expect(amountsOf((await search(f, { settlement_status: 'settled' })).body)).toEqual([-59, 1000]);
    expect(amountsOf((await search(f, { settlement_status: 'unsettled' })).body)).toEqual([-500, -117, 3000, -88, 2000]);
  });

  it('sorts by amount or created_at either way and pages with meta page/size/total_count', async () => {
    const { f } = await mixed();
    expect(amountsOf((await search(f, { sort_column: 'amount', sort_direction: 'asc' })).body)).toEqual([-500, -117, -88, -59, 1000, 2000, 3000]);
    expect(amountsOf((await search(f, { sort_column: 'amount' })).body)).toEqual([3000, 2000, 1000, -59, -88, -117, -500]);
    expect(amountsOf((await search(f, { sort_column: 'created_at', sort_direction: 'asc' })).body)).toEqual([-59, 1000, -88, 2000, -117, 3000, -500]);
    const page2 = await search(f, { sort_column: 'amount', sort_direction: 'asc', limit: 3, page: 2 });
    expect(amountsOf(page2.body)).toEqual([-59, 1000, 2000]);
    expect(page2.body.meta).toEqual({ page: 2, size: 3, total_count: 7 });
    const past = await search(f, { limit: 3, page: 4 });
    expect(past.body).toEqual({ data: [], meta: { page: 4, size: 3, total_count: 7 } });
  });

  it.each([
    [{ limit: 51 }, { limit: 'must be at most 50' }],
    [{ limit: 0 }, { limit: 'must be at least 1' }],
    [{ page: 0 }, { page: 'must be at least 1' }],
    [{ nope: true }, { nope: 'should not exist' }],
  ])('400 WRONG_ARGUMENTS for %j', async (body, argument_errors) => {
    const s = await makeSandbox();
    const res = await forward(s).call('POST', '/transactions/search', body);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'WRONG_ARGUMENTS', argument_errors });
  });

  it.each([{ source_type: 'bogus' }, { settlement_status: 'paid' }, { sort_column: 'status' }, { sort_direction: 'up' }, { start_date: 'yesterday' }, { amount_min: 1.5 }])(
    '400 WRONG_ARGUMENTS names the field for %j',
    async (body) => {
      const s = await makeSandbox();
      const res = await forward(s).call('POST', '/transactions/search', body);
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.argument_errors)).toEqual(Object.keys(body));
    },
  );
});

describe('POST /transactions/download', () => {
  it('answers text/csv: the header row then one RFC 4180 row per transaction, filtered and sorted like a search', async () => {
    const { s, payments, all } = await withPayments(2);
    const headers = { 'x-api-key': 'sk_sandbox_test', 'x-account-id': ACCOUNT };
    const res = await s.call('POST', '/transactions/download', { source_type: 'payment', sort_column: 'amount', sort_direction: 'asc' }, headers);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const [p1, p2] = payments;
    const byAmount = (amount: number) => all.find((t: { amount: number }) => t.amount === amount).id;
    const row = (amount: number, at: string, p: typeof p1) =>
      `${byAmount(amount)},transaction,${at},${at},${ACCOUNT},,,payment,${p!.payment},${ACCOUNT},${amount},,unsettled,,Payment ${p!.payment} for ${p!.intent}`;
    expect(await res.text()).toBe(`${HEADER}\r\n${row(1000, '2026-01-01T00:00:00.000Z', p1)}\r\n${row(2000, '2026-01-01T00:01:00.000Z', p2)}\r\n`);
  });

  it('without a body gives every transaction, updated_at desc; an empty match is the header alone; not idempotent', async () => {
    const { s, newest } = await withPayments(2);
    const headers = { 'x-api-key': 'sk_sandbox_test', 'x-account-id': ACCOUNT };
    const res = await s.call('POST', '/transactions/download', undefined, headers);
    expect(res.status).toBe(200);
    const lines = (await res.text()).split('\r\n');
    expect(lines[0]).toBe(HEADER);
    expect(lines.slice(1, -1).map((l) => l.split(',')[0])).toEqual(newest);
    expect(lines.at(-1)).toBe('');
    const keyed = { ...headers, 'x-idempotency-key': 'download-key-1' };
    const none = await s.call('POST', '/transactions/download', { source_type: 'payout' }, keyed);
    expect(await none.text()).toBe(`${HEADER}\r\n`);
    // The same key with another body is neither replayed nor refused: the key is not read here.
    const again = await s.call('POST', '/transactions/download', { source_type: 'fee' }, keyed);
    expect(again.status).toBe(200);
    expect(again.headers.get('x-idempotent-replayed')).toBeNull();
    expect((await again.text()).split('\r\n')).toHaveLength(4);
    const bad = await s.json('POST', '/transactions/download', { limit: 5 }, headers);
    expect(bad.status).toBe(400);
    expect(bad.body.argument_errors).toEqual({ limit: 'should not exist' });
  });

  it('quotes fields holding a comma, a quote or a line break (RFC 4180) and leaves null empty', () => {
    const rows = [
      { a: 'plain', b: 1, c: null },
      { a: 'with, comma', b: -2, c: 'say "hi"' },
      { a: 'two\nlines', b: 0, c: 'cr\rhere' },
    ];
    expect(toCsv(['a', 'b', 'c'], rows)).toBe('a,b,c\r\nplain,1,\r\n"with, comma",-2,"say ""hi"""\r\n"two\nlines",0,"cr\rhere"\r\n');
  });
});
