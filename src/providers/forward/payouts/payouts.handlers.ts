/** Payouts: thin handlers, served through the Forward pipeline; the service also owns the midnight sweep. */
import type { RouteHandler } from '@hono/zod-openapi';
import { accountOf, type ForwardContext, type ForwardEnv } from '../context.js';
import { getPayoutRoute, listBusinessPayoutsRoute, listPayoutsRoute } from './payouts.routes.js';
import { PayoutService } from './payouts.service.js';

export function registerPayouts(ctx: ForwardContext): void {
  const payouts = new PayoutService(ctx.deps, ctx.store, ctx.accounts, ctx.jobs);
  const list: RouteHandler<typeof listPayoutsRoute, ForwardEnv> = (c) => c.json(payouts.list(accountOf(c), c.req.valid('query')), 200);
  const business: RouteHandler<typeof listBusinessPayoutsRoute, ForwardEnv> = (c) => c.json(payouts.listBusiness(c.req.header('x-business-id'), c.req.valid('query')), 200);
  const get: RouteHandler<typeof getPayoutRoute, ForwardEnv> = (c) => c.json(payouts.get(accountOf(c), c.req.valid('param').id), 200);

  ctx.serve(listPayoutsRoute, { id: 'listPayouts' }, list);
  // Before /payouts/{id}; scoped by x-business-id, not x-account-id.
  ctx.serve(listBusinessPayoutsRoute, { id: 'listBusinessPayouts', account: 'none' }, business);
  ctx.serve(getPayoutRoute, { id: 'getPayout' }, get);
}
