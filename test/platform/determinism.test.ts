import { describe, expect, it } from 'vitest';
import { BASE, credentials, newRequest, OTHER_TOKEN } from '../helpers/mews.js';
import { makeSandbox, type TestSandbox } from '../helpers/sandbox.js';

async function run(s: TestSandbox): Promise<string[]> {
  const out: string[] = [];
  const post = async (op: string, body: unknown, headers: Record<string, string> = {}) => {
    const res = await s.call('POST', `${BASE}/${op}`, body, headers);
    const text = await res.text();
    out.push(`${res.status} ${res.headers.get('request-id')} ${text}`);
    return JSON.parse(text);
  };
  const added = await post('add', { ...credentials(), PaymentRequests: [newRequest(), newRequest()] });
  await post('add', { ...credentials(OTHER_TOKEN), PaymentRequests: [newRequest()] }, { 'X-Sandbox-Scenario': 'expirations' });
  await s.call('POST', '/__admin/clock/advance', { seconds: 120 });
  await post('getAll', { ...credentials(OTHER_TOKEN), Limitation: { Count: 10 } });
  const id = added.PaymentRequests[0].Id;
  await post('cancel', { ...credentials(), PaymentRequestIds: [id] });
  await post('cancel', { ...credentials(), PaymentRequestIds: [id] });
  await post('add', { ...credentials(), PaymentRequests: [newRequest({ Type: 'x' })] });
  await post('getAll', { ...credentials(), Limitation: { Count: 10 } });
  return out;
}

describe('determinism', () => {
  it('two fresh sandboxes with the same seed and clock answer the same sequence byte for byte', async () => {
    const first = await run(await makeSandbox());
    const second = await run(await makeSandbox());
    expect(second).toEqual(first);
    expect(first).toHaveLength(7);
    expect(first[2]).toContain('"State":"Expired"');
    expect(first[4]).toMatch(/^403 /);
  });

  it('another seed gives other ids, the same shapes', async () => {
    const one = await run(await makeSandbox({ SANDBOX_SEED: '1' }));
    const two = await run(await makeSandbox({ SANDBOX_SEED: '2' }));
    expect(two).not.toEqual(one);
    const strip = (lines: string[]) => lines.map((l) => l.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, 'ID'));
    expect(strip(two)).toEqual(strip(one));
  });

  it('after an admin reset, the same sequence gives the same bytes again', async () => {
    const s = await makeSandbox();
    const first = await run(s);
    await s.call('POST', '/__admin/reset');
    expect(await run(s)).toEqual(first);
  });
});
