/** Disputes: thin handlers, served through the Forward pipeline; the admin hooks live in disputes.admin.ts. */
import type { RouteHandler } from '@hono/zod-openapi';
import { accountOf, type ForwardContext, type ForwardEnv } from '../context.js';
import { registerDisputeAdmin } from './disputes.admin.js';
import { getDisputeRoute, listDisputesRoute } from './disputes.routes.js';

export function registerDisputes(ctx: ForwardContext): void {
  const { disputes } = ctx;
  const list: RouteHandler<typeof listDisputesRoute, ForwardEnv> = (c) => c.json(disputes.list(accountOf(c), c.req.valid('query')), 200);
  const get: RouteHandler<typeof getDisputeRoute, ForwardEnv> = (c) => c.json(disputes.get(accountOf(c), c.req.valid('param').id), 200);
  ctx.serve(listDisputesRoute, { id: 'listDisputes' }, list);
  ctx.serve(getDisputeRoute, { id: 'getDispute' }, get);
  registerDisputeAdmin(ctx);
}
