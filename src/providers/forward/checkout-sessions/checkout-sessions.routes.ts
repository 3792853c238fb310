/** Checkout sessions: the seed's seven operations, on Forward's native paths. */
import { createRoute, z } from '@hono/zod-openapi';
import { accountHeaders, errorResponses, IdParams, idempotencyHeaders, json, ListQuery } from '../common.schemas.js';
import { CreatePaymentRequest, Payment } from '../payments/payments.schemas.js';
import { CheckoutSession, CheckoutSessionDetails, CheckoutSessionList, CreateCheckoutSessionRequest } from './checkout-sessions.schemas.js';

const tags = ['Checkout Sessions'];
const ok = { 200: { description: 'The checkout session.', ...json(CheckoutSession) }, ...errorResponses };
const optionalAccount = z.object({
  'x-account-id': z.string().optional().openapi({ param: { name: 'x-account-id', in: 'header' }, description: 'Optional: without it the session is found by its id alone.' }),
});

export const listSessionsRoute = createRoute({
  method: 'get',
  path: '/checkout_sessions',
  operationId: 'listCheckoutSessions',
  tags,
  summary: 'Fetch list of checkout sessions for a given account',
  request: { headers: accountHeaders, query: ListQuery },
  responses: { 200: { description: 'Newest first.', ...json(CheckoutSessionList) }, ...errorResponses },
});

export const createSessionRoute = createRoute({
  method: 'post',
  path: '/checkout_sessions',
  operationId: 'createCheckoutSession',
  tags,
  summary: 'Create a new checkout session (and its payment intent)',
  request: { headers: idempotencyHeaders, body: { required: true, ...json(CreateCheckoutSessionRequest) } },
  responses: ok,
});

export const getSessionRoute = createRoute({
  method: 'get',
  path: '/checkout_sessions/{id}',
  operationId: 'getCheckoutSession',
  tags,
  summary: 'Fetch a specific checkout session',
  request: { headers: accountHeaders, params: IdParams },
  responses: ok,
});

export const getSessionDetailsRoute = createRoute({
  method: 'get',
  path: '/checkout_sessions/{id}/details',
  operationId: 'getCheckoutSessionDetails',
  tags,
  summary: 'Fetch a checkout session with the merchant branding its page shows',
  request: { headers: optionalAccount, params: IdParams },
  responses: { 200: { description: 'The session and its branding.', ...json(CheckoutSessionDetails) }, ...errorResponses },
});

export const completeSessionRoute = createRoute({
  method: 'post',
  path: '/checkout_sessions/{id}/complete',
  operationId: 'completeCheckoutSession',
  tags,
  summary: 'Complete a checkout session (open, with a successful payment on its intent)',
  request: { headers: idempotencyHeaders, params: IdParams, body: { required: false, ...json(z.object({}).strict()) } },
  responses: ok,
});

export const expireSessionRoute = createRoute({
  method: 'post',
  path: '/checkout_sessions/{id}/expire',
  operationId: 'expireCheckoutSession',
  tags,
  summary: 'Expire an open checkout session (its unpaid payment intent is cancelled)',
  request: { headers: idempotencyHeaders, params: IdParams, body: { required: false, ...json(z.object({}).strict()) } },
  responses: ok,
});

export const createSessionPaymentRoute = createRoute({
  method: 'post',
  path: '/checkout_sessions/{id}/payments',
  operationId: 'createCheckoutSessionPayment',
  tags,
  summary: 'Create a checkout session payment (a success completes the session; a decline leaves it open)',
  request: { headers: idempotencyHeaders, params: IdParams, body: { required: true, ...json(CreatePaymentRequest) } },
  responses: { 200: { description: 'The payment.', ...json(Payment) }, ...errorResponses },
});
