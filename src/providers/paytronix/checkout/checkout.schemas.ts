/**
 * createCheckoutSession, paymentIntent, capturePaymentIntent and cancelPaymentIntent: requests and
 * the seed's CheckoutSession and PaymentIntent entities. Amounts are written like ChargeResponse's,
 * as "25.00" strings. `lineItems` is one LineItem as the seed types it, or a list of them.
 */
import { z } from '@hono/zod-openapi';
import { authFields, merchantId } from '../common.schemas.js';
import { Address, Amount, ChargeResponse } from '../recharge/recharge.schemas.js';
import { INTENT_STATUSES } from './checkout.stored.js';

export const MAX_LINE_ITEMS = 100;

const ccProcessorId = z.number().int().openapi({ description: 'Credit Card Processor ID associated with the Web Sale Program', example: 1 });
const url = (description: string) => z.string().min(1).max(2048).openapi({ description });

export const LineItem = z
  .object({
    amount: Amount.openapi({ description: "The line's total price (not multiplied by quantity)", example: '25.00' }),
    description: z.string().min(1).max(500).openapi({ example: 'egift card(s)' }),
    quantity: z.number().int().min(1).max(10000).openapi({ example: 1 }),
  })
  .openapi('LineItem');

const LineItemList = z.array(LineItem).min(1).max(MAX_LINE_ITEMS);

/** What the OpenAPI document shows: one LineItem (the seed) or a list. */
const LineItemsDoc = z.union([LineItem, LineItemList]).openapi({ description: 'One LineItem (as the seed types it) or a list of them; the amount charged is the sum of their amounts' });

/** What validation runs: the shape the input has, so a single item's errors read `lineItems/amount`. */
const LineItemsInput = z.unknown().superRefine((value, ctx) => {
  const result = (Array.isArray(value) ? LineItemList : LineItem).safeParse(value, { reportInput: true });
  if (!result.success) for (const issue of result.error.issues) ctx.addIssue(issue as never);
});

const createFields = {
  ...authFields,
  merchantId,
  ccProcessorId,
  cancelUrl: url('Where the hosted page sends the guest when the payment is cancelled (absolute http(s) URL)'),
  successUrl: url('Where the hosted page sends the guest when the payment succeeds (absolute http(s) URL)'),
};

export const CreateCheckoutSessionBody = z.object({ ...createFields, lineItems: LineItemsDoc }).openapi('CreateCheckoutSessionRequest');
export const CreateCheckoutSessionInput = z.object({ ...createFields, lineItems: LineItemsInput });

const intentFields = {
  ...authFields,
  merchantId,
  ccProcessorId,
  paymentIntentId: z.string().min(1).max(255).openapi({ description: 'The payment intent ID of a checkout session', example: 'pi_3Mtw1bLkdIwHu7ix28a3tqPa' }),
};

export const PaymentIntentQuery = z
  .object({ ...intentFields, checkoutSessionId: z.string().min(1).max(255).optional().openapi({ description: 'When given, the payment intent must belong to this checkout session' }) })
  .openapi('PaymentIntentQuery');
export const PaymentIntentActionBody = z.object(intentFields).openapi('PaymentIntentActionRequest');

export const PaymentIntent = z
  .object({
    id: z.string(),
    amount: z.string().openapi({ description: 'Total amount, e.g. "25.00"' }),
    chargeInfo: ChargeResponse.optional().openapi({ description: 'The latest card charge (absent until the guest pays)' }),
    status: z.enum(INTENT_STATUSES),
    billingAddress: Address.optional(),
    guestName: z.string().optional(),
    guestPhone: z.string().optional(),
  })
  .openapi('PaymentIntent');

export const CheckoutSession = z
  .object({ id: z.string(), paymentIntent: PaymentIntent, redirectUrl: z.string().openapi({ description: 'The hosted checkout page (absolute URL on the sandbox)' }) })
  .openapi('CheckoutSession');

export const CheckoutSessionSuccess = z.object({ result: z.literal('success'), checkoutSession: CheckoutSession }).openapi('CreateCheckoutSessionSuccess');
export const PaymentIntentSuccess = z.object({ result: z.literal('success'), paymentIntent: PaymentIntent }).openapi('PaymentIntentSuccess');

export type LineItem = z.output<typeof LineItem>;
export type CreateCheckoutSessionInput = Omit<z.output<typeof CreateCheckoutSessionInput>, 'lineItems'> & { lineItems: LineItem | LineItem[] };
export type PaymentIntentQuery = z.output<typeof PaymentIntentQuery>;
export type PaymentIntentActionBody = z.output<typeof PaymentIntentActionBody>;
export type PaymentIntent = z.output<typeof PaymentIntent>;
export type CheckoutSession = z.output<typeof CheckoutSession>;
