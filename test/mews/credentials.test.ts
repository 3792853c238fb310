import { describe, expect, it } from 'vitest';
import { enterpriseIdFor } from '../../src/providers/mews/auth.js';
import { BASE, CLIENT_TOKEN, DEMO_TOKEN, EMPTY_TOKEN, mews, OTHER_TOKEN } from '../helpers/mews.js';
import { makeSandbox } from '../helpers/sandbox.js';

const FORMAT = "a token is 32 upper-case hex digits, '-', then 31 more (for example C66EF7B239D24632943D115EDE9CB810-EA00F8FD8294692C940F6B5A8F9453D)";

describe('Mews credentials in the body', () => {
  it.each([
    ['no ClientToken', { ClientToken: undefined }, 401, 'Missing ClientToken.'],
    ['no AccessToken', { AccessToken: undefined }, 401, 'Missing AccessToken.'],
    ['an empty AccessToken', { AccessToken: '' }, 401, 'Missing AccessToken.'],
    ['a malformed AccessToken', { AccessToken: 'token' }, 401, `Invalid AccessToken: ${FORMAT}.`],
    ['a lower-case ClientToken', { ClientToken: CLIENT_TOKEN.toLowerCase() }, 401, `Invalid ClientToken: ${FORMAT}.`],
    ['a numeric AccessToken', { AccessToken: 42 }, 401, `Invalid AccessToken: ${FORMAT}.`],
    ['no Client', { Client: undefined }, 400, 'Invalid Client: is required.'],
    ['an empty Client', { Client: '' }, 400, 'Invalid Client: must not be empty.'],
  ])('%s → %d', async (_name, patch, status, message) => {
    const s = await makeSandbox();
    const body = { ClientToken: CLIENT_TOKEN, AccessToken: EMPTY_TOKEN, Client: 'c', Limitation: { Count: 1 }, ...patch };
    for (const op of ['getAll', 'add', 'cancel']) {
      const res = await s.json('POST', `${BASE}/${op}`, body);
      expect([op, res.status, res.body.Message]).toEqual([op, status, message]);
    }
  });

  it('checks credentials before the rest of the body', async () => {
    const s = await makeSandbox();
    const res = await s.json('POST', `${BASE}/add`, { Client: 'c', PaymentRequests: 'nonsense' });
    expect(res.status).toBe(401);
  });

  it('gives each AccessToken its own enterprise with its own data', async () => {
    const s = await makeSandbox();
    const a = mews(s, OTHER_TOKEN);
    const b = mews(s, EMPTY_TOKEN);
    const added = (await a.add()).body.PaymentRequests[0];
    expect(added.EnterpriseId).toBe(enterpriseIdFor(OTHER_TOKEN));
    expect(enterpriseIdFor(OTHER_TOKEN)).not.toBe(enterpriseIdFor(EMPTY_TOKEN));
    expect((await b.getAll()).body.PaymentRequests).toEqual([]);
    expect((await b.getAll({ PaymentRequestIds: [added.Id] })).body.PaymentRequests).toEqual([]);
    const steal = await b.cancel(added.Id);
    expect(steal.status).toBe(400);
    expect(steal.body.Message).toBe(`Invalid PaymentRequestIds: ${added.Id} is not a payment request of this enterprise.`);
    expect((await a.getAll()).body.PaymentRequests.map((p: { State: string }) => p.State)).toEqual(['Pending']);
  });

  it('derives the same EnterpriseId for a token on every server and seed', async () => {
    const one = await makeSandbox({ SANDBOX_SEED: '1' });
    const two = await makeSandbox({ SANDBOX_SEED: '99' });
    const e1 = (await mews(one, OTHER_TOKEN).add()).body.PaymentRequests[0].EnterpriseId;
    const e2 = (await mews(two, OTHER_TOKEN).add()).body.PaymentRequests[0].EnterpriseId;
    expect(e1).toBe(e2);
    expect(e1).toBe(enterpriseIdFor(OTHER_TOKEN));
  });

  it('serves the seed fixtures to the demo token from the Mews documentation', async () => {
    const s = await makeSandbox();
    const res = await mews(s, DEMO_TOKEN).getAll();
    expect(res.body.PaymentRequests.map((p: { Id: string; State: string }) => [p.Id, p.State])).toEqual([
      ['bcc76295-4e47-4cf1-a7cb-afae00bd1c35', 'Pending'],
      ['8e0b4d3a-2f6c-4c1e-9b7d-5a4f3e2d1c0b', 'Completed'],
      ['6282d17b-a068-4a9f-83d3-afae00c39bfb', 'Canceled'],
      ['3c1f7a52-9d4e-4b8a-8f21-6a0d5e2b7c91', 'Expired'],
    ]);
  });
});
