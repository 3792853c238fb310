/** Strict JSON bodies: a JSON media type and a JSON object, else a named error. */
import type { IncomingMessage } from 'node:http';
import type { Context } from 'hono';
import { InvalidJsonError, UnsupportedMediaTypeError } from '../errors.js';

const JSON_TYPE = /^application\/([\w.-]+\+)?json$/i;

/** The Node request under a Hono context, when served by @hono/node-server (not in `app.request`). */
export function nodeIncoming(c: Context): IncomingMessage | undefined {
  return (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
}

/**
 * The body as text. On the Node server it is read straight from the socket: going through
 * `c.req.text()` would first build a full Fetch Request, which costs more than the rest of a call.
 */
async function bodyText(c: Context): Promise<string> {
  const incoming = nodeIncoming(c);
  if (!incoming || incoming.readableEnded || incoming.readableDidRead) return c.req.text();
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Reads and parses the body; later readers (journal, `c.req.json()`) get this parse. */
export async function readJsonObject(c: Context): Promise<Record<string, unknown>> {
  const contentType = c.req.header('content-type');
  if (!contentType || !JSON_TYPE.test(contentType.split(';')[0]!.trim())) throw new UnsupportedMediaTypeError(contentType);
  const text = await bodyText(c);
  const cache = c.req.bodyCache as { text?: Promise<string>; json?: Promise<unknown> };
  cache.text = Promise.resolve(text);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (err) {
    throw new InvalidJsonError((err as Error).message);
  }
  cache.json = Promise.resolve(body);
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw new InvalidJsonError('the body must be a JSON object');
  return body as Record<string, unknown>;
}
