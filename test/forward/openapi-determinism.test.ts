/** Forward's OpenAPI document covers every served operation; the same requests give the same bytes. */
import { describe, expect, it } from 'vitest';
import { API_OPERATIONS, EXTRA_OPERATIONS } from '../../src/providers/forward/operations.js';
import { forward } from '../helpers/forward.js';
import { makeSandbox, type TestSandbox } from '../helpers/sandbox.js';

describe('Forward OpenAPI document', () => {
  it('documents the 35 seed operations and the two extras, each with x-api-key security', async () => {
    const s = await makeSandbox();
    const { status, body } = await s.json('GET', '/openapi/forward.json');
    expect(status).toBe(200);
    const ops = Object.values(body.paths as Record<string, Record<string, { operationId: string; security: unknown }>>).flatMap((m) => Object.values(m));
    expect(ops.map((o) => o.operationId).sort()).toEqual([...API_OPERATIONS, ...EXTRA_OPERATIONS].sort());
    expect(API_OPERATIONS).toHaveLength(35);
    expect(new Set(ops.map((o) => JSON.stringify(o.security)))).toEqual(new Set([JSON.stringify([{ apiKey: [] }])]));
    expect(body.components.securitySchemes.apiKey).toEqual({ type: 'apiKey', in: 'header', name: 'x-api-key' });
    expect(body.paths['/payment_intents/{id}/payments'].post.requestBody.content['application/json'].schema.$ref).toBe('#/components/schemas/CreatePaymentRequest');
    expect(body.paths['/transactions/download'].post.responses['200'].content).toHaveProperty(['text/csv']);
  });
});

async function run(s: TestSandbox): Promise<string[]> {
  const out: string[] = [];
  const f = forward(s);
  const record = async (p: Promise<{ status: number; body: unknown; headers: Headers }>) => {
    const res = await p;
    out.push(`${res.status} ${JSON.stringify(res.body)}`);
    return res.body as Record<string, any>;
  };
  const pm = await record(f.call('POST', '/payment_method_intents', { payment_method_data: { payment_method_type: 'card', card: { number: '4000000000000259', exp_month: 1, exp_year: 2031 } } }));
  const intent = await record(f.intent({ amount: 4200, capture: false }));
  await record(f.pay(intent.id, pm.id));
  await record(f.capture(intent.id, { amount: 4000 }));
  await record(f.call('POST', '/checkout_sessions', { cancel_url: 'http://127.0.0.1/c', success_url: 'http://127.0.0.1/s', customer_email: 'a@example.com', payment_intent_data: { amount: 100 }, subtotal: 100, discount_amount: 0 }));
  await s.call('POST', '/__admin/clock/advance', { seconds: 3 * 86400 });
  await record(f.call('GET', '/transactions?limit=50'));
  await record(f.call('GET', '/payouts'));
  await record(f.call('GET', '/disputes'));
  await record(f.call('GET', '/checkout_sessions'));
  return out;
}

describe('Forward determinism', () => {
  it('two fresh sandboxes with the same seed and clock answer the same sequence byte for byte', async () => {
    const first = await run(await makeSandbox());
    expect(await run(await makeSandbox())).toEqual(first);
    expect(first).toHaveLength(9);
    expect(first.every((line) => line.startsWith('200 '))).toBe(true);
    expect(first[7]).toContain('"status":"new"');
    expect(first[6]).toContain('"payout_number":1');
  });

  it('after a Forward reset, the same sequence gives the same bytes again', async () => {
    const s = await makeSandbox();
    const first = await run(s);
    await s.call('POST', '/__admin/reset', { provider: 'forward' });
    await s.call('PUT', '/__admin/clock', { now: '2026-01-01T00:00:00Z' });
    expect(await run(s)).toEqual(first);
  });
});
