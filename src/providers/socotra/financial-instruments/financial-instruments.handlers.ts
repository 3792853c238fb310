/** Thin handlers: validated input → one service call → JSON (every success is 200). */
import type { RouteHandler } from '@hono/zod-openapi';
import type { SandboxEnv } from '../../../core/provider.js';
import type { addInstrumentRoute, getInstrumentRoute, updateInstrumentRoute } from './financial-instruments.routes.js';
import type { FinancialInstrumentService } from './financial-instruments.service.js';

export function financialInstrumentHandlers(service: FinancialInstrumentService) {
  const get: RouteHandler<typeof getInstrumentRoute, SandboxEnv> = (c) => {
    const { tenantLocator, financialInstrumentLocator } = c.req.valid('param');
    return c.json(service.get(tenantLocator, financialInstrumentLocator), 200);
  };

  const add: RouteHandler<typeof addInstrumentRoute, SandboxEnv> = (c) => {
    const { tenantLocator, financialInstrumentLocator } = c.req.valid('param');
    return c.json(service.add(tenantLocator, financialInstrumentLocator, c.req.valid('json')), 200);
  };

  const update: RouteHandler<typeof updateInstrumentRoute, SandboxEnv> = (c) => {
    const { tenantLocator, financialInstrumentLocator } = c.req.valid('param');
    return c.json(service.update(tenantLocator, financialInstrumentLocator, c.req.valid('json')), 200);
  };

  return { get, add, update };
}
