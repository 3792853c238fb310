/** Payment intents: thin handlers, served through the Forward pipeline. */
import type { RouteHandler } from '@hono/zod-openapi';
import { accountOf, type ForwardContext, type ForwardEnv } from '../context.js';
import {
  cancelIntentRoute,
  captureIntentRoute,
  createIntentRoute,
  getIntentRoute,
  listIntentsRoute,
  searchIntentsRoute,
  updateIntentRoute,
} from './payment-intents.routes.js';
import type { Scope } from './payment-intents.service.js';

const scopeOf = (c: { var: ForwardEnv['Variables']; req: { header(name: string): string | undefined } }): Scope => ({
  account: c.var.account,
  businessId: c.req.header('x-business-id')?.trim() || undefined,
});

export function registerPaymentIntents(ctx: ForwardContext): void {
  const { intents, payments } = ctx;
  const create: RouteHandler<typeof createIntentRoute, ForwardEnv> = (c) => c.json(intents.create(accountOf(c), c.req.valid('json')), 200);
  const list: RouteHandler<typeof listIntentsRoute, ForwardEnv> = (c) => c.json(intents.list(scopeOf(c), c.req.valid('query')), 200);
  const search: RouteHandler<typeof searchIntentsRoute, ForwardEnv> = (c) => c.json(intents.search(scopeOf(c), c.req.valid('json')), 200);
  const get: RouteHandler<typeof getIntentRoute, ForwardEnv> = (c) => c.json(intents.get(accountOf(c), c.req.valid('param').id), 200);
  const update: RouteHandler<typeof updateIntentRoute, ForwardEnv> = (c) => c.json(intents.update(accountOf(c), c.req.valid('param').id, c.req.valid('json')), 200);
  const cancel: RouteHandler<typeof cancelIntentRoute, ForwardEnv> = (c) => c.json(payments.cancel(accountOf(c), c.req.valid('param').id, c.req.valid('json')), 200);
  const capture: RouteHandler<typeof captureIntentRoute, ForwardEnv> = (c) => c.json(payments.capture(accountOf(c), c.req.valid('param').id, c.req.valid('json')), 200);

  ctx.serve(createIntentRoute, { id: 'createPaymentIntent', idempotent: true }, create);
  ctx.serve(listIntentsRoute, { id: 'listPaymentIntents', account: 'optional' }, list);
  ctx.serve(searchIntentsRoute, { id: 'searchPaymentIntents', account: 'optional' }, search);
  ctx.serve(getIntentRoute, { id: 'getPaymentIntent' }, get);
  ctx.serve(updateIntentRoute, { id: 'updatePaymentIntent', idempotent: true }, update);
  ctx.serve(cancelIntentRoute, { id: 'cancelPaymentIntent', idempotent: true, optionalBody: true }, cancel);
  ctx.serve(captureIntentRoute, { id: 'capturePaymentIntent', idempotent: true, optionalBody: true }, capture);
}
