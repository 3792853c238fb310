import { describe, expect, it } from 'vitest';
import { BASE, CLIENT_TOKEN, credentials, DEMO_TOKEN, EMPTY_TOKEN, mews, newRequest } from '../helpers/mews.js';
import { makeSandbox } from '../helpers/sandbox.js';

describe('admin: platform', () => {
  it('health', async () => {
    const s = await makeSandbox();
    const { status, body } = await s.json('GET', '/__admin/health');
    expect(status).toBe(200);
    expect(body).toEqual({ status: 'ok', version: '0.1.0', uptimeMs: expect.any(Number) });
  });

  it('lists providers with base paths, operation count and active scenario', async () => {
    const s = await makeSandbox();
    await s.json('PUT', '/__admin/scenarios/mews', { scenario: 'customer-pays' });
    expect((await s.json('GET', '/__admin/providers')).body).toEqual({
      providers: [
        {
          id: 'mews',
          title: 'Mews Connector API — payment requests',
          basePaths: ['/api/connector/v1/paymentRequests'],
          operations: 3,
          activeScenario: 'customer-pays',
          openapi: '/openapi/mews.json',
        },
        {
          id: 'socotra',
          title: 'Socotra Payment Execution',
          basePaths: ['/payment-execution/{tenantLocator}/paymentProviders', '/payment-execution/{tenantLocator}/financialInstruments'],
          operations: 8,
          activeScenario: 'default',
          openapi: '/openapi/socotra.json',
        },
        {
          id: 'forward',
          title: 'Forward Payments API v1.3.0',
          basePaths: [
            '/checkout_sessions',
            '/payment_intents',
            '/payment_method_intents',
            '/payment_methods',
            '/refunds',
            '/external_payments',
            '/external_refunds',
            '/disputes',
            '/ledger',
            '/transactions',
            '/payouts',
            '/processing_plans',
          ],
          operations: 37,
          activeScenario: 'default',
          openapi: '/openapi/forward.json',
        },
        {
          id: 'paytronix',
          title: 'Paytronix Payment Service',
          basePaths: ['/rest/{release}/payment'],
          operations: 24,
          activeScenario: 'default',
          openapi: '/openapi/paytronix.json',
        },
      ],
    });
  });

  it('lists every scenario file with the active one marked; activates and deactivates', async () => {
    const s = await makeSandbox();
    const list = async () => (await s.json('GET', '/__admin/scenarios')).body.mews;
    const before = await list();
    expect(before.active).toBe('default');
    expect(before.scenarios.map((x: { name: string; active: boolean }) => [x.name, x.active])).toEqual([
      ['customer-pays', false],
      ['default', true],
      ['expirations', false],
      ['rate-limited', false],
      ['server-errors', false],
      ['vat-21', false],
    ]);
    expect((await s.json('PUT', '/__admin/scenarios/mews', { scenario: 'expirations' })).body).toEqual({ provider: 'mews', active: 'expirations' });
    expect((await list()).scenarios.find((x: { active: boolean }) => x.active).name).toBe('expirations');
    expect((await s.json('DELETE', '/__admin/scenarios/mews')).body).toEqual({ provider: 'mews', active: 'default' });
    expect((await list()).active).toBe('default');
  });

  it.each([
    ['PUT', '/__admin/scenarios/stripe', { scenario: 'default' }, 404, 'provider stripe was not found'],
    ['DELETE', '/__admin/scenarios/stripe', undefined, 404, 'provider stripe was not found'],
    ['PUT', '/__admin/scenarios/mews', { scenario: 'nope' }, 404, 'Unknown sandbox scenario "nope" for mews; known: customer-pays, default, expirations, rate-limited, server-errors, vat-21'],
    ['PUT', '/__admin/scenarios/mews', {}, 400, 'scenario: is required'],
    ['PUT', '/__admin/scenarios/mews', '{"scenario":', 400, /^Invalid JSON: /],
    ['POST', '/__admin/clock/advance', { seconds: -5 }, 400, 'seconds: must be greater than 0'],
    ['POST', '/__admin/clock/advance', { seconds: '60' }, 400, 'seconds: must be a number'],
    ['PUT', '/__admin/clock', { now: 'tomorrow' }, 400, 'now: must be an ISO 8601 date and time such as 2026-01-01T00:00:00Z'],
    ['POST', '/__admin/reset', { provider: 'stripe' }, 404, 'provider stripe was not found'],
    ['GET', '/__admin/requests?limit=0', undefined, 400, 'limit: must be at least 1'],
    ['GET', '/__admin/requests?provider=stripe', undefined, 404, 'provider stripe was not found'],
    ['GET', '/__admin/nothing', undefined, 404, 'No route for GET /__admin/nothing'],
  ])('%s %s → %d problem+json', async (method, path, body, status, detail) => {
    const s = await makeSandbox();
    const res = await s.call(method, path, body);
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    const problem = (await res.json()) as { type: string; detail: string };
    expect(problem).toMatchObject({ status, requestId: res.headers.get('request-id') });
    expect(problem.type).toMatch(/^urn:payment-sandbox:problem:/);
    if (typeof detail === 'string') expect(problem.detail).toBe(detail);
    else expect(problem.detail).toMatch(detail);
  });
});

