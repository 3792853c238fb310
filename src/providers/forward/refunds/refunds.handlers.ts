/** Refunds: thin handlers, served through the Forward pipeline. */
import type { RouteHandler } from '@hono/zod-openapi';
import { accountOf, type ForwardContext, type ForwardEnv } from '../context.js';
import { createRefundRoute, getRefundRoute } from './refunds.routes.js';
import type { RefundService } from './refunds.service.js';

export function registerRefunds(ctx: ForwardContext, refunds: RefundService): void {
  const create: RouteHandler<typeof createRefundRoute, ForwardEnv> = (c) =>
    c.json(refunds.create(accountOf(c), c.req.valid('param').id, c.req.valid('json').amount), 200);
  const get: RouteHandler<typeof getRefundRoute, ForwardEnv> = (c) => c.json(refunds.get(accountOf(c), c.req.valid('param').id), 200);
  ctx.serve(createRefundRoute, { id: 'createRefund', idempotent: true, optionalBody: true }, create);
  ctx.serve(getRefundRoute, { id: 'getRefund' }, get);
}
