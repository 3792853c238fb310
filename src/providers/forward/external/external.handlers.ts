/** External payments and refunds: thin handlers, served through the Forward pipeline. */
import type { RouteHandler } from '@hono/zod-openapi';
import { accountOf, type ForwardContext, type ForwardEnv } from '../context.js';
import type { RefundService } from '../refunds/refunds.service.js';
import { cancelExternalPaymentRoute, captureExternalPaymentRoute, createExternalPaymentRoute, createExternalRefundRoute } from './external.routes.js';
import { ExternalPaymentService } from './external.service.js';

export function registerExternal(ctx: ForwardContext, refunds: RefundService): void {
  const external = new ExternalPaymentService(ctx.deps, ctx.store, ctx.intents, ctx.payments);
  const create: RouteHandler<typeof createExternalPaymentRoute, ForwardEnv> = (c) => c.json(external.create(accountOf(c), c.req.valid('json')), 200);
  const cancel: RouteHandler<typeof cancelExternalPaymentRoute, ForwardEnv> = (c) =>
    c.json(external.cancel(accountOf(c), c.req.valid('param').payment_intent_id, c.req.valid('json')), 200);
  const capture: RouteHandler<typeof captureExternalPaymentRoute, ForwardEnv> = (c) =>
    c.json(external.capture(accountOf(c), c.req.valid('param').payment_intent_id, c.req.valid('json')), 200);
  const refund: RouteHandler<typeof createExternalRefundRoute, ForwardEnv> = (c) => {
    const body = c.req.valid('json');
    return c.json(refunds.createExternal(accountOf(c), body.payment_intent_id, body.refund_request?.amount, body.gateway_response), 200);
  };

  ctx.serve(createExternalPaymentRoute, { id: 'createExternalPayment', idempotent: true }, create);
  ctx.serve(cancelExternalPaymentRoute, { id: 'cancelExternalPayment', idempotent: true, optionalBody: true }, cancel);
  ctx.serve(captureExternalPaymentRoute, { id: 'captureExternalPayment', idempotent: true }, capture);
  ctx.serve(createExternalRefundRoute, { id: 'createExternalRefund', idempotent: true }, refund);
}
