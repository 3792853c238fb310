/**
 * Every Paytronix outcome that is not a success, rendered once. Application outcomes come back with
 * HTTP 200 and the `result` field says what happened: `failure` (`errorCode`/`errorMessage` from
 * the seed's table, plus `errorDetail`/`errorDetails` on card declines) or `invalidInputs`
 * (`errorsByField`, slash paths, the seed's field codes). Transport problems keep their HTTP status
 * (401 without HTTP Basic, 404 for an unknown path, 400/413/415 for a body that is not a JSON object)
 * with a `failure` body whose codes the sandbox chose (the README lists them).
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { RejectedError, ValidationError, type SandboxError } from '../../core/errors.js';
import type { SandboxEnv } from '../../core/provider.js';
import { ENDPOINTS, endpointOf } from './endpoints.js';
import { APPLE_PAY_CODES } from './apple-pay/apple-pay.codes.js';
import { AUTO_RECHARGE_CODES } from './auto-recharge/auto-recharge.codes.js';
import { CHECKOUT_CODES } from './checkout/checkout.codes.js';
import { tableMessage } from './error-table.js';
import { PAYMENT_METHOD_CODES } from './payment-methods/payment-methods.codes.js';

/** The seed's field validation codes. */
export type FieldCode =
  | 'too_low'
  | 'too_high'
  | 'null_field'
  | 'too_short'
  | 'too_long'
  | 'invalid_non_integral'
  | 'invalid_date'
  | 'cannot_auto_recharge_without_saving_card';

/** Codes the seed does not publish, chosen by the sandbox (authentication and transport). */
export const TRANSPORT_CODES = {
  'authentication.basic_auth_required': "HTTP Basic authentication with the integration's identifier and secret is required",
  'authentication.invalid_type': 'authentication must be one of b2b, oauth, anonymous',
  'authentication.missing_credentials': 'The authentication style requires credentials that were not sent',
  'authentication.style_not_allowed': 'This authentication style is not allowed for this endpoint',
  'request.not_found': 'No such endpoint',
  'request.invalid_json': 'The request body is not a JSON object',
  'request.unsupported_media_type': 'Send the request body as application/json',
  'request.payload_too_large': 'The request body is too large',
  'sandbox.unknown_scenario': 'Unknown sandbox scenario',
} as const;
export type SandboxCode = keyof typeof TRANSPORT_CODES;

/** Every code the sandbox chose, with its message: transport, then each resource's own. */
export const SANDBOX_CODES: Readonly<Record<string, string>> = { ...TRANSPORT_CODES, ...AUTO_RECHARGE_CODES, ...PAYMENT_METHOD_CODES, ...CHECKOUT_CODES, ...APPLE_PAY_CODES };

export interface DeclineDetail {
  errorCode: string;
  errorMessage: string;
}

/** A `failure` outcome with one of the table's codes (or a sandbox code), HTTP 200 unless said. */
export class PaytronixFailure extends RejectedError {
  constructor(
    code: string,
    readonly details?: { errorDetail: string; errorDetails: DeclineDetail[] },
    status = 200,
    message?: string,
  ) {
    super(status, code, message ?? tableMessage(code) ?? SANDBOX_CODES[code] ?? '');
  }
}

/** An `invalidInputs` outcome: slash path → field codes. */
export class InvalidInputsError extends ValidationError {
  constructor(readonly errorsByField: Record<string, FieldCode[]>) {
    const [first = ''] = Object.keys(errorsByField);
    super(first, (errorsByField[first] ?? []).join(', '));
  }
}

const failure = (c: Context, status: number, errorCode: string, errorMessage: string, extra: object = {}): Response =>
  c.json({ result: 'failure', errorCode, errorMessage, ...extra }, status as ContentfulStatusCode);

const sandboxFailure = (c: Context, status: number, code: SandboxCode, message: string = TRANSPORT_CODES[code]): Response =>
  failure(c, status, code, message);

export function renderPaytronixError(err: SandboxError, c: Context<SandboxEnv>): Response {
  if (err instanceof PaytronixFailure) return failure(c, err.status, err.code, err.message, err.details ?? {});
  if (err instanceof InvalidInputsError || err instanceof ValidationError) {
    const errorsByField = err instanceof InvalidInputsError ? err.errorsByField : Object.fromEntries(err.fields.map((f) => [f.field.replace(/[.[\]]+/g, '/'), ['null_field']]));
    return c.json({ result: 'invalidInputs', errorCode: 'enrollment_input.validation_error', errorMessage: 'Validation error for input fields', errorsByField }, 200);
  }
  const endpoint = endpointOf(c.req.path);
  const serverError = endpoint ? `${ENDPOINTS[endpoint].prefix}.${ENDPOINTS[endpoint].serverError}` : 'recharge.server_error';
  switch (err.kind) {
    case 'unauthorized':
      c.header('WWW-Authenticate', 'Basic realm="Paytronix"');
      return sandboxFailure(c, 401, 'authentication.basic_auth_required');
    case 'route_not_found':
    case 'not_found':
      return sandboxFailure(c, 404, 'request.not_found', `No such endpoint: ${c.req.method} ${c.req.path}`);
    case 'invalid_json':
      return sandboxFailure(c, 400, 'request.invalid_json', err.message);
    case 'unsupported_media_type':
      return sandboxFailure(c, 415, 'request.unsupported_media_type', err.message);
    case 'payload_too_large':
      return sandboxFailure(c, 413, 'request.payload_too_large', err.message);
    case 'unknown_scenario':
      return sandboxFailure(c, 400, 'sandbox.unknown_scenario', err.message);
    case 'scenario_server_error':
      return failure(c, err.status, serverError, tableMessage(serverError) ?? 'Internal server error');
    default:
      return failure(c, 500, serverError, tableMessage(serverError) ?? 'Internal server error');
  }
}
