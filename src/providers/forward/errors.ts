/**
 * Every Forward error, rendered once: `{ type, code, message, argument_errors? }`. Validation is
 * 400 `WRONG_ARGUMENTS` with `argument_errors` naming each field; a state that forbids an action is
 * 400 with a code saying so (the transition tables' events map to the codes below).
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { IllegalTransitionError, InvalidJsonError, NotFoundError, RejectedError, ValidationError, type FieldError, type SandboxError } from '../../core/errors.js';
import type { SandboxEnv } from '../../core/provider.js';

/** (resource, event) → the code a refused state change answers with. */
export const STATE_CODES: Record<string, string> = {
  'payment intent:pay': 'PAYMENT_INTENT_NOT_PAYABLE',
  'payment intent:capture': 'PAYMENT_INTENT_NOT_CAPTURABLE',
  'payment intent:cancel': 'PAYMENT_INTENT_NOT_CANCELLABLE',
  'payment intent:update': 'PAYMENT_INTENT_NOT_UPDATABLE',
  'payment intent:refund': 'PAYMENT_INTENT_NOT_REFUNDABLE',
  'payment intent:dispute': 'PAYMENT_INTENT_NOT_DISPUTABLE',
  'checkout session:complete': 'CHECKOUT_SESSION_NOT_OPEN',
  'checkout session:expire': 'CHECKOUT_SESSION_NOT_OPEN',
  'checkout session:pay': 'CHECKOUT_SESSION_NOT_OPEN',
  'dispute:win': 'DISPUTE_CLOSED',
  'dispute:lose': 'DISPUTE_CLOSED',
};

const TYPES: Record<number, string> = {
  400: 'invalid_request_error',
  401: 'authentication_error',
  403: 'permission_error',
  404: 'not_found_error',
  409: 'idempotency_error',
  413: 'invalid_request_error',
  415: 'invalid_request_error',
  429: 'rate_limit_error',
};

const CODES: Partial<Record<SandboxError['kind'], string>> = {
  validation: 'WRONG_ARGUMENTS',
  invalid_json: 'WRONG_ARGUMENTS',
  unsupported_media_type: 'UNSUPPORTED_MEDIA_TYPE',
  unauthorized: 'UNAUTHORIZED',
  forbidden: 'FORBIDDEN',
  not_found: 'NOT_FOUND',
  route_not_found: 'ROUTE_NOT_FOUND',
  conflict: 'CONFLICT',
  payload_too_large: 'PAYLOAD_TOO_LARGE',
  rate_limited: 'RATE_LIMITED',
  unknown_scenario: 'UNKNOWN_SCENARIO',
  scenario_server_error: 'INTERNAL_SERVER_ERROR',
  internal: 'INTERNAL_SERVER_ERROR',
};

/** One entry per bad field; an unknown field is named itself ("colour": "should not exist"). */
function argumentErrors(f: FieldError): [string, string][] {
  if (!f.keys) return [[f.field || 'body', f.reason]];
  return f.keys.map((key) => [f.field ? `${f.field}.${key}` : key, 'should not exist']);
}

export function errorBody(err: SandboxError): { status: number; body: Record<string, unknown> } {
  const status = err instanceof IllegalTransitionError ? 400 : err.status;
  const type = TYPES[status] ?? 'api_error';
  if (err instanceof ValidationError) {
    const argument_errors = Object.fromEntries(err.fields.flatMap(argumentErrors));
    const message = `Invalid arguments: ${Object.entries(argument_errors).map(([field, issue]) => `${field} ${issue}`).join('; ')}`;
    return { status, body: { type, code: 'WRONG_ARGUMENTS', message, argument_errors } };
  }
  if (err instanceof InvalidJsonError) return { status, body: { type, code: 'WRONG_ARGUMENTS', message: err.message, argument_errors: { body: err.message } } };
  if (err instanceof IllegalTransitionError) {
    const code = STATE_CODES[`${err.resource}:${err.event}`] ?? 'INVALID_STATE';
    return { status, body: { type, code, message: `Cannot ${err.event} a ${err.resource} with status ${err.from}` } };
  }
  if (err instanceof RejectedError) {
    const body: Record<string, unknown> = { type, code: err.code, message: err.message };
    if (err.field) body.argument_errors = { [err.field]: err.message };
    return { status, body };
  }
  if (err instanceof NotFoundError) return { status, body: { type, code: 'NOT_FOUND', message: `No ${err.resource} ${err.id} in this account` } };
  const message = err.kind === 'internal' ? 'Internal server error' : err.message;
  return { status, body: { type, code: CODES[err.kind] ?? 'ERROR', message } };
}

export function renderForwardError(err: SandboxError, c: Context<SandboxEnv>): Response {
  const { status, body } = errorBody(err);
  return c.json(body, status as ContentfulStatusCode);
}
