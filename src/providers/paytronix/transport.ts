/**
 * The steps every Paytronix call goes through, in order: HTTP Basic (401), the input (JSON body for
 * POST; the query for GET and DELETE, where object parameters arrive JSON-encoded and integers as
 * digits), the `authentication` style against the endpoint's allowed styles (a `failure`), the
 * scenario (server errors), then the endpoint's Zod schema with each issue mapped to one of the
 * seed's field codes (`invalidInputs`).
 */
import type { Context } from 'hono';
import type { ZodType } from 'zod';
import type { z } from 'zod';
import { UnauthorizedError } from '../../core/errors.js';
import { readJsonObject } from '../../core/http/json-body.js';
import type { Call, Step } from '../../core/http/operation.js';
import type { SandboxEnv } from '../../core/provider.js';
import { ENDPOINTS, type AuthStyle, type EndpointName } from './endpoints.js';
import { InvalidInputsError, PaytronixFailure, type FieldCode } from './errors.js';

/** Layer 1: `Authorization: Basic base64(identifier:secret)`, both parts non-empty. */
export const basicAuth: Step<SandboxEnv> = (c) => {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(c.req.header('authorization') ?? '');
  const decoded = match ? Buffer.from(match[1]!, 'base64').toString('utf8') : '';
  const colon = decoded.indexOf(':');
  if (colon <= 0 || colon === decoded.length - 1) throw new UnauthorizedError('HTTP Basic authentication required');
};

export interface QueryShape {
  /** Parameters sent as digits that the schema reads as integers. */
  integers?: readonly string[];
  /** Parameters sent as JSON-encoded strings (objects). */
  objects?: readonly string[];
}

/** The call's input: the JSON body (POST) or the decoded query (GET, DELETE). */
export function readInput(method: 'get' | 'post' | 'delete', shape: QueryShape = {}): Step<SandboxEnv> {
  if (method === 'post') {
    return async (c, call) => {
      call.body = await readJsonObject(c);
    };
  }
  return (c, call) => {
    const input: Record<string, unknown> = { ...c.req.query() };
    for (const key of shape.integers ?? []) {
      const value = input[key];
      if (typeof value === 'string' && /^-?\d{1,15}$/.test(value)) input[key] = Number(value);
    }
    for (const key of shape.objects ?? []) {
      const value = input[key];
      if (typeof value !== 'string') continue;
      try {
        input[key] = JSON.parse(value);
      } catch {
        throw new InvalidInputsError({ [key]: ['null_field'] });
      }
    }
    call.body = input;
  };
}

const STYLES: readonly string[] = ['b2b', 'oauth', 'anonymous'];
const CREDENTIALS: Record<AuthStyle, readonly string[]> = { b2b: ['username', 'password'], oauth: ['access_token', 'client_id'], anonymous: [] };

/** Layer 2: the `authentication` style, allowed for this endpoint, with its credentials. */
export function authentication(endpoint: EndpointName): Step<SandboxEnv> {
  const allowed: readonly AuthStyle[] = ENDPOINTS[endpoint].styles;
  return (_c, call) => {
    const input = call.body ?? {};
    const style = input.authentication;
    if (typeof style !== 'string' || !STYLES.includes(style)) throw new PaytronixFailure('authentication.invalid_type');
    if (!allowed.includes(style as AuthStyle)) {
      throw new PaytronixFailure('authentication.style_not_allowed', undefined, 200, `Authentication style ${style} is not allowed for ${endpoint}; allowed: ${allowed.join(', ')}`);
    }
    const missing = CREDENTIALS[style as AuthStyle].filter((key) => typeof input[key] !== 'string' || input[key] === '');
    if (missing.length > 0) {
      throw new PaytronixFailure('authentication.missing_credentials', undefined, 200, `Authentication style ${style} requires ${missing.join(' and ')}`);
    }
  };
}

type Issue = z.core.$ZodIssue & { input?: unknown; params?: { fieldCode?: FieldCode }; origin?: string; minimum?: unknown; expected?: string; discriminator?: string };

/** One Zod issue as a seed field code (its path as a slash path). */
function fieldCode(issue: Issue): FieldCode {
  if (issue.code === 'custom' && issue.params?.fieldCode) return issue.params.fieldCode;
  if ('input' in issue && (issue.input === undefined || issue.input === null || issue.input === '')) return 'null_field';
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'int' || issue.expected === 'number' ? 'invalid_non_integral' : 'null_field';
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'null_field' : 'too_short';
      return issue.origin === 'array' ? 'null_field' : 'too_low';
    case 'too_big':
      return issue.origin === 'string' ? 'too_long' : 'too_high';
    default:
      return 'null_field';
  }
}

export interface ValidateOptions {
  /** The failure for a tagged object whose tag names no known kind (e.g. an unknown paymentMethodType). */
  unknownKind?: string;
}

/** Parse with the endpoint's schema, else `invalidInputs` (or the endpoint's failure for an unknown kind). */
export function parseInput<T extends ZodType>(schema: T, input: unknown, opts: ValidateOptions = {}): z.output<T> {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return result.data;
  const errorsByField: Record<string, FieldCode[]> = {};
  for (const raw of result.error.issues) {
    const issue = raw as Issue;
    let path = issue.path.map(String);
    let code: FieldCode;
    if (issue.code === 'invalid_union' && issue.discriminator !== undefined) {
      // Zod names the tag itself in the path (or, on some versions, the tagged object).
      const atTag = path[path.length - 1] === issue.discriminator;
      const input = issue.input;
      const tag = input !== null && typeof input === 'object' ? (input as Record<string, unknown>)[issue.discriminator] : atTag ? input : undefined;
      if (tag !== undefined && tag !== null && opts.unknownKind) throw new PaytronixFailure(opts.unknownKind);
      if (!atTag) path = [...path, issue.discriminator];
      code = 'null_field';
    } else {
      code = fieldCode(issue);
    }
    const key = path.join('/');
    const codes = (errorsByField[key] ??= []);
    if (!codes.includes(code)) codes.push(code);
  }
  throw new InvalidInputsError(errorsByField);
}

/** Validate the call's input and hand it to the handler as `c.req.valid('json')`. */
export function validateInput(schema: ZodType, opts: ValidateOptions = {}): Step<SandboxEnv> {
  return (c: Context<SandboxEnv>, call: Call) => {
    c.req.addValidatedData('json', parseInput(schema, call.body ?? {}, opts) as object);
  };
}
