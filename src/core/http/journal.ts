/**
 * Journals every provider request (and every request nobody owns, which is how a wrong base path
 * shows up). Bodies and headers are masked before they are kept; large bodies are not kept.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { maskHeaders, maskText, maskValue, type MaskOptions } from '../mask.js';
import type { Deps, SandboxEnv } from '../provider.js';
import { nodeIncoming } from './json-body.js';

const MAX_JOURNALED_BODY = 64 * 1024;

export type JournalScope = (path: string) => ({ provider: string | null } & MaskOptions) | undefined;

/** The request body as kept in the journal: masked, or a note when it is too large to keep. */
async function capturedBody(c: Context<SandboxEnv>, mask: MaskOptions): Promise<unknown> {
  const cache = c.req.bodyCache as { text?: Promise<string>; json?: Promise<unknown> };
  let text: string;
  if (cache.text) {
    text = await cache.text;
  } else {
    // Not read by the handler (a 404, a refused call): read it now, if it is small.
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return null;
    const declared = Number(c.req.header('content-length') ?? NaN);
    if (!(declared <= MAX_JOURNALED_BODY)) return Number.isNaN(declared) ? null : { omitted: `body of ${declared} bytes not journaled` };
    text = await c.req.text().catch(() => '');
  }
  if (text === '') return null;
  if (text.length > MAX_JOURNALED_BODY) return { omitted: `body of ${Buffer.byteLength(text)} bytes not journaled` };
  try {
    return maskValue(cache.json ? await cache.json : JSON.parse(text), mask);
  } catch {
    return maskText(text);
  }
}

/**
 * The query as kept in the journal. A value that is a JSON-encoded object or array (an object sent
 * in a GET/DELETE query, e.g. Paytronix's `paymentMethod`) is masked inside, key by key, like a body.
 */
function maskedQuery(query: Record<string, string>, mask: MaskOptions): Record<string, string> {
  const decoded: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(query)) {
    decoded[key] = value;
    if (!/^\s*[[{]/.test(value)) continue;
    try {
      decoded[key] = JSON.parse(value);
    } catch {
      // not JSON after all: masked as text
    }
  }
  const masked = maskValue(decoded, mask) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(masked).map(([key, value]) => [key, typeof value === 'string' ? value : JSON.stringify(value)]));
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
      query: c.req.url.includes('?') ? maskedQuery(c.req.query(), owner) : {},
      headers: maskHeaders(nodeIncoming(c)?.rawHeaders ?? c.req.raw.headers, owner),
      body: await capturedBody(c, owner),
      status: c.res.status,
    });
  };
}
