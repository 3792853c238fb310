/** A small Mews client for tests: credentials in the body, one enterprise per AccessToken. */
import type { TestSandbox } from './sandbox.js';

export const CLIENT_TOKEN = 'E0D439EE522F44368DC78E1BFB03710C-D24FB11DBE31D4621C4817E028D9E1D';
export const DEMO_TOKEN = 'C66EF7B239D24632943D115EDE9CB810-EA00F8FD8294692C940F6B5A8F9453D';
/** A second enterprise. */
export const OTHER_TOKEN = 'ABCDEF0123456789ABCDEF0123456789-ABCDEF0123456789ABCDEF012345678';
/** An enterprise with no fixtures. */
export const EMPTY_TOKEN = '11111111111111111111111111111111-2222222222222222222222222222222';
export const ACCOUNT = 'fadd5bb6-b428-45d5-94f8-fd0d89fece6d';
export const BASE = '/api/connector/v1/paymentRequests';

export function credentials(accessToken = EMPTY_TOKEN) {
  return { ClientToken: CLIENT_TOKEN, AccessToken: accessToken, Client: 'payment-sandbox tests 1.0' };
}

export function newRequest(overrides: Record<string, unknown> = {}) {
  return {
    AccountId: ACCOUNT,
    Amount: { Currency: 'EUR', Value: 10.4 },
    Type: 'Payment',
    Reason: 'PaymentCardMissing',
    ExpirationUtc: '2026-02-20T12:00:00Z',
    Description: 'Payment required',
    ...overrides,
  };
}

export function mews(sandbox: TestSandbox, accessToken = EMPTY_TOKEN, headers: Record<string, string> = {}) {
  const post = (op: string, body: Record<string, unknown>) => sandbox.json('POST', `${BASE}/${op}`, { ...credentials(accessToken), ...body }, headers);
  return {
    post,
    add: (...items: Record<string, unknown>[]) => post('add', { PaymentRequests: items.length ? items : [newRequest()] }),
    getAll: (body: Record<string, unknown> = {}) => post('getAll', { Limitation: { Count: 100 }, ...body }),
    cancel: (...ids: string[]) => post('cancel', { PaymentRequestIds: ids }),
  };
}
