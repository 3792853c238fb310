import { z } from '@hono/zod-openapi';
import { authFields, merchantId, printedCardNumber } from '../common.schemas.js';
import { toCents } from '../format.js';
import { Address, Amount, RechargePaymentMethod } from '../recharge/recharge.schemas.js';
import { ResponsePaymentMethod } from '../payment-methods/payment-methods.schemas.js';
import { SavedCreditCardResponsePaymentMethod } from '../saved-cards/saved-cards.schemas.js';

/** A threshold: a decimal amount such as "10.00" (zero allowed), at most two decimals. */
export const Threshold = z
  .union([z.number(), z.string()])
  .superRefine((value, ctx) => {
    if (toCents(value) === undefined) ctx.addIssue({ code: 'custom', message: 'not an amount', params: { fieldCode: 'invalid_non_integral' } });
  })
  .openapi({ description: "Only used when the program's threshold is per account; else the program's threshold", example: '10.00' });

export const AutoRechargeEnableBody = z
  .object({
    ...authFields,
    merchantId,
    printedCardNumber,
    amount: Amount,
    threshold: Threshold.optional(),
    paymentMethod: RechargePaymentMethod,
    address: Address.optional().openapi({ description: 'Required when paymentMethod is CC' }),
    metadata: z.record(z.string(), z.string()).optional(),
  })
  .openapi('AutoRechargeEnableRequest');

export const AutoRechargeDisableBody = z
  .object({ ...authFields, merchantId, printedCardNumber, deleteSavedCard: z.boolean().optional().openapi({ description: 'Also delete the saved card (default true)' }) })
  .openapi('AutoRechargeDisableRequest');

export const AutoRechargeStatusQuery = z.object({ ...authFields, merchantId, printedCardNumber }).openapi('AutoRechargeStatusQuery');

export const AutoRechargeStatusResponse = z
  .object({
    enrolled: z.boolean(),
    amount: z.string().optional(),
    threshold: z.string().optional(),
    savedCard: SavedCreditCardResponsePaymentMethod.optional(),
    savedPaymentMethod: ResponsePaymentMethod.optional(),
  })
  .openapi('AutoRechargeStatusResponse');


export type AutoRechargeEnableBody = z.output<typeof AutoRechargeEnableBody>;
export type AutoRechargeDisableBody = z.output<typeof AutoRechargeDisableBody>;
export type AutoRechargeStatusQuery = z.output<typeof AutoRechargeStatusQuery>;
export type AutoRechargeStatusResponse = z.output<typeof AutoRechargeStatusResponse>;
