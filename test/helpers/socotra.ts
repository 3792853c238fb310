/** A small Socotra client for tests: bearer token, one tenant per client. */
import type { TestSandbox } from './sandbox.js';

/** The fixture tenant (data/seed/socotra.json). */
export const DEMO_TENANT = '6b8a4f2e-1c3d-4e5f-9a7b-0c2d4e6f8a1b';
export const DEMO_STRIPE = '01JN8JC080SVY0368BDGKNRTX0';
export const DEMO_BRAINTREE = '01JNB4RQ80FJMQTWZ1469CEHKP';
export const DEMO_INSTRUMENT = '01JNDQ5E8068BDGKNRTX0257AD';
/** A tenant with no fixtures. */
export const TENANT = '0f8fad5b-d9cb-469f-a165-70867728950e';
export const OTHER_TENANT = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
export const INSTRUMENT = '01JP0000000000000000000001';
export const UNKNOWN_LOCATOR = '01JP00000000000000000000ZZ';

export const STRIPE_TEST = { paymentProviderState: 'active', paymentServiceProvider: 'stripeTest', secretKey: 'sk_test_SECRETstripeKEY4242' };
export const BRAINTREE = {
  paymentProviderState: 'active',
  paymentServiceProvider: 'braintreeSandbox',
  merchantId: 'MERCHANTid-secret-1',
  privateKey: 'PRIVATEkey-secret-2',
  publicKey: 'PUBLICkey-secret-3',
};

export function socotra(sandbox: TestSandbox, opts: { token?: string | null; tenant?: string; headers?: Record<string, string> } = {}) {
  const token = opts.token === undefined ? 'test-token' : opts.token;
  const base = `/payment-execution/${opts.tenant ?? TENANT}`;
  const headers = { ...(token === null ? {} : { authorization: `Bearer ${token}` }), ...opts.headers };
  const call = (method: string, path: string, body?: unknown) => sandbox.json(method, `${base}${path}`, body, headers);
  return {
    call,
    list: (query = '') => call('GET', `/paymentProviders/list${query}`),
    get: (locator: string) => call('GET', `/paymentProviders/${locator}`),
    add: (body: unknown = STRIPE_TEST) => call('POST', '/paymentProviders', body),
    update: (locator: string, body: unknown) => call('PATCH', `/paymentProviders/${locator}`, body),
    inactivate: (locator: string) => call('PATCH', `/paymentProviders/${locator}/inactivate`),
    getInstrument: (locator: string) => call('GET', `/financialInstruments/${locator}`),
    addInstrument: (locator: string, body: unknown) => call('POST', `/financialInstruments/${locator}`, body),
    updateInstrument: (locator: string, body: unknown) => call('PATCH', `/financialInstruments/${locator}`, body),
  };
}
