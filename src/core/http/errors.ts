/** Turns anything thrown into a named error, logs it with the request id, and lets the owner render it. */
import type { Context } from 'hono';
import { InternalError, toSandboxError, type SandboxError } from '../errors.js';
import type { Logger } from '../logger.js';
import { maskText } from '../mask.js';
import type { SandboxEnv } from '../provider.js';

export type Renderer = (err: SandboxError, c: Context<SandboxEnv>) => Response;

export function logError(logger: Logger, err: SandboxError, c: Context<SandboxEnv>): void {
  const fields = { requestId: c.var.requestId, method: c.req.method, path: c.req.path, kind: err.kind, status: err.status };
  if (err instanceof InternalError) {
    const cause = err.cause instanceof Error ? (err.cause.stack ?? err.cause.message) : String(err.cause);
    logger.error('unexpected error', { ...fields, error: maskText(cause) });
  } else {
    logger.info('request refused', { ...fields, message: maskText(err.message) });
  }
}

export function errorHandler<E extends SandboxEnv = SandboxEnv>(logger: Logger, render: Renderer) {
  return (thrown: unknown, ctx: Context<E>): Response => {
    const c = ctx as unknown as Context<SandboxEnv>;
    const err = toSandboxError(thrown);
    logError(logger, err, c);
    return render(err, c);
  };
}
