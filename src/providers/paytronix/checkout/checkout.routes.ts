import { createRoute } from '@hono/zod-openapi';
import { FailureBody, InvalidInputsBody } from '../common.schemas.js';
import { outcomes, releaseParams } from '../routes.common.js';
import { CheckoutSessionSuccess, CreateCheckoutSessionBody, PaymentIntentActionBody, PaymentIntentQuery, PaymentIntentSuccess } from './checkout.schemas.js';

export const createCheckoutSessionRoute = createRoute({
  method: 'post',
  path: '/rest/{release}/payment/createCheckoutSession.json',
  operationId: 'createCheckoutSession',
  summary: 'Create a checkout session for the hosted payment page; b2b only',
  request: { params: releaseParams, body: { content: { 'application/json': { schema: CreateCheckoutSessionBody } }, required: true } },
  responses: outcomes(CheckoutSessionSuccess, FailureBody, InvalidInputsBody),
});

export const paymentIntentRoute = createRoute({
  method: 'get',
  path: '/rest/{release}/payment/paymentIntent.json',
  operationId: 'paymentIntent',
  summary: "Get a checkout session's payment intent; b2b only",
  request: { params: releaseParams, query: PaymentIntentQuery },
  responses: outcomes(PaymentIntentSuccess, FailureBody, InvalidInputsBody),
});

export const capturePaymentIntentRoute = createRoute({
  method: 'post',
  path: '/rest/{release}/payment/capturePaymentIntent.json',
  operationId: 'capturePaymentIntent',
  summary: 'Capture an authorized payment intent (REQUIRES_CAPTURE → SUCCEEDED); b2b only',
  request: { params: releaseParams, body: { content: { 'application/json': { schema: PaymentIntentActionBody } }, required: true } },
  responses: outcomes(PaymentIntentSuccess, FailureBody, InvalidInputsBody),
});

export const cancelPaymentIntentRoute = createRoute({
  method: 'post',
  path: '/rest/{release}/payment/cancelPaymentIntent.json',
  operationId: 'cancelPaymentIntent',
  summary: 'Cancel a payment intent not yet captured (REQUIRES_PAYMENT_METHOD or REQUIRES_CAPTURE → CANCELED); b2b only',
  request: { params: releaseParams, body: { content: { 'application/json': { schema: PaymentIntentActionBody } }, required: true } },
  responses: outcomes(PaymentIntentSuccess, FailureBody, InvalidInputsBody),
});
