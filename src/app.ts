/** The root app: request id, journal, body limit, admin, docs, provider mounts, 404 and errors. */
import type { Context, MiddlewareHandler } from 'hono';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { adminRouter } from './admin/index.js';
import { renderProblem } from './admin/problem.js';
import { PayloadTooLargeError, RouteNotFoundError, type SandboxError } from './core/errors.js';
import { errorHandler } from './core/http/errors.js';
import { journalRequests } from './core/http/journal.js';
import type { SandboxEnv } from './core/provider.js';
import { docsRoutes } from './docs.js';
import type { Platform } from './sandbox.js';

const MAX_BODY_BYTES = 1024 * 1024;
/** A whole-database import may be larger than any provider call. */
const MAX_STATE_BYTES = 256 * 1024 * 1024;

/**
 * 413 for bodies over the limit. The declared Content-Length is checked directly (reading
 * `c.req.raw.body` would build a full Fetch Request on every call); only a body without one
 * (chunked) is counted as it streams in.
 */
function limitBodies(): MiddlewareHandler<SandboxEnv> {
  const streamed = (maxSize: number) =>
    bodyLimit({
      maxSize,
      onError: () => {
        throw new PayloadTooLargeError(maxSize);
      },
    });
  const provider = streamed(MAX_BODY_BYTES);
  const state = streamed(MAX_STATE_BYTES);
  return async (c, next) => {
    const maxSize = c.req.path === '/__admin/state' ? MAX_STATE_BYTES : MAX_BODY_BYTES;
    const declared = c.req.header('content-length');
    if (declared !== undefined && c.req.header('transfer-encoding') === undefined) {
      if (Number(declared) > maxSize) throw new PayloadTooLargeError(maxSize);
      return next();
    }
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    return (maxSize === MAX_BODY_BYTES ? provider : state)(c, next);
  };
}

function isAdmin(path: string): boolean {
  return path === '/__admin' || path.startsWith('/__admin/');
}

export function createApp(platform: Platform): Hono<SandboxEnv> {
  const { deps } = platform;
  const app = new Hono<SandboxEnv>();

  /** Errors raised outside a provider's router (body limit, 404) still render in the owner's envelope. */
  const render = (err: SandboxError, c: Context<SandboxEnv>): Response => {
    if (isAdmin(c.req.path)) return renderProblem(err, c);
    const owner = platform.owner(c.req.path);
    if (owner) return owner.instance.renderError(err, c);
    return c.json({ error: { code: err.kind, message: err.message }, requestId: c.var.requestId }, err.status as 404);
  };

  app.use(async (c, next) => {
    const id = deps.random.requestId();
    c.set('requestId', id);
    c.header('Request-Id', id);
    await next();
  });
  app.use(
    journalRequests(deps, (path) => {
      if (isAdmin(path) || path === '/docs' || path.startsWith('/openapi/')) return undefined;
      const owner = platform.owner(path);
      return { provider: owner?.module.id ?? null, redactKeys: owner?.module.redactKeys ?? [] };
    }),
  );
  app.use(limitBodies());
  app.route('/__admin', adminRouter(platform));
  app.route('/', docsRoutes(platform));
  for (const { instance } of platform.providers) app.route('/', instance.router);

  const handleError = errorHandler(deps.logger, render);
  app.notFound((c) => handleError(new RouteNotFoundError(c.req.method, c.req.path), c));
  app.onError(handleError);
  return app;
}
