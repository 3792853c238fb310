/**
 * A hosted checkout session and its payment intent as stored (`paytronix.checkoutSessions`, by
 * session id). Amounts are integer cents; the charge keeps only the card's last four, brand and
 * expiry, never the number.
 */
import { z } from '@hono/zod-openapi';

const cents = z.number().int().min(0);

export const INTENT_STATUSES = ['REQUIRES_PAYMENT_METHOD', 'REQUIRES_CONFIRMATION', 'REQUIRES_ACTION', 'PROCESSING', 'REQUIRES_CAPTURE', 'CANCELED', 'SUCCEEDED'] as const;
export const IntentStatus = z.enum(INTENT_STATUSES);

export const StoredLineItem = z.object({ amountCents: cents, description: z.string(), quantity: z.number().int() }).strict();

/** The latest card charge on the intent (authorization, then capture). */
export const StoredIntentCharge = z
  .object({
    atMs: z.number(),
    transactionState: z.enum(['Succeeded', 'Failed']),
    processorResponseCode: z.number().int(),
    processorResponseMessage: z.string(),
    processorReferenceNumber: z.string(),
    authCode: z.string(),
    amountCents: cents,
    paymentMethodType: z.literal('CC'),
    cardType: z.string(),
    lastFour: z.string().regex(/^\d{4}$/),
    expDate: z.string(),
  })
  .strict();

export const StoredBillingAddress = z
  .object({ street: z.string(), city: z.string(), stateProvince: z.string(), postalCode: z.string(), country: z.string() })
  .strict();

export const StoredPaymentIntent = z
  .object({
    id: z.string(),
    amountCents: cents,
    status: IntentStatus,
    chargeInfo: StoredIntentCharge.nullable(),
    /** The scenario said the authorization stands but its capture will be declined. */
    captureDeclined: z.boolean(),
    billingAddress: StoredBillingAddress.optional(),
    guestName: z.string().optional(),
    guestPhone: z.string().optional(),
  })
  .strict();

export const StoredCheckoutSession = z
  .object({
    id: z.string(),
    merchantId: z.number().int(),
    ccProcessorId: z.number().int(),
    cancelUrl: z.string(),
    successUrl: z.string(),
    lineItems: z.array(StoredLineItem),
    createdAtMs: z.number(),
    paymentIntent: StoredPaymentIntent,
  })
  .strict();

export type IntentStatus = z.output<typeof IntentStatus>;
export type StoredLineItem = z.output<typeof StoredLineItem>;
export type StoredIntentCharge = z.output<typeof StoredIntentCharge>;
export type StoredPaymentIntent = z.output<typeof StoredPaymentIntent>;
export type StoredCheckoutSession = z.output<typeof StoredCheckoutSession>;
