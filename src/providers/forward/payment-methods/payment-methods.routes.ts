/** Payment methods: tokenization (what Forward's JS SDK calls), fetch, update. */
import { createRoute } from '@hono/zod-openapi';
import { accountHeaders, errorResponses, IdParams, json } from '../common.schemas.js';
import { PaymentMethod, PaymentMethodIntentRequest, UpdatePaymentMethodRequest } from './payment-methods.schemas.js';

const ok = { 200: { description: 'The payment method (never the card number or CVV).', ...json(PaymentMethod) }, ...errorResponses };

export const createPaymentMethodIntentRoute = createRoute({
  method: 'post',
  path: '/payment_method_intents',
  operationId: 'createPaymentMethodIntent',
  tags: ['Payment Methods'],
  summary: 'Tokenize card or bank details into a payment method (the JS SDK call; not in the seed)',
  request: { headers: accountHeaders, body: { required: true, ...json(PaymentMethodIntentRequest) } },
  responses: ok,
});

export const getPaymentMethodRoute = createRoute({
  method: 'get',
  path: '/payment_methods/{id}',
  operationId: 'getPaymentMethod',
  tags: ['Payment Methods'],
  summary: 'Fetch payment method',
  request: { headers: accountHeaders, params: IdParams },
  responses: ok,
});

export const updatePaymentMethodRoute = createRoute({
  method: 'patch',
  path: '/payment_methods/{id}',
  operationId: 'updatePaymentMethod',
  tags: ['Payment Methods'],
  summary: 'Update payment method',
  request: { headers: accountHeaders, params: IdParams, body: { required: true, ...json(UpdatePaymentMethodRequest) } },
  responses: ok,
});
