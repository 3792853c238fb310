import { z } from '@hono/zod-openapi';
import { authFields, merchantId, printedCardNumber } from '../common.schemas.js';
import { Address } from '../recharge/recharge.schemas.js';

export const SavedCardQuery = z.object({ ...authFields, merchantId, printedCardNumber }).openapi('SavedCardQuery');

export const SavedCreditCardResponsePaymentMethod = z
  .object({
    type: z.literal('SAVED_CC'),
    cardType: z.string(),
    cardholderName: z.string(),
    lastFour: z.string(),
    expirationMonth: z.number().int(),
    expirationYear: z.number().int(),
    savedCardCode: z.string(),
    isAutoRechargeDefault: z.boolean(),
    isPayByMobileDefault: z.boolean(),
    address: Address.optional(),
  })
  .openapi('SavedCreditCardResponsePaymentMethod');

export const SavedCardSuccess = z.object({ result: z.literal('success'), savedCard: SavedCreditCardResponsePaymentMethod }).openapi('SavedCardSuccess');
export type SavedCreditCardResponsePaymentMethod = z.output<typeof SavedCreditCardResponsePaymentMethod>;
