/**
 * Every Socotra error, rendered once, in Socotra's documented exception body:
 * `{ httpStatus, httpErrorCode, apiErrorCode, message, fieldErrors, requestMethod, requestUri, referenceId }`.
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { RejectedError, ValidationError, type FieldIssue, type SandboxError } from '../../core/errors.js';
import type { SandboxEnv } from '../../core/provider.js';

const FIELD_CODES: Record<FieldIssue, 'MISSING' | 'INVALID_TYPE' | 'INVALID_VALUE' | 'INVALID_FIELD'> = {
  missing: 'MISSING',
  type: 'INVALID_TYPE',
  value: 'INVALID_VALUE',
  unknown_field: 'INVALID_FIELD',
};

const API_CODES: Partial<Record<SandboxError['kind'], string>> = {
  validation: 'validation_error',
  invalid_json: 'invalid_json',
  unsupported_media_type: 'unsupported_media_type',
  unauthorized: 'unauthorized',
  forbidden: 'forbidden',
  not_found: 'not_found',
  route_not_found: 'not_found',
  conflict: 'conflict',
  illegal_transition: 'invalid_state',
  payload_too_large: 'payload_too_large',
  unknown_scenario: 'unknown_scenario',
  scenario_server_error: 'internal_error',
  internal: 'internal_error',
};

function fieldErrors(err: SandboxError) {
  if (err instanceof ValidationError) return err.fields.map((f) => ({ fieldName: f.field, code: FIELD_CODES[f.issue], message: f.reason }));
  if (err instanceof RejectedError && err.field) return [{ fieldName: err.field, code: FIELD_CODES.value, message: err.message }];
  return [];
}

function message(err: SandboxError): string {
  if (err instanceof ValidationError) return `Invalid request: ${err.fields.map((f) => `${f.field} ${f.reason}`).join('; ')}`;
  if (err.kind === 'internal') return 'Internal server error';
  return err.message;
}

export function renderSocotraError(err: SandboxError, c: Context<SandboxEnv>): Response {
  const status = (err.kind === 'illegal_transition' ? 400 : err.status) as ContentfulStatusCode;
  const url = new URL(c.req.url);
  return c.json(
    {
      httpStatus: status,
      httpErrorCode: status,
      apiErrorCode: err instanceof RejectedError ? err.code : (API_CODES[err.kind] ?? 'error'),
      message: message(err),
      fieldErrors: fieldErrors(err),
      requestMethod: c.req.method,
      requestUri: `${url.pathname}${url.search}`,
      referenceId: c.var.requestId,
    },
    status,
  );
}
