import { createAdaptorServer } from '@hono/node-server';
import request from 'supertest';
import { describe, expect, it, vi } from 'vitest';
import { BASE, credentials, mews, newRequest } from '../helpers/mews.js';
import { captureLogs, makeSandbox } from '../helpers/sandbox.js';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('Mews transport', () => {
  it('puts a Request-Id header on every response, equal to the error body RequestId', async () => {
    const s = await makeSandbox();
    const ok = await mews(s).getAll();
    const bad = await mews(s).getAll({ Limitation: { Count: 0 } });
    const missing = await s.json('GET', `${BASE}/getAll`);
    for (const res of [ok, bad, missing]) expect(res.headers.get('request-id')).toMatch(GUID);
    expect(bad.body.RequestId).toBe(bad.headers.get('request-id'));
    expect(missing.body.RequestId).toBe(missing.headers.get('request-id'));
    expect(new Set([ok, bad, missing].map((r) => r.headers.get('request-id'))).size).toBe(3);
  });

  it.each([
    ['GET', `${BASE}/getAll`],
    ['PUT', `${BASE}/add`],
    ['DELETE', `${BASE}/cancel`],
    ['POST', `${BASE}/getall`],
    ['POST', `${BASE}/getAll/`],
    ['POST', '/api/connector/v1/paymentrequests/add'],
    ['POST', `${BASE}/update`],
  ])('%s %s is 404 in the Mews envelope', async (method, path) => {
    const s = await makeSandbox();
    const res = await s.json(method, path, method === 'GET' ? undefined : { ...credentials(), Limitation: { Count: 1 } });
    expect(res.status).toBe(404);
    expect(Object.keys(res.body)).toEqual(['Message', 'RequestId']);
    expect(res.body.Message).toBe(
      `No route for ${method} ${path}. Mews payment requests are POST ${BASE}/getAll, /add and /cancel (exact, case-sensitive).`,
    );
  });

  it.each([
    ['a trailing comma', '{"Client": "x",}', 400, /^Invalid JSON\. /],
    ['a JSON array', '[]', 400, /^Invalid JSON\. the body must be a JSON object$/],
    ['an empty body', '', 400, /^Invalid JSON\. /],
  ])('rejects %s with 400 and changes nothing', async (_name, body, status, message) => {
    const s = await makeSandbox();
    const res = await s.json('POST', `${BASE}/add`, body);
    expect(res.status).toBe(status);
    expect(res.body.Message).toMatch(message);
    expect((await mews(s).getAll()).body.PaymentRequests).toEqual([]);
  });

  it('rejects a body that is not JSON by media type (415)', async () => {
    const s = await makeSandbox();
    const res = await s.json('POST', `${BASE}/getAll`, undefined, { 'content-type': 'text/plain' });
    expect(res.status).toBe(415);
    expect(res.body.Message).toBe('Unsupported Content-Type "text/plain"; send application/json');
  });

  it('answers 413 to a body over 1 MiB, in the Mews envelope, over real HTTP', async () => {
    const s = await makeSandbox();
    const server = createAdaptorServer({ fetch: s.app.fetch });
    const big = JSON.stringify({ ...credentials(), PaymentRequests: [newRequest({ Description: 'x'.repeat(1024 * 1024) })] });
    const res = await request(server).post(`${BASE}/add`).set('content-type', 'application/json').send(big);
    expect(res.status).toBe(413);
    expect(res.body).toEqual({ Message: 'Request body is too large (at most 1 MiB).', RequestId: res.headers['request-id'] });
    const justUnder = JSON.stringify({ ...credentials(), Limitation: { Count: 1 }, Client: 'x'.repeat(1024 * 1024 - 400) });
    expect((await request(server).post(`${BASE}/getAll`).set('content-type', 'application/json').send(justUnder)).status).toBe(200);
  });

  it('renders an unexpected failure as a Mews 500 without internals, logged with the request id, and keeps serving', async () => {
    const logs = captureLogs();
    const s = await makeSandbox({}, logs.logger);
    const spy = vi.spyOn(s.platform.deps.random, 'guid').mockImplementation(() => {
      throw new Error('boom at secret place 4242424242424242');
    });
    const res = await mews(s).add();
    expect(res.status).toBe(500);
    expect(res.body).toEqual({ Message: 'Internal server error.', RequestId: res.headers.get('request-id') });
    const logged = logs.lines.find((l) => l.msg === 'unexpected error')!;
    expect(logged).toMatchObject({ level: 'error', requestId: res.headers.get('request-id'), status: 500 });
    expect(String(logged.error)).toContain('boom at secret place ************4242');
    spy.mockRestore();
    expect((await mews(s).add()).status).toBe(200);
  });
});
