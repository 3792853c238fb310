/** Thin handlers: validated input → one service call → JSON (every success is 200). */
import type { RouteHandler } from '@hono/zod-openapi';
import type { SandboxEnv } from '../../../core/provider.js';
import type { addRoute, getRoute, inactivateRoute, listRoute, updateRoute } from './payment-providers.routes.js';
import type { PaymentProviderService } from './payment-providers.service.js';

export function paymentProviderHandlers(service: PaymentProviderService) {
  const list: RouteHandler<typeof listRoute, SandboxEnv> = (c) =>
    c.json(service.list(c.req.valid('param').tenantLocator, c.req.valid('query')), 200);

  const get: RouteHandler<typeof getRoute, SandboxEnv> = (c) => {
    const { tenantLocator, locator } = c.req.valid('param');
    return c.json(service.get(tenantLocator, locator), 200);
  };

  const add: RouteHandler<typeof addRoute, SandboxEnv> = (c) =>
    c.json(service.add(c.req.valid('param').tenantLocator, c.var.scenario, c.req.valid('json')), 200);

  const update: RouteHandler<typeof updateRoute, SandboxEnv> = (c) => {
    const { tenantLocator, locator } = c.req.valid('param');
    return c.json(service.update(tenantLocator, locator, c.var.scenario, c.req.valid('json')), 200);
  };

  const inactivate: RouteHandler<typeof inactivateRoute, SandboxEnv> = (c) => {
    const { tenantLocator, locator } = c.req.valid('param');
    return c.json(service.inactivate(tenantLocator, locator), 200);
  };

  return { list, get, add, update, inactivate };
}
