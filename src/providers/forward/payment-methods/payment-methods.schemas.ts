/** Payment methods on the wire: the tokenization request (payment_method_intents), the object, the patch. */
import { z } from '@hono/zod-openapi';
import { PAYMENT_METHOD_TYPES } from '../common.schemas.js';

export const Address = z
  .object({
    line1: z.string().optional(),
    line2: z.string().optional(),
    city: z.string().optional(),
    state: z.string().optional(),
    postal_code: z.string().optional(),
    country: z.string().optional(),
  })
  .strict()
  .openapi('Address');

export const BillingDetails = z
  .object({ address: Address.optional(), email: z.string().optional(), name: z.string().optional(), phone: z.string().optional() })
  .strict()
  .openapi('BillingDetails');
export type BillingDetails = z.output<typeof BillingDetails>;

const digits = (min: number, max: number, what: string) =>
  z.unknown().transform((v, ctx) => {
    if (v === undefined || v === null) {
      ctx.addIssue({ code: 'custom', message: 'is required' });
      return z.NEVER;
    }
    const s = typeof v === 'string' || typeof v === 'number' ? String(v).replace(/[ -]/g, '') : '';
    if (!new RegExp(`^\\d{${min},${max}}$`).test(s)) {
      ctx.addIssue({ code: 'custom', message: `must be ${min === max ? min : `${min}–${max}`} digits (${what})` });
      return z.NEVER;
    }
    return s;
  });

const month = z.coerce.number().int().min(1).max(12);
const year = z.coerce.number().int().min(0).max(9999).transform((y) => (y < 100 ? 2000 + y : y));

export const CardInput = z
  .object({
    number: digits(12, 19, 'card number').openapi({ type: 'string', writeOnly: true, example: '4242424242424242' }),
    exp_month: month.openapi({ type: 'integer', example: 12 }),
    exp_year: year.openapi({ type: 'integer', example: 2030 }),
    cvv: digits(3, 4, 'security code').optional().openapi({ type: 'string', writeOnly: true, example: '123' }),
    name: z.string().optional(),
  })
  .strict();

export const BankInput = z
  .object({
    routing_number: digits(9, 9, 'ABA routing number').openapi({ type: 'string', example: '110000000' }),
    account_number: digits(4, 17, 'bank account number').openapi({ type: 'string', writeOnly: true, example: '000123456789' }),
    account_type: z.enum(['checking', 'savings']).default('checking'),
  })
  .strict();

export const PaymentMethodData = z.discriminatedUnion('payment_method_type', [
  z.object({ payment_method_type: z.literal('card'), card: CardInput, billing_details: BillingDetails.optional() }).strict(),
  z.object({ payment_method_type: z.literal('bank'), bank: BankInput, billing_details: BillingDetails.optional() }).strict(),
]);

export const PaymentMethodIntentRequest = z
  .object({
    payment_method_types: z.array(z.enum(PAYMENT_METHOD_TYPES)).min(1).optional(),
    payment_method_data: PaymentMethodData,
  })
  .strict()
  .openapi('PaymentMethodIntentRequest');
export type PaymentMethodIntentRequest = z.output<typeof PaymentMethodIntentRequest>;

export const UpdatePaymentMethodRequest = z.object({ billing_details: BillingDetails }).strict().openapi('UpdatePaymentMethodRequest');
export type UpdatePaymentMethodRequest = z.output<typeof UpdatePaymentMethodRequest>;

export const CardDetails = z.object({
  brand: z.string(),
  first_six_digits: z.string(),
  last_four_digits: z.string(),
  exp_month: z.number().int(),
  exp_year: z.number().int(),
  name: z.string().nullable(),
});

export const BankDetails = z.object({ routing_number: z.string(), last_four_digits: z.string(), account_type: z.enum(['checking', 'savings']) });

export const PaymentMethod = z
  .object({
    id: z.string(),
    entity: z.literal('payment_method'),
    created_at: z.string(),
    updated_at: z.string(),
    payment_method_type: z.enum(PAYMENT_METHOD_TYPES),
    source_type: z.literal('cardpointe'),
    billing_details: BillingDetails,
    single_use_token: z.boolean(),
    signature: z.string().nullable(),
    card: CardDetails.optional(),
    bank: BankDetails.optional(),
    account_id: z.string(),
  })
  .openapi('PaymentMethod');
export type PaymentMethod = z.output<typeof PaymentMethod>;

/** What the database keeps: the wire object plus the facts authorization needs (never the number). */
export type StoredPaymentMethod = PaymentMethod & {
  /** `424242******4242`: the scenario fact for the card. */
  card_key: string | null;
  /** A CVV was given at tokenization (its value is not kept). */
  cvv_provided: boolean;
};
