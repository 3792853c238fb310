/** Stored shapes (the `paytronix` namespace) and the request fields every endpoint shares. */
import { z } from '@hono/zod-openapi';
import { StoredCheckoutSession } from './checkout/checkout.stored.js';

const cents = z.number().int().min(0);

export const StoredProgram = z
  .object({
    cardTemplateCode: z.number().int(),
    autoRechargeEnabled: z.boolean(),
    oneTimeRechargeEnabled: z.boolean(),
    isThresholdPerAccount: z.boolean(),
    thresholdCents: cents,
    minCents: cents,
    maxCents: cents,
    cardTypes: z.array(z.string()),
    ccProcessorType: z.record(z.string(), z.enum(['PAYFLOW', 'SPREEDLY'])),
  })
  .strict();

export const StoredMerchant = z
  .object({
    merchantId: z.number().int(),
    name: z.string(),
    /** IANA zone: dates are written in it. */
    timeZone: z.string(),
    monitoringAllowed: z.boolean(),
    /** Credit card processors of the web sale program (createCheckoutSession, paymentIntent). */
    ccProcessorIds: z.array(z.number().int()),
    /** Domains registered for Apple Pay. */
    applePayDomains: z.array(z.string()),
    programs: z.record(z.string(), StoredProgram),
  })
  .strict();

export const StoredAddress = z
  .object({ street: z.string(), city: z.string(), stateProvince: z.string(), postalCode: z.string(), country: z.string() })
  .strict();

/** Usages a payment method can be the account's default for (one default per usage). */
export const USAGES = ['AUTO_RECHARGE', 'MOBILE_PAYMENT_DEFAULT', 'INSTANT_PAYMENT', 'SUBSCRIPTION'] as const;
export const Usage = z.enum(USAGES);
export const TOKEN_TYPES = ['credit_card', 'apple_pay', 'android_pay', 'google_pay'] as const;

const methodCommon = {
  savedCardCode: z.string(),
  nickname: z.string().optional(),
  address: StoredAddress.optional(),
  defaultUsages: z.array(Usage),
  savedAtMs: z.number(),
};

/** A saved credit card: last four, brand and expiry; never the number or the security code. */
export const StoredSavedCard = z
  .object({
    type: z.literal('SAVED_CC'),
    ...methodCommon,
    cardType: z.string(),
    cardholderName: z.string(),
    lastFour: z.string().regex(/^\d{4}$/),
    expirationMonth: z.number().int(),
    expirationYear: z.number().int(),
  })
  .strict();

/** A saved Spreedly token: shown by the last four of the token, found again by its fingerprint. */
export const StoredSavedToken = z
  .object({
    type: z.literal('SAVED_SPREEDLY_TOKEN'),
    ...methodCommon,
    tokenLastFour: z.string(),
    paymentTokenType: z.enum(TOKEN_TYPES).optional(),
    /** A one-way fingerprint of the token (finds a SPREEDLY_TOKEN again); never the token itself. */
    tokenFingerprint: z.string().optional(),
  })
  .strict();

export const StoredPaymentMethod = z.discriminatedUnion('type', [StoredSavedCard, StoredSavedToken]);

/**
 * Enrolled in auto-recharge: `amount` is charged to the AUTO_RECHARGE default method when the balance
 * is at or below `threshold`, once the sandbox clock reaches `dueAtMs` (set while the balance is low).
 */
export const StoredAutoRecharge = z
  .object({ merchantId: z.number().int(), amountCents: cents, thresholdCents: cents, enrolledAtMs: z.number(), dueAtMs: z.number().optional() })
  .strict();

/** Monitoring only: flagged (never charged) when the balance falls to or below `threshold`. */
export const StoredMonitoring = z
  .object({ amountCents: cents, thresholdCents: cents, enabledAtMs: z.number(), lowAtMs: z.number().nullable() })
  .strict();

