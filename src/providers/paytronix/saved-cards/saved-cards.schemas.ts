import { z } from '@hono/zod-openapi';
import { authFields, merchantId, printedCardNumber } from '../common.schemas.js';
import { Address } from '../recharge/recharge.schemas.js';

export const SavedCardQuery = z.object({ ...authFields, merchantId, printedCardNumber }).openapi('SavedCardQuery');

/** DELETE savedCreditCard: the card is named by its savedCardCode and last four (both from savedCard). */
export const DeleteSavedCreditCardQuery = z
  .object({
    ...authFields,
    merchantId,
    printedCardNumber,
    lastFour: z.string().min(4).max(4).openapi({ description: 'Last four digits of the card to delete', example: '1111' }),
    savedCardCode: z.string().min(1).openapi({ description: 'The savedCardCode savedCard returned' }),
  })
  .openapi('DeleteSavedCreditCardQuery');

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
    nickname: z.string().optional(),
    address: Address.optional(),
  })
  .openapi('SavedCreditCardResponsePaymentMethod');

export const SavedCardSuccess = z.object({ result: z.literal('success'), savedCard: SavedCreditCardResponsePaymentMethod }).openapi('SavedCardSuccess');

export type SavedCreditCardResponsePaymentMethod = z.output<typeof SavedCreditCardResponsePaymentMethod>;
export type DeleteSavedCreditCardQuery = z.output<typeof DeleteSavedCreditCardQuery>;
