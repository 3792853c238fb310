/** Payment intents on the wire: create, patch, cancel, capture, search, and the intent object. */
import { z } from '@hono/zod-openapi';
import { amount, anyObject, CANCELLATION_REASONS, listOf, PAYMENT_METHOD_TYPES, searchOf, searchPaging, SETTLEMENT, sortDirection, userFields } from '../common.schemas.js';
import { Payment } from '../payments/payments.schemas.js';

const split = anyObject.openapi('PaymentSplit');

export const CreatePaymentIntentRequest = z
  .object({
    amount,
    merchant_amount: amount.optional(),
    payment_splits: z.array(split).optional(),
    order_details: anyObject.optional(),
    capture: z.boolean().default(true),
    currency: z.literal('USD').default('USD'),
    reference_id: z.string().optional(),
    user_fields: userFields.optional(),
    description: z.string().optional(),
    payment_method_types: z.array(z.enum(PAYMENT_METHOD_TYPES)).min(1).optional(),
  })
  .strict()
  .openapi('PaymentIntentCreateRequestDTO');
export type CreatePaymentIntentRequest = z.output<typeof CreatePaymentIntentRequest>;

export const UpdatePaymentIntentRequest = z
  .object({
    amount: amount.optional(),
    merchant_amount: amount.optional(),
    payment_splits: z.array(split).optional(),
    order_details: anyObject.optional(),
    capture: z.boolean().optional(),
    payment_method_types: z.array(z.enum(PAYMENT_METHOD_TYPES)).min(1).optional(),
    reference_id: z.string().optional(),
    user_fields: userFields.optional(),
    description: z.string().optional(),
  })
  .strict()
  .openapi('PaymentIntentUpdateRequest');
export type UpdatePaymentIntentRequest = z.output<typeof UpdatePaymentIntentRequest>;

export const CancelPaymentIntentRequest = z.object({ cancellation_reason: z.enum(CANCELLATION_REASONS).optional() }).strict().openapi('CancelPaymentIntentRequest');
export type CancelPaymentIntentRequest = z.output<typeof CancelPaymentIntentRequest>;

export const CapturePaymentIntentRequest = z
  .object({ amount: z.number().int().min(1).optional(), payment_splits: z.array(split).optional() })
  .strict()
  .openapi('CapturePaymentIntentRequest');
export type CapturePaymentIntentRequest = z.output<typeof CapturePaymentIntentRequest>;

export const INTENT_SORT_COLUMNS = ['amount', 'created_at', 'updated_at', 'status', 'reference_id', 'captured_at', 'cancelled_at'] as const;
const isoDate = z.iso.datetime({ offset: true });

export const SearchPaymentIntentsRequest = z
  .object({
    reference_id: z.string().optional(),
    status: z.enum(['created', 'pending', 'uncaptured', 'captured', 'cancelled', 'failed']).optional(),
    settlement_status: SETTLEMENT.optional(),
    payment_status: z.enum(['pending', 'uncaptured', 'captured', 'cancelled', 'voided', 'failed']).optional(),
    has_refund: z.boolean().optional(),
    start_date: isoDate.optional(),
    end_date: isoDate.optional(),
    amount_min: z.number().int().optional(),
    amount_max: z.number().int().optional(),
    sort_column: z.enum(INTENT_SORT_COLUMNS).default('created_at'),
    sort_direction: sortDirection,
    ...searchPaging,
  })
  .strict()
  .openapi('SearchPaymentIntentsRequest');
export type SearchPaymentIntentsRequest = z.output<typeof SearchPaymentIntentsRequest>;

const nullableString = z.string().nullable();

export const PaymentIntent = z
  .object({
    id: z.string(),
    client_secret: z.string(),
    entity: z.literal('payment_intent'),
    status: z.enum(['created', 'pending', 'uncaptured', 'captured', 'cancelled', 'failed']),
    amount: z.number().int(),
    merchant_amount: z.number().int().nullable(),
    amount_authorized: z.number().int(),
    amount_captured: z.number().int(),
    amount_refunded: z.number().int(),
    amount_voided: z.number().int(),
    amount_disputed: z.number().int(),
    amount_reversed: z.number().int(),
    payment_splits: z.array(split),
    order_details: anyObject.nullable(),
    capture: z.boolean(),
    currency: z.literal('USD'),
    latest_payment: Payment.nullable(),
    disputed: z.boolean(),
    dispute_id: nullableString,
    reversed: z.boolean(),
    reversal_id: nullableString,
    external: z.boolean(),
    partner_id: z.string(),
    business_id: z.string(),
    account_id: z.string(),
    payment_method_types: z.array(z.enum(PAYMENT_METHOD_TYPES)),
    reference_id: nullableString,
    user_fields: anyObject.nullable(),
    cancellation_reason: nullableString,
    description: nullableString,
    created_at: z.string(),
    updated_at: z.string(),
    cancelled_at: nullableString,
    captured_at: nullableString,
    settlement_status: SETTLEMENT,
    settled_at: nullableString,
  })
  .openapi('PaymentIntent');

export const PaymentIntentList = listOf(PaymentIntent, 'PaymentIntentList');
export const PaymentIntentSearchResult = searchOf(PaymentIntent, 'PaymentIntentSearchResult');
