/** Admin errors as RFC 9457 problem details (`application/problem+json`). */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ValidationError, type SandboxError } from '../core/errors.js';
import type { SandboxEnv } from '../core/provider.js';

const TITLES: Partial<Record<SandboxError['kind'], string>> = {
  validation: 'Invalid request',
  rejected: 'Rejected',
  invalid_json: 'Invalid JSON',
  unsupported_media_type: 'Unsupported media type',
  unauthorized: 'Unauthorized',
  not_found: 'Not found',
  route_not_found: 'Not found',
  unknown_scenario: 'Unknown scenario',
  illegal_transition: 'State conflict',
  conflict: 'Conflict',
  payload_too_large: 'Payload too large',
  internal: 'Internal error',
};

/** Unknown provider or scenario names are missing resources here (404), not bad input. */
function status(err: SandboxError): number {
  return err.kind === 'unknown_scenario' ? 404 : err.status;
}

export function renderProblem(err: SandboxError, c: Context<SandboxEnv>): Response {
  const code = status(err);
  const body = {
    type: `urn:payment-sandbox:problem:${err.kind.replaceAll('_', '-')}`,
    title: TITLES[err.kind] ?? 'Error',
    status: code,
    detail: err.kind === 'internal' ? 'Internal sandbox error; see the server log for this request id.' : err.message,
    requestId: c.var.requestId,
    ...(err instanceof ValidationError ? { errors: err.fields } : {}),
  };
  if (err.kind === 'unauthorized') c.header('WWW-Authenticate', 'Bearer realm="payment-sandbox admin"');
  c.header('Content-Type', 'application/problem+json');
  return c.body(JSON.stringify(body), code as ContentfulStatusCode);
}
