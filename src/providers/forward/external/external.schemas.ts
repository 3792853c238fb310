/** External payments and refunds on the wire: what another gateway processed, recorded in Forward. */
import { z } from '@hono/zod-openapi';
import { amount, anyObject, CANCELLATION_REASONS, userFields } from '../common.schemas.js';
import { BillingDetails } from '../payment-methods/payment-methods.schemas.js';
import { CreateRefundRequest } from '../refunds/refunds.schemas.js';

const lastFour = z.string().regex(/^\d{4}$/, 'must be 4 digits');
/** A gateway's response: any JSON object, kept as given and never returned. */
const gatewayObject = z.looseObject({});

export const ExternalIntentInput = z
  .object({
    amount,
    capture: z.boolean().default(true),
    currency: z.literal('USD').default('USD'),
    reference_id: z.string().optional(),
    description: z.string().optional(),
    user_fields: userFields.optional(),
    order_details: anyObject.optional(),
    merchant_amount: amount.optional(),
    payment_splits: z.array(anyObject).optional(),
  })
  .strict()
  .openapi('ExternalPaymentIntentCreateRequestDTO');

/** Only what a receipt shows: never a full card number (an unknown `number` field is refused). */
export const ExternalCard = z
  .object({
    brand: z.string().min(1).openapi({ example: 'visa' }),
    last_four_digits: lastFour.openapi({ example: '4242' }),
    exp_month: z.number().int().min(1).max(12).optional(),
    exp_year: z.number().int().min(2000).max(9999).optional(),
  })
  .strict()
  .openapi('ExternalCard');
export type ExternalCard = z.output<typeof ExternalCard>;

export const ExternalBank = z
  .object({
    last_four_digits: lastFour.openapi({ example: '6789' }),
    routing_number: z.string().regex(/^\d{9}$/, 'must be 9 digits').optional(),
    account_type: z.enum(['checking', 'savings']).default('checking'),
  })
  .strict()
  .openapi('ExternalBank');
export type ExternalBank = z.output<typeof ExternalBank>;

export const ExternalPaymentMethodInput = z
  .discriminatedUnion('payment_method_type', [
    z.object({ payment_method_type: z.literal('card'), card: ExternalCard, billing_details: BillingDetails.optional() }).strict(),
    z.object({ payment_method_type: z.literal('bank'), bank: ExternalBank, billing_details: BillingDetails.optional() }).strict(),
  ])
  .openapi('ExternalPaymentMethodCreateRequestDTO');
export type ExternalPaymentMethodInput = z.output<typeof ExternalPaymentMethodInput>;

export const CreateExternalPaymentRequest = z
  .object({
    payment_intent: ExternalIntentInput,
    payment_method: ExternalPaymentMethodInput,
    gateway_response: gatewayObject.openapi({ description: 'The other gateway\'s response, kept as given (not returned).' }),
    card_present: z.boolean().default(false),
  })
  .strict()
  .openapi('ExternalPaymentCreateRequestDTO');
export type CreateExternalPaymentRequest = z.output<typeof CreateExternalPaymentRequest>;

export const CancelExternalPaymentRequest = z
  .object({ gateway_void_response: gatewayObject.optional(), cancellation_reason: z.enum(CANCELLATION_REASONS).optional() })
  .strict()
  .openapi('ExternalPaymentCancelRequestDTO');
export type CancelExternalPaymentRequest = z.output<typeof CancelExternalPaymentRequest>;

export const CaptureExternalPaymentRequest = z
  .object({
    amount: z.number().int().min(1).optional().openapi({ description: 'Cents; defaults to the whole authorization (the rest is voided).' }),
    gateway_capture_response: gatewayObject,
  })
  .strict()
  .openapi('ExternalPaymentCaptureRequestDTO');
export type CaptureExternalPaymentRequest = z.output<typeof CaptureExternalPaymentRequest>;

export const CreateExternalRefundRequest = z
  .object({
    payment_intent_id: z.string().min(1),
    refund_request: CreateRefundRequest.optional(),
    gateway_response: gatewayObject,
  })
  .strict()
  .openapi('ExternalRefundCreateRequestDTO');
export type CreateExternalRefundRequest = z.output<typeof CreateExternalRefundRequest>;

export const ExternalIntentParams = z.object({
  payment_intent_id: z.string().min(1).openapi({ param: { name: 'payment_intent_id', in: 'path' } }),
});
