/**
 * Zod issues as plain sentences naming the field, for every provider's validation errors.
 * Importing this module installs the project's message table as Zod's global error map.
 */
import { z, type ZodError, type ZodType } from 'zod';
import { ValidationError, type FieldError, type FieldIssue } from './errors.js';

type RawIssue = z.core.$ZodRawIssue;

const TYPE_NAMES: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'an integer',
  boolean: 'true or false',
  array: 'an array',
  object: 'an object',
  record: 'an object',
  map: 'an object',
  date: 'a date',
};

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function bound(issue: { origin?: string; inclusive?: boolean }, limit: number | bigint, big: boolean): string {
  const n = Number(limit);
  switch (issue.origin) {
    case 'string':
      return big ? `must be at most ${plural(n, 'character')} long` : n === 1 ? 'must not be empty' : `must be at least ${plural(n, 'character')} long`;
    case 'array':
    case 'set':
      return big ? `must contain at most ${plural(n, 'item')}` : `must contain at least ${plural(n, 'item')}`;
    default:
      if (big) return issue.inclusive === false ? `must be less than ${n}` : `must be at most ${n}`;
      return issue.inclusive === false ? `must be greater than ${n}` : `must be at least ${n}`;
  }
}

export function issueMessage(issue: RawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is required';
      return `must be ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'too_big':
      return bound(issue, issue.maximum, true);
    case 'too_small':
      return bound(issue, issue.minimum, false);
    case 'invalid_value':
      if (issue.input === undefined) return 'is required';
      if (issue.values.length === 1) return `must be ${String(issue.values[0])}`;
      return `must be one of ${issue.values.map((v) => String(v)).join(', ')}`;
    case 'invalid_format':
      if (issue.format === 'guid') return 'must be a GUID';
      if (issue.format === 'uuid') return 'must be a UUID';
      if (issue.format === 'datetime') return 'must be an ISO 8601 date and time such as 2026-01-01T00:00:00Z';
      return 'has an invalid format';
    case 'unrecognized_keys':
      return `has unknown field${issue.keys.length === 1 ? '' : 's'} ${issue.keys.join(', ')}`;
    case 'invalid_union':
      return 'has an invalid value';
    case 'not_multiple_of':
      return `must be a multiple of ${String(issue.divisor)}`;
    default:
      return undefined;
  }
}

z.config({ customError: issueMessage });

/** `["PaymentRequests", 0, "Amount"]` → `PaymentRequests[0].Amount`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/** A discriminated union's tag: missing, or not one of the known values. */
function unionTag(issue: z.core.$ZodIssue): { options: unknown[]; missing: boolean } | undefined {
  const { options, discriminator, input } = issue as { options?: unknown[]; discriminator?: string; input?: unknown };
  if (issue.code !== 'invalid_union' || !Array.isArray(options)) return undefined;
  // The input is there only when parsed with reportInput (parseOrThrow does).
  const known = discriminator !== undefined && input !== null && typeof input === 'object';
  return { options, missing: known && (input as Record<string, unknown>)[discriminator] === undefined };
}

/** An issue's sentence; a discriminated union's tag lists the values it knows. */
export function issueText(issue: z.core.$ZodIssue): string {
  const tag = unionTag(issue);
  if (tag) return tag.missing ? `is required (one of ${tag.options.join(', ')})` : `must be one of ${tag.options.join(', ')}`;
  return issue.message;
}

/** What kind of problem a field has (providers with typed field errors map these). */
function fieldIssue(issue: z.core.$ZodIssue): FieldIssue {
  const absent = 'input' in issue && (issue as { input?: unknown }).input === undefined;
  if (issue.code === 'invalid_type') return absent ? 'missing' : 'type';
  if (issue.code === 'invalid_value' && absent) return 'missing';
  if (issue.code === 'unrecognized_keys') return 'unknown_field';
  if (unionTag(issue)?.missing) return 'missing';
  return 'value';
}

export function fromZodError(error: ZodError): ValidationError {
  const fields = error.issues.map((issue): FieldError => {
    const field = { field: formatPath(issue.path), reason: issueText(issue), issue: fieldIssue(issue) };
    return issue.code === 'unrecognized_keys' ? { ...field, keys: issue.keys } : field;
  });
  const first = fields[0] ?? { field: '', reason: 'is invalid', issue: 'value' as const };
  return new ValidationError(first.field, first.reason, fields);
}

/** Parse or throw a ValidationError naming the first bad field. */
export function parseOrThrow<T extends ZodType>(schema: T, value: unknown): z.output<T> {
  const result = schema.safeParse(value, { reportInput: true });
  if (!result.success) throw fromZodError(result.error);
  return result.data;
}
