import { describe, expect, it } from 'vitest';
import { mews, newRequest } from '../helpers/mews.js';
import { makeSandbox, T0 } from '../helpers/sandbox.js';

type PR = { Id: string; State: string; UpdatedUtc: string; ExpirationUtc: string };
const state = async (client: ReturnType<typeof mews>, id: string) =>
  (await client.getAll({ PaymentRequestIds: [id] })).body.PaymentRequests.map((p: PR) => [p.State, p.UpdatedUtc])[0];

describe('time on the sandbox clock', () => {
  it('expires a Pending request on read once ExpirationUtc passes, with UpdatedUtc = the expiration', async () => {
    const s = await makeSandbox();
    const client = mews(s);
    const [pr] = (await client.add(newRequest({ ExpirationUtc: '2026-01-01T00:10:00Z' }))).body.PaymentRequests;
    s.platform.deps.clock.set(Date.parse('2026-01-01T00:09:59Z'));
    expect(await state(client, pr.Id)).toEqual(['Pending', T0]);
    s.platform.deps.clock.set(Date.parse('2026-01-01T05:00:00Z'));
    expect(await state(client, pr.Id)).toEqual(['Expired', '2026-01-01T00:10:00Z']);
    expect((await client.getAll({ States: ['Expired'] })).body.PaymentRequests).toHaveLength(1);
  });

  it('expires eagerly on clock/advance and reports how many transitions ran', async () => {
    const s = await makeSandbox();
    const client = mews(s);
    await client.add(newRequest({ ExpirationUtc: '2026-01-01T00:10:00Z' }), newRequest({ ExpirationUtc: '2026-01-01T00:20:00Z' }), newRequest());
    const first = await s.json('POST', '/__admin/clock/advance', { seconds: 600 });
    expect(first.body).toEqual({ now: '2026-01-01T00:10:00.000Z', frozen: true, transitions: { mews: 1, socotra: 0, forward: 0, paytronix: 0 } });
    const second = await s.json('POST', '/__admin/clock/advance', { seconds: 3600 });
    expect(second.body.transitions).toEqual({ mews: 1, socotra: 0, forward: 0, paytronix: 0 });
    const export_ = (await s.json('GET', '/__admin/state')).body;
    const states = Object.values(export_.mews.paymentRequests as Record<string, PR>).map((p) => p.State);
    expect(states.filter((st) => st === 'Expired')).toHaveLength(2 + 1); // + the Expired fixture
  });

  it('never changes a terminal request when its expiration passes', async () => {
    const s = await makeSandbox();
    const client = mews(s);
    const [pr] = (await client.add(newRequest({ ExpirationUtc: '2026-01-01T00:10:00Z' }))).body.PaymentRequests;
    await client.cancel(pr.Id);
    await s.json('POST', '/__admin/clock/advance', { seconds: 3600 });
    expect(await state(client, pr.Id)).toEqual(['Canceled', T0]);
  });

  it('completes through the admin hook (the customer pays), 409 from any other state, 404 when unknown', async () => {
    const s = await makeSandbox();
    const client = mews(s);
    const [pr] = (await client.add()).body.PaymentRequests;
    s.platform.deps.clock.advance(5000);
    const done = await s.json('POST', `/__admin/mews/payment-requests/${pr.Id}/complete`);
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ Id: pr.Id, State: 'Completed', UpdatedUtc: '2026-01-01T00:00:05Z', CustomerId: pr.AccountId });
    expect(await state(client, pr.Id)).toEqual(['Completed', '2026-01-01T00:00:05Z']);
    const again = await s.call('POST', `/__admin/mews/payment-requests/${pr.Id}/complete`);
    expect(again.status).toBe(409);
    expect(again.headers.get('content-type')).toBe('application/problem+json');
    expect(await again.json()).toMatchObject({ status: 409, detail: 'Cannot complete a payment request in state Completed' });
    const unknown = await s.json('POST', '/__admin/mews/payment-requests/bcc76295-4e47-4cf1-a7cb-000000000000/complete');
    expect(unknown.status).toBe(404);
    expect(unknown.body.detail).toBe('Payment request bcc76295-4e47-4cf1-a7cb-000000000000 was not found');
  });

  it('cannot complete a request that expired in the meantime', async () => {
    const s = await makeSandbox();
    const [pr] = (await mews(s).add(newRequest({ ExpirationUtc: '2026-01-01T00:01:00Z' }))).body.PaymentRequests;
    s.platform.deps.clock.advance(120_000);
    const res = await s.json('POST', `/__admin/mews/payment-requests/${pr.Id}/complete`);
    expect(res.status).toBe(409);
    expect(res.body.detail).toBe('Cannot complete a payment request in state Expired');
  });
});

describe('time-driven scenarios', () => {
  it('customer-pays: every new request is Completed 5 minutes after creation', async () => {
    const s = await makeSandbox();
    await s.json('PUT', '/__admin/scenarios/mews', { scenario: 'customer-pays' });
    const client = mews(s);
    const [pr] = (await client.add()).body.PaymentRequests;
    expect(pr.State).toBe('Pending');
    await s.json('POST', '/__admin/clock/advance', { seconds: 299 });
    expect(await state(client, pr.Id)).toEqual(['Pending', T0]);
    const tick = await s.json('POST', '/__admin/clock/advance', { seconds: 1 });
    expect(tick.body.transitions).toEqual({ mews: 1, socotra: 0, forward: 0, paytronix: 0 });
    expect(await state(client, pr.Id)).toEqual(['Completed', '2026-01-01T00:05:00Z']);
  });

  it('customer-pays: a request expiring before the 5 minutes expires instead', async () => {
    const s = await makeSandbox();
    const client = mews(s, undefined, { 'X-Sandbox-Scenario': 'customer-pays' });
    const [pr] = (await client.add(newRequest({ ExpirationUtc: '2026-01-01T00:02:00Z' }))).body.PaymentRequests;
    s.platform.deps.clock.advance(600_000);
    expect(await state(client, pr.Id)).toEqual(['Expired', '2026-01-01T00:02:00Z']);
  });

  it('expirations: every new request expires 1 minute after creation, whatever ExpirationUtc was sent', async () => {
    const s = await makeSandbox();
    await s.json('PUT', '/__admin/scenarios/mews', { scenario: 'expirations' });
    const client = mews(s);
    const [pr] = (await client.add(newRequest({ ExpirationUtc: '2030-01-01T00:00:00Z' }))).body.PaymentRequests;
    expect([pr.State, pr.ExpirationUtc]).toEqual(['Pending', '2026-01-01T00:01:00Z']);
    s.platform.deps.clock.advance(59_000);
    expect(await state(client, pr.Id)).toEqual(['Pending', T0]);
    s.platform.deps.clock.advance(1000);
    expect(await state(client, pr.Id)).toEqual(['Expired', '2026-01-01T00:01:00Z']);
  });

  it('keeps scheduled transitions when the scenario changes after creation', async () => {
    const s = await makeSandbox();
    const client = mews(s, undefined, { 'X-Sandbox-Scenario': 'expirations' });
    const [pr] = (await client.add()).body.PaymentRequests;
    await s.json('PUT', '/__admin/scenarios/mews', { scenario: 'default' });
    s.platform.deps.clock.advance(61_000);
    expect(await state(mews(s), pr.Id)).toEqual(['Expired', '2026-01-01T00:01:00Z']);
  });
});
