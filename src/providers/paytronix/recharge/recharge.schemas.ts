import { z } from '@hono/zod-openapi';
import { TOKEN_TYPES, authFields, merchantId, printedCardNumber } from '../common.schemas.js';
import { toCents } from '../format.js';

const text = (max: number) => z.string().min(1).max(max);

export const Address = z
  .object({ street: text(100), city: text(50), stateProvince: z.string().min(2).max(2), postalCode: text(10), country: z.string().min(2).max(2).openapi({ description: 'US or CA' }) })
  .openapi('PaytronixAddress');

export const CreditCardPaymentMethod = z
  .object({
    paymentMethodType: z.literal('CC'),
    cardType: z.string().min(1),
    cardholderName: text(50),
    cardNumber: z.string().min(12).max(19),
    expirationMonth: z.number().int().min(1).max(12),
    expirationYear: z.number().int().min(1000).max(9999),
    cardSecurityCode: z.string().min(3).max(4),
    saveCard: z.boolean().optional(),
  })
  .openapi('CreditCardPaymentMethod');

export const SavedCreditCardPaymentMethod = z
  .object({ paymentMethodType: z.literal('SAVED_CC'), savedCardCode: z.string().min(1), lastFour: z.string().min(4).max(4) })
  .openapi('SavedCreditCardPaymentMethod');

export const SpreedlyTokenPaymentMethod = z
  .object({
    paymentMethodType: z.literal('SPREEDLY_TOKEN'),
    token: z.string().min(1).openapi({ description: 'The Spreedly payment method token (never stored; shown by its last four)' }),
    nickname: text(50),
    tokenType: z.enum(TOKEN_TYPES).optional(),
    saveCard: z.boolean().optional(),
  })
  .openapi('SpreedlyTokenPaymentMethod');

export const SavedSpreedlyTokenPaymentMethod = z
  .object({ paymentMethodType: z.literal('SAVED_SPREEDLY_TOKEN'), tokenLastFour: z.string().min(1), savedCardCode: z.string().min(1) })
  .openapi('SavedSpreedlyTokenPaymentMethod');

export const RechargePaymentMethod = z.discriminatedUnion('paymentMethodType', [CreditCardPaymentMethod, SavedCreditCardPaymentMethod, SpreedlyTokenPaymentMethod, SavedSpreedlyTokenPaymentMethod]);

/** A decimal amount: a number or a string such as "25.00", at most two decimals, above zero. */
export const Amount = z
  .union([z.number(), z.string()])
  .superRefine((value, ctx) => {
    const cents = toCents(value);
    if (cents === undefined) ctx.addIssue({ code: 'custom', message: 'not an amount', params: { fieldCode: 'invalid_non_integral' } });
    else if (cents === 0) ctx.addIssue({ code: 'custom', message: 'must be above zero', params: { fieldCode: 'too_low' } });
  })
  .openapi({ description: 'Decimal amount, e.g. "25.00"', example: '25.00' });

export const RechargeBody = z
  .object({
    ...authFields,
    merchantId,
    printedCardNumber,
    amount: Amount,
    paymentMethod: RechargePaymentMethod,
    address: Address.optional().openapi({ description: 'Required when paymentMethod is CC' }),
    metadata: z.record(z.string(), z.string()).optional(),
  })
  .openapi('RechargeRequest');

export const ChargeResponse = z
  .object({
    amount: z.string(),
    cardType: z.string().optional().openapi({ description: 'Absent for a Spreedly token' }),
    expDate: z.string().optional().openapi({ description: 'Absent for a Spreedly token' }),
    lastFour: z.string().openapi({ description: 'Last four of the card number, or of the Spreedly token' }),
    paymentMethodType: z.enum(['CC', 'SAVED_CC', 'SPREEDLY_TOKEN']),
    paymentMethodNickname: z.string().optional(),
    authCode: z.string(),
    processorAuthCode: z.string(),
    processorReferenceNumber: z.string(),
    processorResponseCode: z.number().int(),
    processorResponseMessage: z.string(),
    transactionDatetime: z.string(),
    transactionState: z.enum(['Succeeded', 'Failed']),
  })
  .openapi('ChargeResponse');

export const RechargeSuccess = z.object({ result: z.literal('success'), chargeResponse: ChargeResponse }).openapi('RechargeSuccess');

export const HistoryQuery = z.object({ ...authFields, merchantId, printedCardNumber }).openapi('RechargeHistoryQuery');

export const ChargeHistoryResponse = z
  .object({
    transactionDatetime: z.string(),
    transactionState: z.enum(['Succeeded', 'Failed']),
    processorResponseCode: z.number().int(),
    processorResponseMessage: z.string(),
    processorReferenceNumber: z.string(),
    authCode: z.string(),
    amount: z.string(),
    cardType: z.string(),
    lastFour: z.string(),
    expDate: z.string(),
  })
  .openapi('ChargeHistoryResponse');

export const HistorySuccess = z.object({ result: z.literal('success'), history: z.array(ChargeHistoryResponse) }).openapi('RechargeHistorySuccess');

export type RechargeBody = z.output<typeof RechargeBody>;
export type RechargePaymentMethod = z.output<typeof RechargePaymentMethod>;
export type ChargeResponse = z.output<typeof ChargeResponse>;
export type ChargeHistoryResponse = z.output<typeof ChargeHistoryResponse>;
