/** Every Mews error, rendered once: `{ Message, RequestId }` with the status the facts sheet gives. */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { RateLimitedError, type SandboxError } from '../../core/errors.js';
import type { SandboxEnv } from '../../core/provider.js';
import { BASE } from './payment-requests/payment-requests.routes.js';

function message(err: SandboxError): string {
  switch (err.kind) {
    case 'validation':
      return `Invalid ${err.message}.`;
    case 'invalid_json':
      return `Invalid JSON. ${err.message.replace(/^Invalid JSON: /, '')}`;
    case 'route_not_found':
      return `${err.message}. Mews payment requests are POST ${BASE}/getAll, /add and /cancel (exact, case-sensitive).`;
    case 'payload_too_large':
      return 'Request body is too large (at most 1 MiB).';
    case 'internal':
      return 'Internal server error.';
    default:
      return err.message;
  }
}

/** A refused state change is a business rule refusing the request: 403 in Mews. */
function status(err: SandboxError): ContentfulStatusCode {
  return (err.kind === 'illegal_transition' ? 403 : err.status) as ContentfulStatusCode;
}

export function renderMewsError(err: SandboxError, c: Context<SandboxEnv>): Response {
  if (err instanceof RateLimitedError) c.header('Retry-After', String(err.retryAfterSeconds));
  return c.json({ Message: message(err), RequestId: c.var.requestId }, status(err));
}
