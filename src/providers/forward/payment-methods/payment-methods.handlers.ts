/** Payment methods: thin handlers, served through the Forward pipeline. */
import type { RouteHandler } from '@hono/zod-openapi';
import { accountOf, type ForwardContext, type ForwardEnv } from '../context.js';
import { createPaymentMethodIntentRoute, getPaymentMethodRoute, updatePaymentMethodRoute } from './payment-methods.routes.js';

export function registerPaymentMethods(ctx: ForwardContext): void {
  const { methods } = ctx;
  const create: RouteHandler<typeof createPaymentMethodIntentRoute, ForwardEnv> = (c) => c.json(methods.create(accountOf(c), c.req.valid('json')), 200);
  const get: RouteHandler<typeof getPaymentMethodRoute, ForwardEnv> = (c) => c.json(methods.get(accountOf(c), c.req.valid('param').id), 200);
  const update: RouteHandler<typeof updatePaymentMethodRoute, ForwardEnv> = (c) =>
    c.json(methods.update(accountOf(c), c.req.valid('param').id, c.req.valid('json')), 200);
  ctx.serve(createPaymentMethodIntentRoute, { id: 'createPaymentMethodIntent' }, create);
  ctx.serve(getPaymentMethodRoute, { id: 'getPaymentMethod' }, get);
  ctx.serve(updatePaymentMethodRoute, { id: 'updatePaymentMethod' }, update);
}
