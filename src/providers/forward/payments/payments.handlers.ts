/** Payments: thin handlers, served through the Forward pipeline. */
import type { RouteHandler } from '@hono/zod-openapi';
import { accountOf, type ForwardContext, type ForwardEnv } from '../context.js';
import { createPaymentRoute, listPaymentsRoute } from './payments.routes.js';

export function registerPayments(ctx: ForwardContext): void {
  const { payments } = ctx;
  const create: RouteHandler<typeof createPaymentRoute, ForwardEnv> = (c) =>
    c.json(payments.pay(accountOf(c), c.req.valid('param').id, c.req.valid('json'), c.var.scenario), 200);
  const list: RouteHandler<typeof listPaymentsRoute, ForwardEnv> = (c) => c.json(payments.list(accountOf(c), c.req.valid('param').id, c.req.valid('query')), 200);
  ctx.serve(createPaymentRoute, { id: 'createPayment', idempotent: true }, create);
  ctx.serve(listPaymentsRoute, { id: 'listPayments' }, list);
}