export const StoredCharge = z
  .object({
    atMs: z.number(),
    merchantId: z.number().int(),
    transactionState: z.enum(['Succeeded', 'Failed']),
    processorResponseCode: z.number().int(),
    processorResponseMessage: z.string(),
    processorReferenceNumber: z.string(),
    authCode: z.string(),
    amountCents: cents,
    paymentMethodType: z.string(),
    cardType: z.string(),
    lastFour: z.string(),
    expDate: z.string(),
  })
  .strict();

export const StoredAccount = z
  .object({
    printedCardNumber: z.string().regex(/^\d{16}$/),
    cardTemplateCode: z.number().int(),
    cardActive: z.boolean(),
    accountActive: z.boolean(),
    svWalletAttached: z.boolean(),
    rechargePrevented: z.boolean(),
    email: z.string().nullable(),
    emailVerified: z.boolean(),
    balanceCents: cents,
    /** Saved payment methods, oldest first. */
    paymentMethods: z.array(StoredPaymentMethod),
    /** The account's saved card (savedCard, savedCreditCard, SAVED_CC): a SAVED_CC in paymentMethods. */
    savedCardCode: z.string().nullable(),
    autoRecharge: StoredAutoRecharge.nullable(),
    monitoring: StoredMonitoring.nullable(),
    /** Newest last. */
    history: z.array(StoredCharge),
  })
  .strict();

export const PaytronixNamespace = z
  .object({
    merchants: z.record(z.string(), StoredMerchant),
    accounts: z.record(z.string(), StoredAccount),
    checkoutSessions: z.record(z.string(), StoredCheckoutSession),
  })
  .strict();

export type StoredProgram = z.output<typeof StoredProgram>;
export type StoredMerchant = z.output<typeof StoredMerchant>;
export type StoredAddress = z.output<typeof StoredAddress>;
export type StoredSavedCard = z.output<typeof StoredSavedCard>;
export type StoredSavedToken = z.output<typeof StoredSavedToken>;
export type StoredPaymentMethod = z.output<typeof StoredPaymentMethod>;
export type Usage = z.output<typeof Usage>;
export type StoredAutoRecharge = z.output<typeof StoredAutoRecharge>;
export type StoredMonitoring = z.output<typeof StoredMonitoring>;
export type StoredCharge = z.output<typeof StoredCharge>;
export type StoredAccount = z.output<typeof StoredAccount>;
export type PaytronixNamespace = z.output<typeof PaytronixNamespace>;

/** The `authentication` field and its credentials (body for POST, query for GET and DELETE). */
export const authFields = {
  authentication: z.enum(['b2b', 'oauth', 'anonymous']).openapi({ description: 'Authentication style; the endpoint lists the styles it allows' }),
  username: z.string().optional().openapi({ description: 'b2b: username assigned by Paytronix' }),
  password: z.string().optional().openapi({ description: 'b2b: password assigned by Paytronix' }),
  access_token: z.string().optional().openapi({ description: 'oauth: access token' }),
  client_id: z.string().optional().openapi({ description: 'oauth: client id' }),
};

export const merchantId = z.number().int().openapi({ description: 'Paytronix-assigned merchant ID', example: 10001 });
export const printedCardNumber = z.string().min(1).openapi({ description: "The user's printed (loyalty) card number (16 digits)", example: '6000100000000001' });

/** A success with no payload (the seed's plain `{"result": "success"}`). */
export const SuccessOnly = z.object({ result: z.literal('success') }).openapi('PaytronixSuccess');

/** The `failure` body (HTTP 200), for the OpenAPI document. */
export const FailureBody = z
  .object({
    result: z.literal('failure'),
    errorCode: z.string(),
    errorMessage: z.string(),
    errorDetail: z.string().optional(),
    errorDetails: z.array(z.object({ errorCode: z.string(), errorMessage: z.string() })).optional(),
  })
  .openapi('PaytronixFailure');

export const InvalidInputsBody = z
  .object({
    result: z.literal('invalidInputs'),
    errorCode: z.literal('enrollment_input.validation_error'),
    errorMessage: z.string(),
    errorsByField: z.record(z.string(), z.array(z.string())),
  })
  .openapi('PaytronixInvalidInputs');
