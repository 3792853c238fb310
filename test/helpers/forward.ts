/** A small Forward client for tests: x-api-key, one account per client (provisioned on first use). */
import type { TestSandbox } from './sandbox.js';

/** The fixture business and its two accounts (data/seed/forward.json). */
export const DEMO_BUSINESS = 'bus_2SandboxDemoBusiness0000000';
export const DEMO_STORE = 'acct_2SandboxDemoStore0000000000';
export const DEMO_ONLINE = 'acct_2SandboxDemoOnline000000000';
export const ACCOUNT = 'acct_TestAccount0000000000000001';

export const CARD = { number: '4242424242424242', exp_month: 12, exp_year: 2030, cvv: '123', name: 'Ada Lovelace' };
export const BILLING = { name: 'Ada Lovelace', email: 'ada@example.com', address: { line1: '1 Main St', city: 'San Francisco', state: 'CA', postal_code: '94105', country: 'US' } };

export function forward(sandbox: TestSandbox, opts: { account?: string | null; apiKey?: string | null; headers?: Record<string, string> } = {}) {
  const account = opts.account === undefined ? ACCOUNT : opts.account;
  const apiKey = opts.apiKey === undefined ? 'sk_sandbox_test' : opts.apiKey;
  const headers = { ...(apiKey === null ? {} : { 'x-api-key': apiKey }), ...(account === null ? {} : { 'x-account-id': account }), ...opts.headers };
  const call = (method: string, path: string, body?: unknown, extra: Record<string, string> = {}) => sandbox.json(method, path, body, { ...headers, ...extra });
  return {
    call,
    /** Tokenize a card (or other payment method data) and return the payment method id. */
    async method(card: Record<string, unknown> = CARD, billing: Record<string, unknown> = BILLING): Promise<string> {
      const res = await call('POST', '/payment_method_intents', { payment_method_types: ['card'], payment_method_data: { payment_method_type: 'card', card, billing_details: billing } });
      if (res.status !== 200) throw new Error(`tokenize failed: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body.id;
    },
    intent: (body: Record<string, unknown> = { amount: 10_000 }, extra?: Record<string, string>) => call('POST', '/payment_intents', body, extra),
    pay: (intentId: string, paymentMethodId: string, extra?: Record<string, string>) => call('POST', `/payment_intents/${intentId}/payments`, { payment_method_id: paymentMethodId }, extra),
    get: (intentId: string) => call('GET', `/payment_intents/${intentId}`),
    capture: (intentId: string, body?: unknown) => call('POST', `/payment_intents/${intentId}/capture`, body),
    cancel: (intentId: string, body?: unknown) => call('POST', `/payment_intents/${intentId}/cancel`, body),
    refund: (intentId: string, body?: unknown) => call('POST', `/payment_intents/${intentId}/refunds`, body),
    /** A paid intent: create + pay; returns both bodies. */
    async paid(paymentMethodId = 'pm_card_visa', body: Record<string, unknown> = { amount: 10_000 }) {
      const intent = await call('POST', '/payment_intents', body);
      const payment = await call('POST', `/payment_intents/${intent.body.id}/payments`, { payment_method_id: paymentMethodId });
      return { intent: (await call('GET', `/payment_intents/${intent.body.id}`)).body, payment: payment.body, status: payment.status };
    },
  };
}

/** The Forward namespace of the database (typed loosely, for assertions on what is stored). */
export function storedForward(sandbox: TestSandbox): Record<string, Record<string, any>> {
  return sandbox.platform.deps.db.data.forward as Record<string, Record<string, any>>;
}
