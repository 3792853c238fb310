/** Payment intents: the nine intent operations of the seed (payments and refunds have their own files). */
import { createRoute, z } from '@hono/zod-openapi';
import { accountHeaders, errorResponses, IdParams, idempotencyHeaders, json, ListQuery } from '../common.schemas.js';
import {
  CancelPaymentIntentRequest,
  CapturePaymentIntentRequest,
  CreatePaymentIntentRequest,
  PaymentIntent,
  PaymentIntentList,
  PaymentIntentSearchResult,
  SearchPaymentIntentsRequest,
  UpdatePaymentIntentRequest,
} from './payment-intents.schemas.js';

const tags = ['Payment Intents'];
const ok = { 200: { description: 'The payment intent.', ...json(PaymentIntent) }, ...errorResponses };
const scopeHeaders = z.object({
  'x-account-id': z.string().optional().openapi({ param: { name: 'x-account-id', in: 'header' } }),
  'x-business-id': z.string().optional().openapi({ param: { name: 'x-business-id', in: 'header' }, description: 'Without x-account-id: every account of this business.' }),
});

export const createIntentRoute = createRoute({
  method: 'post',
  path: '/payment_intents',
  operationId: 'createPaymentIntent',
  tags,
  summary: 'Create a payment intent',
  request: { headers: idempotencyHeaders, body: { required: true, ...json(CreatePaymentIntentRequest) } },
  responses: ok,
});

export const listIntentsRoute = createRoute({
  method: 'get',
  path: '/payment_intents',
  operationId: 'listPaymentIntents',
  tags,
  summary: 'Fetch a list of payment intents for an account (or a business)',
  request: { headers: scopeHeaders, query: ListQuery },
  responses: { 200: { description: 'Newest first.', ...json(PaymentIntentList) }, ...errorResponses },
});

export const searchIntentsRoute = createRoute({
  method: 'post',
  path: '/payment_intents/search',
  operationId: 'searchPaymentIntents',
  tags,
  summary: 'Search for payment intents',
  request: { headers: scopeHeaders, body: { required: true, ...json(SearchPaymentIntentsRequest) } },
  responses: { 200: { description: 'One numbered page.', ...json(PaymentIntentSearchResult) }, ...errorResponses },
});

export const getIntentRoute = createRoute({
  method: 'get',
  path: '/payment_intents/{id}',
  operationId: 'getPaymentIntent',
  tags,
  summary: 'Fetch a payment intent for an account',
  request: { headers: accountHeaders, params: IdParams },
  responses: ok,
});

export const updateIntentRoute = createRoute({
  method: 'patch',
  path: '/payment_intents/{id}',
  operationId: 'updatePaymentIntent',
  tags,
  summary: 'Patch a payment intent (only while created)',
  request: { headers: idempotencyHeaders, params: IdParams, body: { required: true, ...json(UpdatePaymentIntentRequest) } },
  responses: ok,
});

export const cancelIntentRoute = createRoute({
  method: 'post',
  path: '/payment_intents/{id}/cancel',
  operationId: 'cancelPaymentIntent',
  tags,
  summary: 'Cancel a payment intent (voids an open authorization)',
  request: { headers: idempotencyHeaders, params: IdParams, body: { required: false, ...json(CancelPaymentIntentRequest) } },
  responses: ok,
});

export const captureIntentRoute = createRoute({
  method: 'post',
  path: '/payment_intents/{id}/capture',
  operationId: 'capturePaymentIntent',
  tags,
  summary: 'Capture a payment intent (partial allowed; the rest is voided)',
  request: { headers: idempotencyHeaders, params: IdParams, body: { required: false, ...json(CapturePaymentIntentRequest) } },
  responses: ok,
});
