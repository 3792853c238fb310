/** Processing plans: thin handlers, served through the Forward pipeline. */
import type { RouteHandler } from '@hono/zod-openapi';
import { accountOf, type ForwardContext, type ForwardEnv } from '../context.js';
import { getProcessingPlanRoute, listProcessingPlansRoute } from './processing-plans.routes.js';
import { ProcessingPlanService } from './processing-plans.service.js';

export function registerProcessingPlans(ctx: ForwardContext): void {
  const plans = new ProcessingPlanService(ctx.store);
  const list: RouteHandler<typeof listProcessingPlansRoute, ForwardEnv> = (c) => c.json(plans.list(accountOf(c), c.req.valid('query')), 200);
  const get: RouteHandler<typeof getProcessingPlanRoute, ForwardEnv> = (c) => c.json(plans.get(accountOf(c), c.req.valid('param').id), 200);
  // The fixed path before the {id} path.
  ctx.serve(listProcessingPlansRoute, { id: 'listProcessingPlans' }, list);
  ctx.serve(getProcessingPlanRoute, { id: 'getProcessingPlan' }, get);
}
