/** Admin request bodies and queries: JSON, validated, or a named error. */
import type { Context } from 'hono';
import type { ZodType, z } from 'zod';
import { InvalidJsonError, UnsupportedMediaTypeError } from '../core/errors.js';
import { parseOrThrow } from '../core/validation.js';

export async function readBody<T extends ZodType>(c: Context, schema: T, opts: { optional?: boolean } = {}): Promise<z.output<T>> {
  const text = await c.req.text();
  if (text.trim() === '' && opts.optional) return parseOrThrow(schema, {});
  const type = c.req.header('content-type');
  if (!type || !/^application\/([\w.-]+\+)?json\b/i.test(type)) throw new UnsupportedMediaTypeError(type);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new InvalidJsonError((err as Error).message);
  }
  return parseOrThrow(schema, json);
}

export function readQuery<T extends ZodType>(c: Context, schema: T): z.output<T> {
  return parseOrThrow(schema, c.req.query());
}
