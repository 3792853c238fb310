/**
 * Named errors. Services and middleware throw these; each provider renders them once, in its own
 * envelope (`providers/<id>/errors.ts`), and the admin API renders them as problem+json.
 */
import { HTTPException } from 'hono/http-exception';

export type ErrorKind =
  | 'invalid_json'
  | 'unsupported_media_type'
  | 'validation'
  | 'rejected'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'route_not_found'
  | 'conflict'
  | 'illegal_transition'
  | 'payload_too_large'
  | 'rate_limited'
  | 'unknown_scenario'
  | 'scenario_server_error'
  | 'internal';

export abstract class SandboxError extends Error {
  abstract readonly kind: ErrorKind;
  /** The status a provider uses unless its own rules say otherwise. */
  abstract readonly status: number;
}

export class InvalidJsonError extends SandboxError {
  readonly kind = 'invalid_json';
  readonly status = 400;
  constructor(detail: string) {
    super(`Invalid JSON: ${detail}`);
  }
}

export class UnsupportedMediaTypeError extends SandboxError {
  readonly kind = 'unsupported_media_type';
  readonly status = 415;
  constructor(contentType: string | undefined) {
    super(`Unsupported Content-Type ${contentType ? `"${contentType}"` : '(none)'}; send application/json`);
  }
}

export type FieldIssue = 'missing' | 'type' | 'value' | 'unknown_field';

export interface FieldError {
  field: string;
  reason: string;
  issue: FieldIssue;
  /** For `unknown_field`: the unknown keys under `field`. */
  keys?: string[];
}

/** Bad input. `field` is the offending field's path as the provider's wire names it. */
export class ValidationError extends SandboxError {
  readonly kind = 'validation';
  readonly status = 400;
  constructor(
    readonly field: string,
    readonly reason: string,
    readonly fields: FieldError[] = [{ field, reason, issue: 'value' }],
  ) {
    super(field ? `${field}: ${reason}` : reason);
  }
}

/**
 * The provider refuses the call with a code of its own (a PSP rejecting credentials, an inactive
 * configuration): status and code are the provider's; `field` names the input at fault, if any.
 */
export class RejectedError extends SandboxError {
  readonly kind = 'rejected';
  constructor(
    override readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

export class UnauthorizedError extends SandboxError {
  readonly kind = 'unauthorized';
  readonly status = 401;
}

export class ForbiddenError extends SandboxError {
  readonly kind = 'forbidden';
  readonly status = 403;
}

export class NotFoundError extends SandboxError {
  readonly kind = 'not_found';
  readonly status = 404;
  constructor(
    readonly resource: string,
    readonly id: string,
  ) {
    super(`${resource} ${id} was not found`);
  }
}

export class RouteNotFoundError extends SandboxError {
  readonly kind = 'route_not_found';
  readonly status = 404;
  constructor(
    readonly method: string,
    readonly path: string,
  ) {
    super(`No route for ${method} ${path}`);
  }
}

export class ConflictError extends SandboxError {
  readonly kind = 'conflict';
  readonly status = 409;
}

/** A state change the transition table does not allow. */
export class IllegalTransitionError extends SandboxError {
  readonly kind = 'illegal_transition';
  readonly status = 409;
  constructor(
    readonly resource: string,
    readonly from: string,
    readonly event: string,
  ) {
    super(`Cannot ${event} a ${resource} in state ${from}`);
  }
}

export class PayloadTooLargeError extends SandboxError {
  readonly kind = 'payload_too_large';
  readonly status = 413;
  constructor(readonly limitBytes: number) {
    super(`Request body is larger than ${limitBytes} bytes`);
  }
}

export class RateLimitedError extends SandboxError {
  readonly kind = 'rate_limited';
  readonly status = 429;
  constructor(
    readonly retryAfterSeconds: number,
    readonly limit: number,
    readonly windowSeconds: number,
  ) {
    super(`Rate limit of ${limit} requests per ${windowSeconds} seconds exceeded; retry after ${retryAfterSeconds} seconds`);
  }
}

export class UnknownScenarioError extends SandboxError {
  readonly kind = 'unknown_scenario';
  readonly status = 400;
  constructor(
    readonly provider: string,
    readonly scenario: string,
    readonly known: string[],
  ) {
    super(`Unknown sandbox scenario "${scenario}" for ${provider}; known: ${known.join(', ')}`);
  }
}

/** A scenario asked for a server error. */
export class ScenarioServerError extends SandboxError {
  readonly kind = 'scenario_server_error';
  constructor(
    override readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Anything unexpected: rendered without internals, logged with its stack. */
export class InternalError extends SandboxError {
  readonly kind = 'internal';
  readonly status = 500;
  constructor(override readonly cause: unknown) {
    super('Internal sandbox error');
  }
}

/** Whatever was thrown, as a named error. */
export function toSandboxError(err: unknown): SandboxError {
  if (err instanceof SandboxError) return err;
  if (err instanceof HTTPException) {
    if (err.status === 413) return new PayloadTooLargeError(0);
    if (err.status === 415) return new UnsupportedMediaTypeError(undefined);
    if (err.status === 400) return new InvalidJsonError(err.message);
  }
  return new InternalError(err);
}
