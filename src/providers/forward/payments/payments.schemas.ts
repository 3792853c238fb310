/** Payments on the wire: the create request (intent or checkout session) and the payment object. */
import { z } from '@hono/zod-openapi';
import { anyObject, listOf, SETTLEMENT, userFields } from '../common.schemas.js';
import { BillingDetails } from '../payment-methods/payment-methods.schemas.js';

export const CreatePaymentRequest = z
  .object({
    reference_id: z.string().optional(),
    user_fields: userFields.optional(),
    description: z.string().optional(),
    order_details: anyObject.optional(),
    cvv2: z
      .string()
      .regex(/^\d{3,4}$/, 'must be 3 or 4 digits')
      .optional()
      .openapi({ writeOnly: true, description: 'Checked, never stored or returned.' }),
    payment_method_id: z.string().min(1).openapi({ example: 'pm_card_visa' }),
  })
  .strict()
  .openapi('CreatePaymentRequest');
export type CreatePaymentRequest = z.output<typeof CreatePaymentRequest>;

const check = z.enum(['pass', 'fail', 'unavailable']).nullable();
const nullableString = z.string().nullable();

export const Payment = z
  .object({
    id: z.string(),
    entity: z.literal('payment'),
    status: z.enum(['pending', 'uncaptured', 'captured', 'cancelled', 'voided', 'failed']),
    billing_details: BillingDetails,
    amount: z.number().int(),
    amount_authorized: z.number().int(),
    amount_captured: z.number().int(),
    amount_refunded: z.number().int(),
    amount_voided: z.number().int(),
    amount_disputed: z.number().int(),
    amount_reversed: z.number().int(),
    cvv: nullableString.openapi({ example: 'M' }),
    avs: nullableString.openapi({ example: 'Y' }),
    address_line1_check: check,
    address_postal_code_check: check,
    cvv_check: check,
    signature: anyObject.nullable(),
    emv_tag_data: nullableString,
    entry_mode: z.literal('keyed'),
    reversed: z.boolean(),
    reversal_id: nullableString,
    disputed: z.boolean(),
    dispute_id: nullableString,
    order_details: anyObject.nullable(),
    payment_intent_id: z.string(),
    payment_method_id: nullableString,
    payment_method: anyObject.nullable(),
    auth_code: nullableString,
    auth_response_text: nullableString,
    external: z.boolean(),
    card_present: z.boolean(),
    created_at: z.string(),
    updated_at: z.string(),
    account_id: z.string(),
    reference_id: nullableString,
    user_fields: anyObject.nullable(),
    description: nullableString,
    settlement_status: SETTLEMENT,
    settled_at: nullableString,
  })
  .openapi('Payment');

export const PaymentList = listOf(Payment, 'PaymentList');
