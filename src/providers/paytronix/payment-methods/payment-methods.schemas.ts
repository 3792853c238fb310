import { z } from '@hono/zod-openapi';
import { authFields, merchantId, printedCardNumber, TOKEN_TYPES, Usage } from '../common.schemas.js';
import { Address, CreditCardPaymentMethod, SavedCreditCardPaymentMethod, SavedSpreedlyTokenPaymentMethod, SpreedlyTokenPaymentMethod } from '../recharge/recharge.schemas.js';
import { SavedCreditCardResponsePaymentMethod } from '../saved-cards/saved-cards.schemas.js';

const defaultUsages = z.array(Usage).openapi({ description: 'AUTO_RECHARGE, MOBILE_PAYMENT_DEFAULT, INSTANT_PAYMENT, SUBSCRIPTION (one default per usage per account)' });

/** A credit card given in the clear (addPaymentMethod): kept as last four, brand and expiry. */
export const UnencryptedCreditCardPaymentMethod = CreditCardPaymentMethod.extend({ address: Address.optional() }).openapi('UnencryptedCreditCardPaymentMethod');

export const AddPaymentMethodBody = z
  .object({
    ...authFields,
    merchantId,
    ccProcessorId: z.number().int().optional().openapi({ description: 'CC processor for Spreedly tokens (one of the merchant’s)' }),
    printedCardNumber,
    paymentMethod: z.discriminatedUnion('paymentMethodType', [UnencryptedCreditCardPaymentMethod, SpreedlyTokenPaymentMethod]),
    defaultUsages,
    nickname: z.string().min(1).max(50).optional(),
    metadata: z.record(z.string(), z.string()).optional(),
  })
  .openapi('AddPaymentMethodRequest');

export const EditPaymentMethodUsagesBody = z
  .object({
    ...authFields,
    merchantId,
    printedCardNumber,
    paymentMethod: z.discriminatedUnion('paymentMethodType', [SpreedlyTokenPaymentMethod, SavedSpreedlyTokenPaymentMethod]),
    defaultUsages,
  })
  .openapi('EditPaymentMethodUsagesRequest');

/** What deletePaymentMethod validates (paymentMethod decoded from its JSON-encoded query parameter). */
export const DeletePaymentMethodInput = z.object({
  ...authFields,
  merchantId,
  printedCardNumber,
  paymentMethod: z.discriminatedUnion('paymentMethodType', [SavedCreditCardPaymentMethod, SpreedlyTokenPaymentMethod, SavedSpreedlyTokenPaymentMethod]),
});

/** What deletePaymentMethod documents: the query as sent, paymentMethod a JSON-encoded object. */
export const DeletePaymentMethodQuery = z
  .object({
    ...authFields,
    merchantId,
    printedCardNumber,
    paymentMethod: z.string().openapi({
      description: 'JSON-encoded SavedCreditCardPaymentMethod, SpreedlyTokenPaymentMethod or SavedSpreedlyTokenPaymentMethod',
      example: '{"paymentMethodType":"SAVED_SPREEDLY_TOKEN","savedCardCode":"Ab3dE5gH7j","tokenLastFour":"9Xyz"}',
    }),
  })
  .openapi('DeletePaymentMethodQuery');

export const SavedPaymentMethodQuery = z.object({ ...authFields, merchantId, printedCardNumber, usage: Usage }).openapi('SavedPaymentMethodQuery');
export const SavedPaymentMethodsQuery = z.object({ ...authFields, merchantId, printedCardNumber }).openapi('SavedPaymentMethodsQuery');

export const SavedSpreedlyTokenResponsePaymentMethod = z
  .object({
    type: z.literal('SAVED_SPREEDLY_TOKEN'),
    tokenLastFour: z.string(),
    savedCardCode: z.string(),
    nickname: z.string().optional(),
    address: Address.optional(),
    paymentTokenType: z.enum(TOKEN_TYPES).optional(),
    defaultUsages: z.array(Usage),
  })
  .openapi('SavedSpreedlyTokenResponsePaymentMethod');

export const ResponsePaymentMethod = z.discriminatedUnion('type', [SavedCreditCardResponsePaymentMethod, SavedSpreedlyTokenResponsePaymentMethod]).openapi('ResponsePaymentMethod');

export const SavedPaymentMethodSuccess = z.object({ result: z.literal('success'), paymentMethod: ResponsePaymentMethod }).openapi('SavedPaymentMethodSuccess');
export const SavedPaymentMethodsSuccess = z.object({ result: z.literal('success'), paymentMethods: z.array(ResponsePaymentMethod) }).openapi('SavedPaymentMethodsSuccess');

export type AddPaymentMethodBody = z.output<typeof AddPaymentMethodBody>;
export type EditPaymentMethodUsagesBody = z.output<typeof EditPaymentMethodUsagesBody>;
export type DeletePaymentMethodInput = z.output<typeof DeletePaymentMethodInput>;
export type SavedSpreedlyTokenResponsePaymentMethod = z.output<typeof SavedSpreedlyTokenResponsePaymentMethod>;
export type ResponsePaymentMethod = z.output<typeof ResponsePaymentMethod>;
