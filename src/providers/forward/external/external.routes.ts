/** External payments and refunds: record what another gateway processed (no outcomes, no ledger). */
import { createRoute } from '@hono/zod-openapi';
import { errorResponses, idempotencyHeaders, json } from '../common.schemas.js';
import { PaymentIntent } from '../payment-intents/payment-intents.schemas.js';
import { Refund } from '../refunds/refunds.schemas.js';
import {
  CancelExternalPaymentRequest,
  CaptureExternalPaymentRequest,
  CreateExternalPaymentRequest,
  CreateExternalRefundRequest,
  ExternalIntentParams,
} from './external.schemas.js';

const intentOk = { 200: { description: 'The payment intent (external: true).', ...json(PaymentIntent) }, ...errorResponses };

export const createExternalPaymentRoute = createRoute({
  method: 'post',
  path: '/external_payments',
  operationId: 'createExternalPayment',
  tags: ['External Payments'],
  summary: 'External: create a payment intent for a payment another gateway processed',
  request: { headers: idempotencyHeaders, body: { required: true, ...json(CreateExternalPaymentRequest) } },
  responses: intentOk,
});

export const cancelExternalPaymentRoute = createRoute({
  method: 'post',
  path: '/external_payments/{payment_intent_id}/cancel',
  operationId: 'cancelExternalPayment',
  tags: ['External Payments'],
  summary: 'External: cancel a payment intent (voids an uncaptured authorization)',
  request: { headers: idempotencyHeaders, params: ExternalIntentParams, body: { required: false, ...json(CancelExternalPaymentRequest) } },
  responses: intentOk,
});

export const captureExternalPaymentRoute = createRoute({
  method: 'post',
  path: '/external_payments/{payment_intent_id}/capture',
  operationId: 'captureExternalPayment',
  tags: ['External Payments'],
  summary: 'External: capture an external payment intent (partial allowed; the rest is voided)',
  request: { headers: idempotencyHeaders, params: ExternalIntentParams, body: { required: true, ...json(CaptureExternalPaymentRequest) } },
  responses: intentOk,
});

export const createExternalRefundRoute = createRoute({
  method: 'post',
  path: '/external_refunds',
  operationId: 'createExternalRefund',
  tags: ['External Refunds'],
  summary: 'External Refunds: record a refund another gateway processed (already settled)',
  request: { headers: idempotencyHeaders, body: { required: true, ...json(CreateExternalRefundRequest) } },
  responses: { 200: { description: 'The refund (external: true).', ...json(Refund) }, ...errorResponses },
});
