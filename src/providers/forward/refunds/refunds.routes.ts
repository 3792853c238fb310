/** Refunds: create one on a payment intent, fetch one by id. */
import { createRoute } from '@hono/zod-openapi';
import { accountHeaders, errorResponses, IdParams, idempotencyHeaders, json } from '../common.schemas.js';
import { CreateRefundRequest, Refund } from './refunds.schemas.js';

const ok = { 200: { description: 'The refund.', ...json(Refund) }, ...errorResponses };

export const createRefundRoute = createRoute({
  method: 'post',
  path: '/payment_intents/{id}/refunds',
  operationId: 'createRefund',
  tags: ['Payment Intents'],
  summary: 'Create a refund (partial allowed; amount defaults to what remains)',
  request: { headers: idempotencyHeaders, params: IdParams, body: { required: false, ...json(CreateRefundRequest) } },
  responses: ok,
});

export const getRefundRoute = createRoute({
  method: 'get',
  path: '/refunds/{id}',
  operationId: 'getRefund',
  tags: ['Refunds'],
  summary: 'Fetch a refund by id',
  request: { headers: accountHeaders, params: IdParams },
  responses: ok,
});