describe('admin: clock', () => {
  it('reads, sets and advances the sandbox clock, and persists it', async () => {
    const s = await makeSandbox();
    expect((await s.json('GET', '/__admin/clock')).body).toEqual({ now: '2026-01-01T00:00:00.000Z', frozen: true });
    expect((await s.json('PUT', '/__admin/clock', { now: '2026-06-01T12:00:00+02:00' })).body).toEqual({ now: '2026-06-01T10:00:00.000Z', frozen: true, transitions: { mews: 0, socotra: 0, forward: 0, paytronix: 0 } });
    expect((await s.json('POST', '/__admin/clock/advance', { seconds: 90.5 })).body.now).toBe('2026-06-01T10:01:30.500Z');
    expect(s.platform.deps.db.data.admin.clock).toEqual({ mode: 'frozen', nowMs: Date.parse('2026-06-01T10:01:30.500Z'), origin: '2026-01-01T00:00:00Z' });
  });
});

describe('admin: reset', () => {
  it('restores fixtures, scenarios, clock and id sequence', async () => {
    const s = await makeSandbox();
    const firstId = (await mews(s).add()).body.PaymentRequests[0].Id;
    await mews(s, DEMO_TOKEN).cancel('bcc76295-4e47-4cf1-a7cb-afae00bd1c35');
    await s.json('PUT', '/__admin/scenarios/mews', { scenario: 'server-errors' });
    await s.json('POST', '/__admin/clock/advance', { seconds: 3600 });
    const res = await s.json('POST', '/__admin/reset');
    expect(res.body).toEqual({ reset: ['mews', 'socotra', 'forward', 'paytronix'], clock: { now: '2026-01-01T00:00:00.000Z', frozen: true } });
    expect((await mews(s).getAll()).body.PaymentRequests).toEqual([]);
    expect((await mews(s, DEMO_TOKEN).getAll({ States: ['Pending'] })).body.PaymentRequests).toHaveLength(1);
    expect((await mews(s).add()).body.PaymentRequests[0].Id).toBe(firstId);
  });

  it('resets one provider without moving the clock', async () => {
    const s = await makeSandbox();
    const firstId = (await mews(s).add()).body.PaymentRequests[0].Id;
    await s.json('POST', '/__admin/clock/advance', { seconds: 60 });
    const res = await s.json('POST', '/__admin/reset', { provider: 'mews' });
    expect(res.body).toEqual({ reset: ['mews'], clock: { now: '2026-01-01T00:01:00.000Z', frozen: true } });
    expect((await mews(s).getAll()).body.PaymentRequests).toEqual([]);
    expect((await mews(s).add(newRequest())).body.PaymentRequests[0].Id).toBe(firstId);
  });
});

