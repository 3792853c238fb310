import { describe, expect, it } from 'vitest';
import { BASE, credentials, mews, newRequest, OTHER_TOKEN } from '../helpers/mews.js';
import { makeSandbox } from '../helpers/sandbox.js';

describe('Mews scenarios', () => {
  it('an unknown X-Sandbox-Scenario is a 400 in the Mews shape, and changes nothing', async () => {
    const s = await makeSandbox();
    const res = await mews(s, undefined, { 'X-Sandbox-Scenario': 'nope' }).add();
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      Message: 'Unknown sandbox scenario "nope" for mews; known: customer-pays, default, expirations, rate-limited, server-errors, vat-21',
      RequestId: res.headers.get('request-id'),
    });
    expect((await mews(s).getAll()).body.PaymentRequests).toEqual([]);
  });

  it('the header wins over the admin-activated scenario, which wins over default', async () => {
    const s = await makeSandbox();
    await s.json('PUT', '/__admin/scenarios/mews', { scenario: 'server-errors' });
    expect((await mews(s).getAll()).status).toBe(500);
    expect((await mews(s, undefined, { 'X-Sandbox-Scenario': 'default' }).getAll()).status).toBe(200);
    await s.json('DELETE', '/__admin/scenarios/mews');
    expect((await mews(s).getAll()).status).toBe(200);
  });

  it('server-errors: every call is a 500 with a Message, even before credentials', async () => {
    const s = await makeSandbox();
    const headers = { 'X-Sandbox-Scenario': 'server-errors' };
    for (const op of ['getAll', 'add', 'cancel']) {
      const res = await s.json('POST', `${BASE}/${op}`, { Client: 'no tokens' }, headers);
      expect([op, res.status, res.body]).toEqual([op, 500, { Message: 'Internal server error. Please retry later.', RequestId: res.headers.get('request-id') }]);
    }
    expect((await mews(s).add()).status).toBe(200);
    expect((await mews(s).getAll()).body.PaymentRequests).toHaveLength(1);
  });

  it('rate-limited: 200 requests per AccessToken per 30 s sliding window, then 429 with Retry-After', async () => {
    const s = await makeSandbox();
    await s.json('PUT', '/__admin/scenarios/mews', { scenario: 'rate-limited' });
    const clock = s.platform.deps.clock;
    const client = mews(s);
    for (let i = 0; i < 200; i++) {
      if (i === 100) clock.advance(10_000);
      expect((await client.getAll({ Limitation: { Count: 1 } })).status).toBe(200);
    }
    const limited = await client.getAll();
    expect(limited.status).toBe(429);
    // The oldest 100 calls (at T0) leave the window at T0+30s; it is T0+10s.
    expect(limited.headers.get('retry-after')).toBe('20');
    expect(limited.body).toEqual({ Message: 'Rate limit of 200 requests per 30 seconds exceeded; retry after 20 seconds', RequestId: limited.headers.get('request-id') });
    expect((await client.add()).status).toBe(429);
    expect((await mews(s, OTHER_TOKEN).getAll()).status).toBe(200);
    clock.advance(19_000);
    const stillLimited = await client.getAll();
    expect([stillLimited.status, stillLimited.headers.get('retry-after')]).toEqual([429, '1']);
    clock.advance(1000); // the first 100 left the window
    expect((await client.getAll()).status).toBe(200);
  });

  it('vat-21: a scenario can give new requests tax (NetValue, TaxValues, Breakdown)', async () => {
    const s = await makeSandbox();
    const res = await mews(s, undefined, { 'X-Sandbox-Scenario': 'vat-21' }).add(newRequest({ Amount: { Currency: 'EUR', Value: 121 } }));
    expect(res.body.PaymentRequests[0].Amount).toEqual({
      Currency: 'EUR',
      NetValue: 100,
      GrossValue: 121,
      TaxValues: [{ Code: 'NL-2019-S', Value: 21 }],
      Breakdown: { Items: [{ TaxRateCode: 'NL-2019-S', NetValue: 100, TaxValue: 21 }] },
    });
  });

  it('the admin-activated scenario survives in the database, and reset returns it to default', async () => {
    const s = await makeSandbox();
    await s.json('PUT', '/__admin/scenarios/mews', { scenario: 'expirations' });
    expect(s.platform.deps.db.data.admin.scenarios).toEqual({ mews: 'expirations' });
    await s.json('POST', '/__admin/reset', { provider: 'mews' });
    expect((await s.json('GET', '/__admin/providers')).body.providers[0].activeScenario).toBe('default');
    expect((await s.json('POST', `${BASE}/getAll`, { ...credentials(), Limitation: { Count: 1 } })).status).toBe(200);
  });
});
