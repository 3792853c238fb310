/**
 * Journals every provider request (and every request nobody owns, which is how a wrong base path
 * shows up). Bodies and headers are masked before they are kept; large bodies are not kept.
 */
import type { IncomingMessage } from 'node:http';
import type { Context, MiddlewareHandler } from 'hono';
import { maskHeaders, maskText, maskValue, type MaskOptions } from '../mask.js';
import type { Deps, SandboxEnv } from '../provider.js';

const MAX_JOURNALED_BODY = 64 * 1024;

export type JournalScope = (path: string) => ({ provider: string | null } & MaskOptions) | undefined;

async function capturedBody(c: Context<SandboxEnv>, mask: MaskOptions): Promise<unknown> {
  const cache = c.req.bodyCache as { json?: Promise<unknown> };
  if (cache.json) {
    try {
      return maskValue(await cache.json, mask);
    } catch {
      // not JSON after all: fall through to the text
    }
  }
  const cachedText = (c.req.bodyCache as { text?: Promise<string> }).text;
  if (cachedText) return maskText(await cachedText);
  if (c.req.method === 'GET' || c.req.method === 'HEAD') return null;
  const length = Number(c.req.header('content-length') ?? NaN);
  if (!(length <= MAX_JOURNALED_BODY)) return Number.isNaN(length) ? null : { omitted: `body of ${length} bytes not journaled` };
  try {
    const text = await c.req.text();
    if (text === '') return null;
    try {
      return maskValue(JSON.parse(text), mask);
    } catch {
      return maskText(text);
    }
  } catch {
    return null;
  }
}

export function journalRequests(deps: Deps, scope: JournalScope): MiddlewareHandler<SandboxEnv> {
  return async (c, next) => {
    await next();
    const owner = scope(c.req.path);
    if (!owner || deps.journal.capacity === 0) return;
    deps.journal.record({
      id: c.var.requestId,
      at: deps.clock.now().toISOString(),
      provider: owner.provider,
      method: c.req.method,
      path: c.req.path,
      query: c.req.url.includes('?') ? (maskValue(c.req.query(), owner) as Record<string, string>) : {},
      headers: maskHeaders((c.env as { incoming?: IncomingMessage } | undefined)?.incoming?.rawHeaders ?? c.req.raw.headers, owner),
      body: await capturedBody(c, owner),
      status: c.res.status,
    });
  };
}
