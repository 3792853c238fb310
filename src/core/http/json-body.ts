/** Strict JSON bodies: a JSON media type and a JSON object, else a named error. */
import type { MiddlewareHandler } from 'hono';
import { InvalidJsonError, UnsupportedMediaTypeError } from '../errors.js';

const JSON_TYPE = /^application\/([\w.-]+\+)?json$/i;

export function jsonBody(): MiddlewareHandler {
  return async (c, next) => {
    const contentType = c.req.header('content-type');
    if (!contentType || !JSON_TYPE.test(contentType.split(';')[0]!.trim())) throw new UnsupportedMediaTypeError(contentType);
    const text = await c.req.text();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch (err) {
      throw new InvalidJsonError((err as Error).message);
    }
    // Later readers (validator, credentials, journal) get this parse instead of re-reading.
    (c.req.bodyCache as { json?: Promise<unknown> }).json = Promise.resolve(body);
    if (body === null || typeof body !== 'object' || Array.isArray(body)) throw new InvalidJsonError('the body must be a JSON object');
    await next();
  };
}
