/** Thin handlers: validated body → one service call → JSON. */
import type { RouteHandler } from '@hono/zod-openapi';
import type { MewsEnv } from '../auth.js';
import type { addRoute, cancelRoute, getAllRoute } from './payment-requests.routes.js';
import type { PaymentRequestService } from './payment-requests.service.js';

export function paymentRequestHandlers(service: PaymentRequestService) {
  const getAll: RouteHandler<typeof getAllRoute, MewsEnv> = (c) =>
    c.json(service.getAll(c.var.enterpriseId, c.req.valid('json')), 200);

  const add: RouteHandler<typeof addRoute, MewsEnv> = (c) =>
    c.json({ PaymentRequests: service.add(c.var.enterpriseId, c.var.scenario, c.req.valid('json').PaymentRequests) }, 200);

  const cancel: RouteHandler<typeof cancelRoute, MewsEnv> = (c) =>
    c.json({ PaymentRequests: service.cancel(c.var.enterpriseId, c.req.valid('json').PaymentRequestIds) }, 200);

  return { getAll, add, cancel };
}
