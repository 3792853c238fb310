/**
 * Mews credentials travel in the body. Any well-formed token pair is accepted, and each
 * AccessToken is its own enterprise: a stable GUID derived from the token (never stored).
 */
import type { Context } from 'hono';
import { UnauthorizedError } from '../../core/errors.js';
import type { Call } from '../../core/http/operation.js';
import type { SandboxEnv } from '../../core/provider.js';
import { stableGuid } from '../../core/random.js';

export type MewsEnv = { Variables: SandboxEnv['Variables'] & { enterpriseId: string } };

const TOKEN = /^[0-9A-F]{32}-[0-9A-F]{31}$/;
const EXAMPLE = 'C66EF7B239D24632943D115EDE9CB810-EA00F8FD8294692C940F6B5A8F9453D';

/** Derived ids of recently seen tokens (hashing on every call is measurable; the set is bounded). */
const enterprises = new Map<string, string>();

export function enterpriseIdFor(accessToken: string): string {
  let id = enterprises.get(accessToken);
  if (id === undefined) {
    id = stableGuid('mews-enterprise', accessToken);
    if (enterprises.size >= 1000) enterprises.clear();
    enterprises.set(accessToken, id);
  }
  return id;
}

export function authenticate(c: Context<MewsEnv>, call: Call): void {
  const body = call.body ?? {};
  for (const name of ['ClientToken', 'AccessToken'] as const) {
    const value = body[name];
    if (value === undefined || value === null || value === '') throw new UnauthorizedError(`Missing ${name}.`);
    if (typeof value !== 'string' || !TOKEN.test(value)) {
      throw new UnauthorizedError(`Invalid ${name}: a token is 32 upper-case hex digits, '-', then 31 more (for example ${EXAMPLE}).`);
    }
  }
  c.set('enterpriseId', enterpriseIdFor(body.AccessToken as string));
}

/** Who the rate limit counts against, before the credentials are checked. */
export function rateKey(_c: Context<MewsEnv>, call: Call): string {
  const token = call.body?.AccessToken;
  return typeof token === 'string' ? enterpriseIdFor(token) : 'anonymous';
}
