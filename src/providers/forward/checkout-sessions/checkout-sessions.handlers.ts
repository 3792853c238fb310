/** Checkout sessions: thin handlers served through the Forward pipeline, plus the hosted page. */
import type { RouteHandler } from '@hono/zod-openapi';
import { originOf } from '../../../core/http/origin.js';
import { accountOf, type ForwardContext, type ForwardEnv } from '../context.js';
import { renderCheckoutPage, renderNotFoundPage } from './checkout-page.js';
import {
  completeSessionRoute,
  createSessionPaymentRoute,
  createSessionRoute,
  expireSessionRoute,
  getSessionDetailsRoute,
  getSessionRoute,
  listSessionsRoute,
} from './checkout-sessions.routes.js';
import { CheckoutSessionService, PAGE_PATH } from './checkout-sessions.service.js';

export function registerCheckoutSessions(ctx: ForwardContext): void {
  const sessions = new CheckoutSessionService(ctx);
  const list: RouteHandler<typeof listSessionsRoute, ForwardEnv> = (c) => c.json(sessions.list(accountOf(c), c.req.valid('query'), originOf(c)), 200);
  const create: RouteHandler<typeof createSessionRoute, ForwardEnv> = (c) =>
    c.json(sessions.create(accountOf(c), c.req.valid('json'), c.var.scenario, originOf(c)), 200);
  const get: RouteHandler<typeof getSessionRoute, ForwardEnv> = (c) => c.json(sessions.get(accountOf(c), c.req.valid('param').id, originOf(c)), 200);
  const details: RouteHandler<typeof getSessionDetailsRoute, ForwardEnv> = (c) => c.json(sessions.details(c.var.account, c.req.valid('param').id, originOf(c)), 200);
  const complete: RouteHandler<typeof completeSessionRoute, ForwardEnv> = (c) => c.json(sessions.complete(accountOf(c), c.req.valid('param').id, originOf(c)), 200);
  const expire: RouteHandler<typeof expireSessionRoute, ForwardEnv> = (c) => c.json(sessions.expire(accountOf(c), c.req.valid('param').id, originOf(c)), 200);
  const pay: RouteHandler<typeof createSessionPaymentRoute, ForwardEnv> = (c) =>
    c.json(sessions.pay(accountOf(c), c.req.valid('param').id, c.req.valid('json'), c.var.scenario), 200);

  ctx.serve(listSessionsRoute, { id: 'listCheckoutSessions' }, list);
  ctx.serve(createSessionRoute, { id: 'createCheckoutSession', idempotent: true }, create);
  ctx.serve(getSessionRoute, { id: 'getCheckoutSession' }, get);
  ctx.serve(getSessionDetailsRoute, { id: 'getCheckoutSessionDetails', account: 'optional' }, details);
  ctx.serve(completeSessionRoute, { id: 'completeCheckoutSession', idempotent: true, optionalBody: true }, complete);
  ctx.serve(expireSessionRoute, { id: 'expireCheckoutSession', idempotent: true, optionalBody: true }, expire);
  ctx.serve(createSessionPaymentRoute, { id: 'createCheckoutSessionPayment', idempotent: true }, pay);

  // The hosted page: HTML, no API key; time-driven transitions are applied first, as for API calls.
  ctx.router.get(`${PAGE_PATH}/:id`, (c) => {
    ctx.jobs.tick(ctx.deps.clock.nowMs());
    const origin = originOf(c);
    const view = sessions.page(c.req.param('id'), origin);
    return view ? c.html(renderCheckoutPage(view, origin)) : c.html(renderNotFoundPage(c.req.param('id')), 404);
  });
}
