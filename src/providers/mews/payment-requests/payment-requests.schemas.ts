/** Mews payment requests on the wire: the request bodies (which validate) and the responses. */
import { z } from '@hono/zod-openapi';
import { addMonthsUtc } from '../../../core/time.js';

export const STATES = ['Pending', 'Completed', 'Canceled', 'Expired'] as const;
export const TYPES = ['Payment', 'Preauthorization'] as const;
export const REASONS = ['Other', 'PaymentCardMissing', 'PaymentCardDeclined', 'Deposit', 'Prepayment', 'Fee', 'RecurringPayment'] as const;
export type State = (typeof STATES)[number];

const MAX_ITEMS = 1000;
const guid = z.guid().openapi({ example: 'fadd5bb6-b428-45d5-94f8-fd0d89fece6d' });
const instant = z.iso.datetime({ offset: true }).openapi({ example: '2023-02-20T12:00:00Z' });
const guids = z.array(guid).max(MAX_ITEMS);
const text = z.string().max(1000);

const credentials = {
  ClientToken: z.string().openapi({ description: 'Token identifying the client application.', example: 'E0D439EE522F44368DC78E1BFB03710C-D24FB11DBE31D4621C4817E028D9E1D' }),
  AccessToken: z.string().openapi({ description: 'Access token of the client application; each token is its own enterprise in the sandbox.', example: 'C66EF7B239D24632943D115EDE9CB810-EA00F8FD8294692C940F6B5A8F9453D' }),
  Client: z.string().min(1).openapi({ description: 'Name and version of the client application.', example: 'Sample Client 1.0.0' }),
  LanguageCode: z.string().nullish(),
  CultureCode: z.string().nullish(),
};

export const GetAllBody = z
  .object({
    ...credentials,
    EnterpriseIds: guids.optional(),
    PaymentRequestIds: guids.optional(),
    AccountIds: guids.optional(),
    ReservationIds: guids.optional(),
    UpdatedUtc: z
      .object({ StartUtc: instant, EndUtc: instant })
      .superRefine((interval, ctx) => {
        const start = Date.parse(interval.StartUtc);
        const end = Date.parse(interval.EndUtc);
        if (end <= start) ctx.addIssue({ code: 'custom', path: ['EndUtc'], message: 'must be after StartUtc' });
        else if (end > addMonthsUtc(start, 3)) ctx.addIssue({ code: 'custom', path: ['EndUtc'], message: 'must be at most 3 months after StartUtc' });
      })
      .optional()
      .openapi({ description: 'Half-open interval StartUtc <= UpdatedUtc < EndUtc, at most 3 months long.' }),
    States: z.array(z.enum(STATES)).max(MAX_ITEMS).optional(),
    Limitation: z.object({
      Count: z.number().int().min(1).max(MAX_ITEMS),
      Cursor: guid.nullish(),
    }),
  })
  .openapi('PaymentRequestGetAllParameters');

export const AmountParameters = z
  .object({
    Currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as EUR').openapi({ example: 'EUR' }),
    Value: z.number().positive().openapi({ example: 10.4 }),
  })
  .openapi('AmountParameters');

export const PaymentRequestParameters = z
  .object({
    AccountId: guid,
    Amount: AmountParameters,
    Type: z.enum(TYPES),
    Reason: z.enum(REASONS),
    ExpirationUtc: instant,
    Description: text.openapi({ description: 'Description of the payment request (at most 1000 characters).' }),
    Notes: text.nullish(),
    ReservationId: guid.nullish(),
  })
  .openapi('PaymentRequestParameters');

export const AddBody = z
  .object({
    ...credentials,
    EnterpriseId: guid.nullish().openapi({ description: 'Required with portfolio access tokens, ignored otherwise.' }),
    PaymentRequests: z.array(PaymentRequestParameters).min(1).max(MAX_ITEMS),
  })
  .openapi('PaymentRequestAddParameters');

export const CancelBody = z
  .object({
    ...credentials,
    PaymentRequestIds: guids.min(1),
  })
  .openapi('PaymentRequestCancelParameters');

export const Amount = z
  .object({
    Currency: z.string(),
    NetValue: z.number(),
    GrossValue: z.number(),
    TaxValues: z.array(z.object({ Code: z.string(), Value: z.number() })),
    Breakdown: z.object({
      Items: z.array(z.object({ TaxRateCode: z.string().nullable(), NetValue: z.number(), TaxValue: z.number() })),
    }),
  })
  .openapi('Amount');

export const PaymentRequest = z
  .object({
    Id: z.string(),
    EnterpriseId: z.string(),
    AccountId: z.string(),
    CustomerId: z.string().openapi({ deprecated: true, description: 'Equals AccountId.' }),
    ReservationGroupId: z.string().nullable(),
    ReservationId: z.string().nullable(),
    State: z.enum(STATES),
    Amount,
    Type: z.enum(TYPES),
    Reason: z.enum(REASONS),
    ExpirationUtc: z.string(),
    Description: z.string(),
    Notes: z.string().nullable(),
    CreatedUtc: z.string(),
    UpdatedUtc: z.string(),
  })
  .strict()
  .openapi('PaymentRequest');

export const PaymentRequestsResult = z.object({ PaymentRequests: z.array(PaymentRequest) }).strict().openapi('PaymentRequestResult');
export const GetAllResult = z
  .object({ PaymentRequests: z.array(PaymentRequest), Cursor: z.string().nullable() })
  .strict()
  .openapi('PaymentRequestGetAllResult');

export const MewsError = z
  .object({ Message: z.string(), RequestId: z.string().optional(), Details: z.string().optional() })
  .openapi('Error');

/** What the database keeps: the wire fields without CustomerId, plus the scheduled completion. */
export const StoredPaymentRequest = PaymentRequest.omit({ CustomerId: true })
  .extend({ CompletionUtc: z.string().nullable().describe('Sandbox only: when the customer pays (customer-pays scenario).') })
  .strict();

export type GetAllQuery = z.output<typeof GetAllBody>;
export type NewPaymentRequest = z.output<typeof PaymentRequestParameters>;
export type WirePaymentRequest = z.output<typeof PaymentRequest>;
export type StoredPaymentRequest = z.output<typeof StoredPaymentRequest>;
export type AmountValue = z.output<typeof Amount>;
