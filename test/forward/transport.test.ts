/** Forward transport: x-api-key, x-account-id, per-account data, the error body, scenarios at the edge. */
import { describe, expect, it } from 'vitest';
import { forward, ACCOUNT, DEMO_BUSINESS, DEMO_STORE } from '../helpers/forward.js';
import { makeSandbox } from '../helpers/sandbox.js';

const ID = /^[0-9A-Za-z]{27}$/;

describe('Forward transport', () => {
  it('401 without x-api-key, in Forward’s error body', async () => {
    const s = await makeSandbox();
    const res = await forward(s, { apiKey: null }).intent();
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ type: 'authentication_error', code: 'UNAUTHORIZED', message: 'Missing API key: send your private key in the x-api-key header' });
  });

  it('400 WRONG_ARGUMENTS without x-account-id, or with one that is not an account id', async () => {
    const s = await makeSandbox();
    const missing = await forward(s, { account: null }).intent();
    expect(missing.status).toBe(400);
    expect(missing.body).toEqual({
      type: 'invalid_request_error',
      code: 'WRONG_ARGUMENTS',
      message: 'Invalid arguments: x-account-id is required',
      argument_errors: { 'x-account-id': 'is required' },
    });
    const bad = await forward(s, { account: 'merchant-1' }).intent();
    expect(bad.status).toBe(400);
    expect(bad.body.argument_errors).toEqual({ 'x-account-id': 'must be an account id such as acct_2SG6ibTHTo4N6Sdx6Oh66IGg3o3' });
  });

  it('provisions an unseen account with a deterministic business, partner and plan', async () => {
    const a = forward(await makeSandbox());
    const b = forward(await makeSandbox());
    const [x, y] = [(await a.intent()).body, (await b.intent()).body];
    expect(x.business_id).toMatch(/^bus_/);
    expect(x.business_id.slice(4)).toMatch(ID);
    expect(x.partner_id.slice(4)).toMatch(ID);
    expect(x.id.slice(3)).toMatch(ID);
    expect([y.id, y.business_id, y.partner_id]).toEqual([x.id, x.business_id, x.partner_id]);
  });

  it('keeps each account’s data apart: another account’s id is 404', async () => {
    const s = await makeSandbox();
    const mine = (await forward(s).intent()).body;
    const other = forward(s, { account: 'acct_Other000000000000000000001' });
    const res = await other.get(mine.id);
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ type: 'not_found_error', code: 'NOT_FOUND', message: `No payment_intent ${mine.id} in this account` });
    expect((await other.call('GET', '/payment_intents')).body.meta.total_count).toBe(0);
    expect((await forward(s).call('GET', '/payment_intents')).body.meta.total_count).toBe(1);
  });

  it('the fixture business has two accounts (business-level lists)', async () => {
    const s = await makeSandbox();
    await forward(s, { account: DEMO_STORE }).intent({ amount: 100 });
    const res = await forward(s, { account: null, headers: { 'x-business-id': DEMO_BUSINESS } }).call('GET', '/payment_intents');
    expect(res.status).toBe(200);
    expect(res.body.data.map((i: { account_id: string }) => i.account_id)).toEqual([DEMO_STORE]);
  });

  it.each([
    ['a body that is not JSON', 'POST', '/payment_intents', '{"amount": ', { 'content-type': 'application/json' }, 400, 'WRONG_ARGUMENTS'],
    ['a body that is not an object', 'POST', '/payment_intents', '[1]', { 'content-type': 'application/json' }, 400, 'WRONG_ARGUMENTS'],
    ['another media type', 'POST', '/payment_intents', 'amount=1', { 'content-type': 'application/x-www-form-urlencoded' }, 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ['an unknown path under a Forward prefix', 'GET', '/payment_intents/pi_x/unknown', undefined, {}, 404, 'ROUTE_NOT_FOUND'],
  ])('%s → %s %s %i %s', async (_name, method, path, body, headers, status, code) => {
    const s = await makeSandbox();
    const res = await s.json(method, path, body, { 'x-api-key': 'k', 'x-account-id': ACCOUNT, ...headers });
    expect(res.status).toBe(status);
    expect(res.body.code).toBe(code);
    expect(Object.keys(res.body).sort()).toEqual(code === 'WRONG_ARGUMENTS' ? ['argument_errors', 'code', 'message', 'type'] : ['code', 'message', 'type']);
  });

  it('validation names every bad field in argument_errors and changes nothing', async () => {
    const s = await makeSandbox();
    const f = forward(s);
    const res = await f.intent({ amount: -1, currency: 'EUR', capture: 'yes', colour: 'red' });
    expect(res.status).toBe(400);
    expect(res.body.argument_errors).toEqual({ amount: 'must be at least 0', currency: 'must be USD', capture: 'must be true or false', colour: 'should not exist' });
    expect((await f.call('GET', '/payment_intents')).body.meta.total_count).toBe(0);
  });

  it('server-errors: every call fails with 500; an unknown scenario is 400', async () => {
    const s = await makeSandbox();
    const f = forward(s, { headers: { 'x-sandbox-scenario': 'server-errors' } });
    for (const [method, path] of [['POST', '/payment_intents'], ['GET', '/payment_intents'], ['GET', '/ledger/balances'], ['GET', '/payment_methods/pm_card_visa']] as const) {
      const res = await f.call(method, path, method === 'POST' ? { amount: 1 } : undefined);
      expect([path, res.status, res.body]).toEqual([path, 500, { type: 'api_error', code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' }]);
    }
    const unknown = await forward(s, { headers: { 'x-sandbox-scenario': 'nope' } }).intent();
    expect(unknown.status).toBe(400);
    expect(unknown.body.code).toBe('UNKNOWN_SCENARIO');
  });
});