describe('admin: request journal', () => {
  it('keeps the newest entries (bounded), masks tokens, and filters by provider', async () => {
    const s = await makeSandbox({ SANDBOX_JOURNAL_SIZE: '3' });
    for (let i = 0; i < 3; i++) await mews(s).add(newRequest({ Description: `n${i}` }));
    await s.call('GET', '/no/such/path');
    await s.json('GET', '/__admin/health');
    const all = (await s.json('GET', '/__admin/requests')).body;
    expect(all.capacity).toBe(3);
    expect(all.requests.map((r: { path: string; status: number; provider: string | null }) => [r.path, r.status, r.provider])).toEqual([
      ['/no/such/path', 404, null],
      [`${BASE}/add`, 200, 'mews'],
      [`${BASE}/add`, 200, 'mews'],
    ]);
    const newest = all.requests[1];
    expect(newest).toMatchObject({ method: 'POST', at: '2026-01-01T00:00:00.000Z', id: expect.any(String) });
    expect(newest.body.ClientToken).toBe(`****${CLIENT_TOKEN.slice(-4)}`);
    expect(newest.body.AccessToken).toBe(`****${EMPTY_TOKEN.slice(-4)}`);
    expect(newest.body.PaymentRequests[0].Description).toBe('n2');
    expect(JSON.stringify(all)).not.toContain(EMPTY_TOKEN);
    expect(JSON.stringify(all)).not.toContain(CLIENT_TOKEN);
    const filtered = (await s.json('GET', '/__admin/requests?provider=mews&limit=1')).body.requests;
    expect(filtered.map((r: { body: { PaymentRequests: { Description: string }[] } }) => r.body.PaymentRequests[0]!.Description)).toEqual(['n2']);
    expect((await s.json('DELETE', '/__admin/requests')).body).toEqual({ cleared: 3 });
    expect((await s.json('GET', '/__admin/requests')).body.requests).toEqual([]);
  });

  it('keeps a note instead of bodies over 64 KiB', async () => {
    const s = await makeSandbox();
    await mews(s).add(...Array.from({ length: 300 }, () => newRequest({ Description: 'd'.repeat(300) })));
    const [entry] = (await s.json('GET', '/__admin/requests')).body.requests;
    expect(entry.status).toBe(200);
    expect(entry.body).toEqual({ omitted: expect.stringMatching(/^body of \d+ bytes not journaled$/) });
  });

  it('journals refused requests too, with the body masked even when it is not JSON', async () => {
    const s = await makeSandbox();
    await s.call('POST', `${BASE}/add`, '{"card": "4242424242424242",');
    const [entry] = (await s.json('GET', '/__admin/requests')).body.requests;
    expect(entry.status).toBe(400);
    expect(entry.body).toBe('{"card": "************4242",');
  });
});

describe('admin: state', () => {
  it('exports and imports the whole database', async () => {
    const source = await makeSandbox();
    const added = (await mews(source).add()).body.PaymentRequests[0];
    await source.json('PUT', '/__admin/scenarios/mews', { scenario: 'expirations' });
    await source.json('POST', '/__admin/clock/advance', { seconds: 10 });
    const exported = (await source.json('GET', '/__admin/state')).body;
    expect(exported.version).toBe(1);
    expect(exported.mews.paymentRequests[added.Id].State).toBe('Pending');

    const target = await makeSandbox({ SANDBOX_SEED: '5' });
    const res = await target.json('PUT', '/__admin/state', exported);
    expect(res.body).toEqual({ imported: true, clock: { now: '2026-01-01T00:00:10.000Z', frozen: true } });
    expect((await mews(target).getAll()).body.PaymentRequests).toEqual([{ ...added }]);
    expect((await target.json('GET', '/__admin/providers')).body.providers[0].activeScenario).toBe('expirations');
    expect((await target.json('GET', '/__admin/state')).body).toEqual(exported);
  });

  it.each([
    [{ version: 2 }, 'version must be 1'],
    [{ version: 1, admin: { scenarios: {}, clock: null, sequences: {} }, idempotency: {}, mews: { paymentRequests: { x: { Id: 'x' } } } }, 'mews.paymentRequests.x.EnterpriseId is required'],
    [{ version: 1, admin: { scenarios: {}, clock: null, sequences: {} }, idempotency: {}, stripe: {} }, 'the document has unknown field stripe'],
  ])('refuses an invalid import with 400 and changes nothing (%#)', async (doc, detail) => {
    const s = await makeSandbox();
    await mews(s).add();
    const before = (await s.json('GET', '/__admin/state')).body;
    const res = await s.json('PUT', '/__admin/state', doc);
    expect(res.status).toBe(400);
    expect(res.body.detail).toBe(detail);
    expect((await s.json('GET', '/__admin/state')).body).toEqual(before);
  });
});

describe('admin: token', () => {
  it('with SANDBOX_ADMIN_TOKEN set, admin calls need the bearer token (health stays open)', async () => {
    const s = await makeSandbox({ SANDBOX_ADMIN_TOKEN: 's3cret-admin' });
    const none = await s.call('GET', '/__admin/providers');
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Bearer realm="payment-sandbox admin"');
    expect(none.headers.get('content-type')).toBe('application/problem+json');
    expect((await s.call('PUT', '/__admin/scenarios/mews', { scenario: 'expirations' }, { authorization: 'Bearer wrong' })).status).toBe(401);
    const authorized = await s.json('GET', '/__admin/providers', undefined, { authorization: 'Bearer s3cret-admin' });
    expect(authorized.status).toBe(200);
    expect(authorized.body.providers[0].activeScenario).toBe('default');
    expect((await s.call('GET', '/__admin/health')).status).toBe(200);
    expect((await s.call('POST', `${BASE}/getAll`, { ...credentials(), Limitation: { Count: 1 } })).status).toBe(200);
  });
});
