/**
 * Bearer tokens. Any non-empty token grants every permission, except a sandbox token of the form
 * `sandbox:<group>.<permission>,…` (e.g. `sandbox:payment-providers.read,financial-instruments.write`),
 * which grants only those — for testing a client's security model.
 */
import type { Context } from 'hono';
import { ForbiddenError, UnauthorizedError } from '../../core/errors.js';
import type { Step } from '../../core/http/operation.js';
import type { SandboxEnv } from '../../core/provider.js';
import { PERMISSIONS, type OperationId } from './common.schemas.js';

const GRANT = /^(payment-providers|financial-instruments)\.(list|read|write)$/;
const SANDBOX_PREFIX = 'sandbox:';

/** The permissions a token grants (`all` for an ordinary token). */
export function grantsOf(token: string): Set<string> | 'all' {
  if (!token.startsWith(SANDBOX_PREFIX)) return 'all';
  const grants = token.slice(SANDBOX_PREFIX.length).split(',').map((g) => g.trim()).filter(Boolean);
  const bad = grants.find((g) => !GRANT.test(g));
  if (bad !== undefined) {
    throw new UnauthorizedError(`Malformed sandbox token: "${bad}" is not <payment-providers|financial-instruments>.<list|read|write>`);
  }
  return new Set(grants);
}

export function authorize(operationId: OperationId): Step<SandboxEnv> {
  const needed = PERMISSIONS[operationId];
  return (c: Context<SandboxEnv>) => {
    const match = /^Bearer\s+(.+)$/i.exec(c.req.header('authorization') ?? '');
    const token = match?.[1]?.trim();
    if (!token) throw new UnauthorizedError('Authentication required: send Authorization: Bearer <token>');
    const grants = grantsOf(token);
    if (grants !== 'all' && !grants.has(needed)) {
      throw new ForbiddenError(`The token does not grant ${needed}, which ${operationId} requires`);
    }
  };
}
