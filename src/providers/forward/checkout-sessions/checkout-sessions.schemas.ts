/** Checkout sessions on the wire: the create request, the session object, its list and details. */
import { z } from '@hono/zod-openapi';
import { amount, anyObject, listOf, PAYMENT_METHOD_TYPES, userFields } from '../common.schemas.js';
import { CreatePaymentIntentRequest } from '../payment-intents/payment-intents.schemas.js';

export const CreateCheckoutSessionRequest = z
  .object({
    cancel_url: z.url().openapi({ description: 'Where the page sends a customer who cancels.' }),
    success_url: z.url().openapi({ description: 'Where the page sends a customer who paid.' }),
    customer_email: z.email().openapi({ example: 'ada@example.com' }),
    reference_id: z.string().optional(),
    user_fields: userFields.optional(),
    payment_method_types: z.array(z.enum(PAYMENT_METHOD_TYPES)).min(1).optional().openapi({ description: 'Also the payment intent\'s accepted types.' }),
    payment_intent_data: CreatePaymentIntentRequest,
    subtotal: amount,
    discount_amount: amount,
  })
  .strict()
  .superRefine((body, ctx) => {
    if (body.subtotal >= 0 && body.discount_amount > body.subtotal) ctx.addIssue({ code: 'custom', path: ['discount_amount'], message: 'must not be more than subtotal' });
  })
  .openapi('CheckoutSessionCreateRequest');
export type CreateCheckoutSessionRequest = z.output<typeof CreateCheckoutSessionRequest>;

const nullableString = z.string().nullable();

export const CheckoutSession = z
  .object({
    id: z.string().openapi({ example: 'cs_2SG6ibTHTo4N6Sdx6Oh66IGg3o3' }),
    entity: z.literal('checkout_session'),
    url: z.string().openapi({ description: 'The hosted checkout page, on the sandbox\'s own host.' }),
    cancel_url: z.string(),
    success_url: z.string(),
    customer_email: z.string(),
    reference_id: nullableString,
    user_fields: anyObject.nullable(),
    payment_method_types: z.array(z.enum(PAYMENT_METHOD_TYPES)),
    payment_intent_data: anyObject,
    payment_intent_id: z.string(),
    subtotal: z.number().int(),
    discount_amount: z.number().int(),
    status: z.enum(['open', 'completed', 'expired']),
    account_id: z.string(),
    partner_id: z.string(),
    business_id: z.string(),
    created_at: z.string(),
    updated_at: z.string(),
    expires_at: z.string(),
  })
  .openapi('CheckoutSession');

export const CheckoutSessionList = listOf(CheckoutSession, 'CheckoutSessionList');

export const Branding = z
  .object({
    business_name: z.string(),
    logo_url: nullableString,
    primary_color: z.string().openapi({ example: '#1A56DB' }),
    secondary_color: z.string().openapi({ example: '#FFFFFF' }),
    support_email: z.string(),
  })
  .openapi('Branding');

export const CheckoutSessionDetails = z.object({ checkout_session: CheckoutSession, branding: Branding }).openapi('CheckoutSessionDetails');
