/** Forward wire pieces every resource shares: ids, timestamps, the error body, list shapes. */
import { z } from '@hono/zod-openapi';

export const json = <T>(schema: T) => ({ content: { 'application/json': { schema } } });

/** Timestamps on the wire: ISO-8601 with milliseconds and `Z`. */
export const iso = (ms: number): string => new Date(ms).toISOString();
export const DAY_MS = 24 * 60 * 60 * 1000;

export const ForwardError = z
  .object({
    type: z.string().openapi({ example: 'invalid_request_error' }),
    code: z.string().openapi({ example: 'WRONG_ARGUMENTS' }),
    message: z.string(),
    argument_errors: z.record(z.string(), z.string()).optional().openapi({ description: 'Each bad field and its issue (validation errors).' }),
  })
  .openapi('Error');

export const errorResponses = {
  400: { description: 'WRONG_ARGUMENTS (argument_errors names each field), or a code naming the state that forbids the action.', ...json(ForwardError) },
  401: { description: 'No x-api-key.', ...json(ForwardError) },
  404: { description: 'No such object in this account.', ...json(ForwardError) },
  409: { description: 'The idempotency key was used with a different request.', ...json(ForwardError) },
  500: { description: 'Server error (server-errors scenario).', ...json(ForwardError) },
};

export const IdParams = z.object({ id: z.string().min(1).openapi({ param: { name: 'id', in: 'path' } }) });

export const ListQuery = z
  .object({
    ending_before: z.string().min(1).optional().openapi({ description: 'An id: the page just newer than it (still newest first).' }),
    starting_after: z.string().min(1).optional().openapi({ description: 'An id: the page just older than it.' }),
    limit: z.coerce.number().int().min(1).max(50).default(10).openapi({ description: '1–50, default 10.' }),
  })
  .superRefine((q, ctx) => {
    if (q.ending_before !== undefined && q.starting_after !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['ending_before'], message: 'cannot be combined with starting_after' });
    }
  });
export type ListQuery = z.output<typeof ListQuery>;

export const ListMeta = z.object({ has_more: z.boolean(), total_count: z.number().int(), limit: z.number().int() }).openapi('ListMeta');
export const SearchMeta = z.object({ page: z.number().int(), size: z.number().int(), total_count: z.number().int() }).openapi('SearchMeta');

export const listOf = <T extends z.ZodType>(item: T, name: string) => z.object({ data: z.array(item), meta: ListMeta }).openapi(name);
export const searchOf = <T extends z.ZodType>(item: T, name: string) => z.object({ data: z.array(item), meta: SearchMeta }).openapi(name);

export interface ListResult<T> {
  data: T[];
  meta: { has_more: boolean; total_count: number; limit: number };
}
export interface SearchResult<T> {
  data: T[];
  meta: { page: number; size: number; total_count: number };
}

export const sortDirection = z.enum(['asc', 'desc']).default('desc');
export const searchPaging = {
  limit: z.number().int().min(1).max(50).default(10),
  page: z.number().int().min(1).default(1),
};

export const amount = z.number().int().min(0);
export const userFields = z.record(z.string(), z.unknown());
export const anyObject = z.record(z.string(), z.unknown());
export const PAYMENT_METHOD_TYPES = ['card', 'bank'] as const;
export type PaymentMethodType = (typeof PAYMENT_METHOD_TYPES)[number];
export const CANCELLATION_REASONS = ['duplicate', 'fraudulent', 'requested_by_customer', 'abandoned'] as const;
export const SETTLEMENT = z.enum(['settled', 'unsettled']);
export type SettlementStatus = z.output<typeof SETTLEMENT>;

/** A loose record for the namespace: an object with an id and its account (rules live in services). */
export const storedRecord = z.looseObject({ id: z.string(), account_id: z.string() });

/** Headers documented on operations (checked by the pipeline, not by these schemas). */
export const accountHeaders = z.object({
  'x-account-id': z.string().openapi({ param: { name: 'x-account-id', in: 'header' }, example: 'acct_2SG6ibTHTo4N6Sdx6Oh66IGg3o3' }),
});
export const idempotencyHeaders = accountHeaders.extend({
  'x-idempotency-key': z.string().min(10).optional().openapi({ param: { name: 'x-idempotency-key', in: 'header' }, description: 'At least 10 characters; replays the first successful response for 1 hour.' }),
});

/** A copy of `record` with exactly `keys`, in that order (the seed's field order on the wire). */
export function inOrder<T>(record: T, keys: readonly (keyof T)[]): T {
  const out = {} as T;
  for (const key of keys) out[key] = record[key];
  return out;
}
