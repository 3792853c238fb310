import { z } from '@hono/zod-openapi';
import { authFields, merchantId } from '../common.schemas.js';

export const PaymentConfigQuery = z
  .object({ ...authFields, merchantId, cardTemplateCode: z.number().int().openapi({ description: 'Paytronix-assigned program code', example: 1 }) })
  .openapi('PaymentConfigQuery');

export const CardTypeEntry = z.object({ code: z.string(), label: z.string() }).openapi('CardTypeEntry');

export const PaymentConfig = z
  .object({
    autoRechargeEnabled: z.boolean(),
    autoRechargeThreshold: z.string(),
    rechargeMinAmount: z.string(),
    rechargeMaxAmount: z.string(),
    cardTypes: z.array(CardTypeEntry),
    oneTimeRechargeEnabled: z.boolean(),
    isThresholdPerAccount: z.boolean(),
    ccProcessorType: z.record(z.string(), z.string()),
  })
  .openapi('PaymentConfig');

export const PaymentConfigSuccess = z.object({ result: z.literal('success'), config: PaymentConfig }).openapi('PaymentConfigSuccess');
export type PaymentConfig = z.output<typeof PaymentConfig>;
