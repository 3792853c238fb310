import { describe, expect, it } from 'vitest';
import { enterpriseIdFor } from '../../src/providers/mews/auth.js';
import { GetAllResult, PaymentRequestsResult } from '../../src/providers/mews/payment-requests/payment-requests.schemas.js';
import { ACCOUNT, EMPTY_TOKEN, mews, newRequest } from '../helpers/mews.js';
import { makeSandbox, T0 } from '../helpers/sandbox.js';

type PR = { Id: string; State: string; UpdatedUtc: string; CreatedUtc: string };
const idsOf = (res: { body: { PaymentRequests: PR[] } }) => res.body.PaymentRequests.map((p) => p.Id);
const RES = '0f515589-99b4-423d-b83a-b237009f0509';
const ACCOUNT_2 = '11111111-2222-4333-8444-555555555555';

describe('add', () => {
  it('creates Pending requests with the full Amount, CustomerId = AccountId and both times = now', async () => {
    const s = await makeSandbox();
    const res = await mews(s).add(newRequest({ Notes: 'Internal notes.', ReservationId: RES.toUpperCase() }), newRequest({ Amount: { Currency: 'USD', Value: 99.99 } }));
    expect(res.status).toBe(200);
    expect(PaymentRequestsResult.parse(res.body)).toEqual(res.body);
    const [first, second] = res.body.PaymentRequests;
    expect(first).toEqual({
      Id: first.Id,
      EnterpriseId: enterpriseIdFor(EMPTY_TOKEN),
      AccountId: ACCOUNT,
      CustomerId: ACCOUNT,
      ReservationGroupId: null,
      ReservationId: RES,
      State: 'Pending',
      Amount: { Currency: 'EUR', NetValue: 10.4, GrossValue: 10.4, TaxValues: [], Breakdown: { Items: [{ TaxRateCode: null, NetValue: 10.4, TaxValue: 0 }] } },
      Type: 'Payment',
      Reason: 'PaymentCardMissing',
      ExpirationUtc: '2026-02-20T12:00:00Z',
      Description: 'Payment required',
      Notes: 'Internal notes.',
      CreatedUtc: T0,
      UpdatedUtc: T0,
    });
    expect(first.Id).toMatch(/^[0-9a-f-]{36}$/);
    expect(second.Amount.GrossValue).toBe(99.99);
    expect(second.Notes).toBeNull();
    expect(second.ReservationId).toBeNull();
    expect(first.Id).not.toBe(second.Id);
  });

  it('normalises an ExpirationUtc with an offset to UTC', async () => {
    const s = await makeSandbox();
    const res = await mews(s).add(newRequest({ ExpirationUtc: '2026-02-20T13:00:00+01:00' }));
    expect(res.body.PaymentRequests[0].ExpirationUtc).toBe('2026-02-20T12:00:00Z');
  });
});

