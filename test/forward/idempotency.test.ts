/** x-idempotency-key: replay for an hour, 409 on a different request, single-flight, failures not stored. */
import { describe, expect, it } from 'vitest';
import { forward } from '../helpers/forward.js';
import { makeSandbox } from '../helpers/sandbox.js';

const KEY = { 'x-idempotency-key': 'order-0001-attempt' };

describe('Forward idempotency', () => {
  it('replays the first successful response (status and body) with x-idempotent-replayed', async () => {
    const s = await makeSandbox();
    const f = forward(s);
    const first = await f.intent({ amount: 1234 }, KEY);
    const again = await f.intent({ amount: 1234 }, KEY);
    expect(first.status).toBe(200);
    expect(first.headers.get('x-idempotent-replayed')).toBeNull();
    expect(again.status).toBe(200);
    expect(again.headers.get('x-idempotent-replayed')).toBe('true');
    expect(again.body).toEqual(first.body);
    expect((await f.call('GET', '/payment_intents')).body.meta.total_count).toBe(1);
  });

  it('the same key with a different body (or path) is 409 and changes nothing', async () => {
    const s = await makeSandbox();
    const f = forward(s);
    await f.intent({ amount: 1234 }, KEY);
    const other = await f.intent({ amount: 999 }, KEY);
    expect(other.status).toBe(409);
    expect(other.body).toEqual({ type: 'idempotency_error', code: 'IDEMPOTENCY_KEY_REUSED', message: 'The idempotency key order-0001-attempt was already used with a different request' });
    const intent = (await f.call('GET', '/payment_intents')).body.data[0];
    expect((await f.call('POST', `/payment_intents/${intent.id}/cancel`, {}, KEY)).status).toBe(409);
    expect((await f.call('GET', '/payment_intents')).body.meta.total_count).toBe(1);
  });

  it('key order inside the body does not matter', async () => {
    const f = forward(await makeSandbox());
    const first = await f.intent({ amount: 5, reference_id: 'r' }, KEY);
    const again = await f.call('POST', '/payment_intents', { reference_id: 'r', amount: 5 }, KEY);
    expect(again.headers.get('x-idempotent-replayed')).toBe('true');
    expect(again.body.id).toBe(first.body.id);
  });

  it('a key under 10 characters is 400', async () => {
    const f = forward(await makeSandbox());
    const res = await f.intent({ amount: 1 }, { 'x-idempotency-key': 'short' });
    expect(res.status).toBe(400);
    expect(res.body.argument_errors).toEqual({ 'x-idempotency-key': 'must be at least 10 characters long' });
  });

  it('a failed request is not stored: the key works afterwards', async () => {
    const f = forward(await makeSandbox());
    expect((await f.intent({ amount: -5 }, KEY)).status).toBe(400);
    const ok = await f.intent({ amount: 5 }, KEY);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('x-idempotent-replayed')).toBeNull();
    const declinedState = await f.call('POST', `/payment_intents/${ok.body.id}/capture`, {}, { 'x-idempotency-key': 'capture-attempt-1' });
    expect(declinedState.body.code).toBe('PAYMENT_INTENT_NOT_CAPTURABLE');
    expect((await f.call('POST', `/payment_intents/${ok.body.id}/capture`, {}, { 'x-idempotency-key': 'capture-attempt-1' })).headers.get('x-idempotent-replayed')).toBeNull();
  });

  it('concurrent requests with one key run the operation once and all get its response', async () => {
    const s = await makeSandbox();
    const f = forward(s);
    const intent = (await f.intent({ amount: 2500 })).body;
    const results = await Promise.all(Array.from({ length: 8 }, () => f.call('POST', `/payment_intents/${intent.id}/payments`, { payment_method_id: 'pm_card_visa' }, KEY)));
    expect(results.map((r) => r.status)).toEqual(Array(8).fill(200));
    expect(new Set(results.map((r) => r.body.id)).size).toBe(1);
    expect(results.filter((r) => r.headers.get('x-idempotent-replayed') === 'true')).toHaveLength(7);
    const payments = await f.call('GET', `/payment_intents/${intent.id}/payments`);
    expect(payments.body.meta.total_count).toBe(1);
  });

  it('replays for 1 hour of sandbox time, then the key is free again', async () => {
    const s = await makeSandbox();
    const f = forward(s);
    const first = await f.intent({ amount: 7 }, KEY);
    await s.json('POST', '/__admin/clock/advance', { seconds: 3599 });
    expect((await f.intent({ amount: 7 }, KEY)).body.id).toBe(first.body.id);
    await s.json('POST', '/__admin/clock/advance', { seconds: 1 });
    const later = await f.intent({ amount: 7 }, KEY);
    expect(later.headers.get('x-idempotent-replayed')).toBeNull();
    expect(later.body.id).not.toBe(first.body.id);
    expect(Object.keys(s.platform.deps.db.data.idempotency)).toHaveLength(1);
  });

  it('keys are per account; a replay is served even while the server-errors scenario is active', async () => {
    const s = await makeSandbox();
    const a = forward(s);
    const b = forward(s, { account: 'acct_Other000000000000000000001' });
    const x = await a.intent({ amount: 7 }, KEY);
    const y = await b.intent({ amount: 7 }, KEY);
    expect(y.headers.get('x-idempotent-replayed')).toBeNull();
    expect(y.body.account_id).not.toBe(x.body.account_id);
    await s.json('PUT', '/__admin/scenarios/forward', { scenario: 'server-errors' });
    const replay = await a.intent({ amount: 7 }, KEY);
    expect([replay.status, replay.body.id]).toEqual([200, x.body.id]);
    expect((await a.intent({ amount: 7 }, { 'x-idempotency-key': 'another-key-123' })).status).toBe(500);
  });

  it('GET ignores the header; operations without it in the seed ignore it', async () => {
    const f = forward(await makeSandbox());
    const res = await f.call('GET', '/payment_intents', undefined, { 'x-idempotency-key': 'x' });
    expect(res.status).toBe(200);
  });

  it('a per-provider reset forgets Forward’s keys', async () => {
    const s = await makeSandbox();
    const f = forward(s);
    await f.intent({ amount: 7 }, KEY);
    await s.json('POST', '/__admin/reset', { provider: 'forward' });
    expect(s.platform.deps.db.data.idempotency).toEqual({});
    expect((await f.intent({ amount: 8 }, KEY)).status).toBe(200);
  });
});
