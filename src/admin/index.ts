/** The admin API under /__admin: JSON in, JSON out, errors as problem+json. */
import { createHash, timingSafeEqual } from 'node:crypto';
import { Hono, type MiddlewareHandler } from 'hono';
import { UnauthorizedError } from '../core/errors.js';
import { errorHandler } from '../core/http/errors.js';
import type { SandboxEnv } from '../core/provider.js';
import type { Platform } from '../sandbox.js';
import { clockRoutes } from './clock.routes.js';
import { platformRoutes } from './platform.routes.js';
import { renderProblem } from './problem.js';
import { stateRoutes } from './state.routes.js';

const sha = (text: string) => createHash('sha256').update(text).digest();

/** With SANDBOX_ADMIN_TOKEN set, every admin call but health needs `Authorization: Bearer <token>`. */
function adminAuth(token: string | null): MiddlewareHandler<SandboxEnv> {
  const expected = token === null ? null : sha(token);
  return async (c, next) => {
    if (expected !== null && c.req.path !== '/__admin/health') {
      const match = /^Bearer (.+)$/.exec(c.req.header('authorization') ?? '');
      if (!match || !timingSafeEqual(sha(match[1]!), expected)) {
        throw new UnauthorizedError('The admin API needs Authorization: Bearer <SANDBOX_ADMIN_TOKEN>');
      }
    }
    await next();
  };
}

export function adminRouter(platform: Platform): Hono<SandboxEnv> {
  const admin = new Hono<SandboxEnv>();
  admin.use(adminAuth(platform.env.SANDBOX_ADMIN_TOKEN));
  admin.use(async (_c, next) => {
    platform.tickAll();
    await next();
  });
  admin.route('/', platformRoutes(platform));
  admin.route('/', clockRoutes(platform));
  admin.route('/', stateRoutes(platform));
  for (const { module, instance } of platform.providers) {
    if (instance.admin) admin.route(`/${module.id}`, instance.admin);
  }
  admin.onError(errorHandler(platform.deps.logger, renderProblem));
  return admin;
}