describe('getAll', () => {
  async function populated() {
    const s = await makeSandbox();
    const client = mews(s);
    const clock = s.platform.deps.clock;
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const patch = i % 2 ? { AccountId: ACCOUNT_2 } : { ReservationId: RES };
      ids.push((await client.add(newRequest(patch))).body.PaymentRequests[0].Id);
      clock.advance(60_000);
    }
    await client.cancel(ids[1]!);
    return { s, client, ids };
  }

  it('returns newest first with Cursor = the last Id', async () => {
    const { client, ids } = await populated();
    const res = await client.getAll();
    expect(GetAllResult.parse(res.body)).toEqual(res.body);
    expect(idsOf(res)).toEqual([...ids].reverse());
    expect(res.body.Cursor).toBe(ids[0]);
  });

  it.each([
    ['AccountIds', () => ({ AccountIds: [ACCOUNT_2] }), [3, 1]],
    ['ReservationIds', () => ({ ReservationIds: [RES] }), [4, 2, 0]],
    ['States', () => ({ States: ['Canceled'] }), [1]],
    ['States (several)', () => ({ States: ['Pending', 'Expired'] }), [4, 3, 2, 0]],
    ['PaymentRequestIds', (ids: string[]) => ({ PaymentRequestIds: [ids[0], ids[3]!.toUpperCase()] }), [3, 0]],
    ['UpdatedUtc (half-open)', () => ({ UpdatedUtc: { StartUtc: '2026-01-01T00:02:00Z', EndUtc: '2026-01-01T00:04:00Z' } }), [3, 2]],
    ['UpdatedUtc moved by cancel', () => ({ UpdatedUtc: { StartUtc: '2026-01-01T00:05:00Z', EndUtc: '2026-01-02T00:00:00Z' } }), [1]],
    ['EnterpriseIds (own)', () => ({ EnterpriseIds: [enterpriseIdFor(EMPTY_TOKEN)] }), [4, 3, 2, 1, 0]],
    ['EnterpriseIds (other)', () => ({ EnterpriseIds: ['3fa85f64-5717-4562-b3fc-2c963f66afa6'] }), []],
    ['combined', () => ({ AccountIds: [ACCOUNT], States: ['Pending'] }), [4, 2, 0]],
  ] as const)('filters by %s', async (_name, filter, expected) => {
    const { client, ids } = await populated();
    const res = await client.getAll(filter(ids));
    expect(idsOf(res)).toEqual(expected.map((i) => ids[i]));
    expect(res.body.Cursor).toBe(expected.length ? ids[expected.at(-1)!] : null);
  });

  it('pages with Limitation.Cursor until a page is short, in a stable order even for requests created at the same instant', async () => {
    const s = await makeSandbox();
    const client = mews(s);
    const added: string[] = [];
    for (let batch = 0; batch < 3; batch++) {
      added.push(...idsOf(await client.add(...Array.from({ length: 4 }, () => newRequest()))));
      if (batch === 0) s.platform.deps.clock.advance(1000);
    }
    // 12 requests: 4 at T0, then 8 at T0+1s; newest first, same instant → last added first.
    const expected = [...added].reverse();
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    for (;;) {
      const res = await client.getAll({ Limitation: { Count: 5, ...(cursor ? { Cursor: cursor } : {}) } });
      const page = idsOf(res);
      seen.push(...page);
      pages += 1;
      if (page.length < 5) break;
      cursor = res.body.Cursor;
      expect(cursor).toBe(page.at(-1));
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(expected);
    const again = await client.getAll({ Limitation: { Count: 5, Cursor: expected[4] } });
    expect(idsOf(again)).toEqual(expected.slice(5, 10));
  });

  it('returns Cursor null when nothing is returned, including past the last page', async () => {
    const s = await makeSandbox();
    const client = mews(s);
    expect((await client.getAll()).body).toEqual({ PaymentRequests: [], Cursor: null });
    const [only] = idsOf(await client.add());
    expect((await client.getAll({ Limitation: { Count: 10, Cursor: only } })).body).toEqual({ PaymentRequests: [], Cursor: null });
  });

  it('orders by creation time even when the clock was set back between creations', async () => {
    const s = await makeSandbox();
    const client = mews(s);
    const [late] = idsOf(await client.add());
    s.platform.deps.clock.set(Date.parse('2025-12-01T00:00:00Z'));
    const [early] = idsOf(await client.add());
    expect(idsOf(await client.getAll())).toEqual([late, early]);
    expect(idsOf(await client.getAll({ Limitation: { Count: 1, Cursor: late } }))).toEqual([early]);
  });
});

describe('cancel', () => {
  it('cancels Pending requests and returns them Canceled with UpdatedUtc = now', async () => {
    const s = await makeSandbox();
    const client = mews(s);
    const ids = idsOf(await client.add(newRequest(), newRequest()));
    s.platform.deps.clock.advance(90_000);
    const res = await client.cancel(ids[1]!, ids[0]!, ids[1]!);
    expect(res.status).toBe(200);
    expect(PaymentRequestsResult.parse(res.body)).toEqual(res.body);
    expect(res.body.PaymentRequests.map((p: PR) => [p.Id, p.State, p.UpdatedUtc, p.CreatedUtc])).toEqual([
      [ids[1], 'Canceled', '2026-01-01T00:01:30Z', T0],
      [ids[0], 'Canceled', '2026-01-01T00:01:30Z', T0],
    ]);
    expect((await client.getAll()).body.PaymentRequests.map((p: PR) => p.State)).toEqual(['Canceled', 'Canceled']);
  });

  it.each(['Canceled', 'Completed', 'Expired'])('refuses a %s request with 403 and changes none of the batch', async (state) => {
    const s = await makeSandbox();
    const client = mews(s);
    const [pending, other] = idsOf(await client.add(newRequest(), newRequest({ ExpirationUtc: '2026-01-01T00:10:00Z' })));
    if (state === 'Canceled') await client.cancel(other!);
    if (state === 'Completed') await s.json('POST', `/__admin/mews/payment-requests/${other}/complete`);
    if (state === 'Expired') s.platform.deps.clock.advance(3600_000);
    const before = (await client.getAll()).body;
    const res = await client.cancel(pending!, other!);
    expect(res.status).toBe(403);
    expect(res.body.Message).toBe(`Payment request ${other} is ${state}; only Pending payment requests can be canceled.`);
    expect((await client.getAll()).body).toEqual(before);
  });
});
