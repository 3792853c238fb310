/** A small Paytronix client for tests: HTTP Basic, the authentication style, query encoding for GET/DELETE. */
import type { TestSandbox } from './sandbox.js';

export const RELEASE = '25.33';
export const BASIC = `Basic ${Buffer.from('integration-id:integration-secret').toString('base64')}`;
export const B2B = { authentication: 'b2b', username: 'b2b-user', password: 'b2b-password' };
export const OAUTH = { authentication: 'oauth', access_token: 'oauth-access-token', client_id: 'client-1' };
export const ANONYMOUS = { authentication: 'anonymous' };
export const MERCHANT = 10001;
export const NO_AUTO_RECHARGE_MERCHANT = 10002;
/** The fixture printed cards (data/seed/paytronix.json). */
export const CARD = {
  active: '6000100000000001',
  emailNotVerified: '6000100000000002',
  noEmail: '6000100000000003',
  cardNotActive: '6000100000000004',
  accountNotActive: '6000100000000005',
  noWallet: '6000100000000006',
  rechargePrevented: '6000100000000007',
  expiredSavedCard: '6000100000000008',
} as const;

let fresh = 0;
/** A printed card no fixture uses (provisioned fresh on first use). */
export const freshCard = () => `60009${String(++fresh).padStart(11, '0')}`;

export const ADDRESS = { street: '1 Main St', city: 'Boston', stateProvince: 'MA', postalCode: '02110', country: 'US' };
export const VISA = { paymentMethodType: 'CC', cardType: 'VISA', cardholderName: 'Pat Guest', cardNumber: '4111111111111111', expirationMonth: 1, expirationYear: 2030, cardSecurityCode: '123', saveCard: false };

export function encodeQuery(params: Record<string, unknown>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined) q.set(k, typeof v === 'object' ? JSON.stringify(v) : String(v));
  return q.toString();
}

export function paytronix(sandbox: TestSandbox, opts: { basic?: string | null; auth?: Record<string, unknown>; headers?: Record<string, string>; release?: string } = {}) {
  const headers = { ...(opts.basic === null ? {} : { authorization: opts.basic ?? BASIC }), ...opts.headers };
  const auth = opts.auth ?? B2B;
  const url = (name: string) => `/rest/${opts.release ?? RELEASE}/payment/${name}.json`;
  return {
    post: (name: string, body: Record<string, unknown>) => sandbox.json('POST', url(name), { ...auth, ...body }, headers),
    get: (name: string, params: Record<string, unknown>) => sandbox.json('GET', `${url(name)}?${encodeQuery({ ...auth, ...params })}`, undefined, headers),
    delete: (name: string, params: Record<string, unknown>) => sandbox.json('DELETE', `${url(name)}?${encodeQuery({ ...auth, ...params })}`, undefined, headers),
  };
}

/** The stored Paytronix accounts (printed card → account), read straight from the database. */
export const accounts = (sandbox: TestSandbox) => (sandbox.platform.deps.db.data.paytronix as { accounts: Record<string, any> }).accounts;

/** A `failure` outcome body. */
export const failure = (errorCode: string, errorMessage: string) => ({ result: 'failure', errorCode, errorMessage });
