/** Payments of an intent: create one (an authorization attempt) and list them. */
import { createRoute } from '@hono/zod-openapi';
import { accountHeaders, errorResponses, IdParams, idempotencyHeaders, json, ListQuery } from '../common.schemas.js';
import { CreatePaymentRequest, Payment, PaymentList } from './payments.schemas.js';

const tags = ['Payment Intents'];

export const createPaymentRoute = createRoute({
  method: 'post',
  path: '/payment_intents/{id}/payments',
  operationId: 'createPayment',
  tags,
  summary: 'Create a payment (a declined card is a 200 payment with status failed)',
  request: { headers: idempotencyHeaders, params: IdParams, body: { required: true, ...json(CreatePaymentRequest) } },
  responses: { 200: { description: 'The payment.', ...json(Payment) }, ...errorResponses },
});

export const listPaymentsRoute = createRoute({
  method: 'get',
  path: '/payment_intents/{id}/payments',
  operationId: 'listPayments',
  tags,
  summary: 'Fetch list of payments for a payment intent',
  request: { headers: accountHeaders, params: IdParams, query: ListQuery },
  responses: { 200: { description: 'Newest first.', ...json(PaymentList) }, ...errorResponses },
});
