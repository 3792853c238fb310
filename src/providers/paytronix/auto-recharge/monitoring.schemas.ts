import { z } from '@hono/zod-openapi';
import { authFields, merchantId, printedCardNumber } from '../common.schemas.js';
import { Amount } from '../recharge/recharge.schemas.js';
import { ResponsePaymentMethod } from '../payment-methods/payment-methods.schemas.js';
import { Threshold } from './auto-recharge.schemas.js';

export const EnableMonitoringBody = z
  .object({ ...authFields, merchantId, printedCardNumber, amount: Amount, threshold: Threshold.optional() })
  .openapi('EnableAutoRechargeMonitoringRequest');

export const DisableMonitoringBody = z.object({ ...authFields, merchantId, printedCardNumber }).openapi('DisableAutoRechargeMonitoringRequest');

export const PendingQuery = z.object({ ...authFields, merchantId }).openapi('PendingAutoRechargesQuery');

export const PendingAutoRechargesResponse = z
  .object({
    printedCardNumber: z.string(),
    amount: z.string(),
    storedValueBalance: z.string(),
    threshold: z.string(),
    savedCard: ResponsePaymentMethod.optional(),
  })
  .openapi('PendingAutoRechargesResponse');

export const PendingSuccess = z.object({ result: z.literal('success'), recharges: z.array(PendingAutoRechargesResponse) }).openapi('PendingAutoRechargesSuccess');

export type EnableMonitoringBody = z.output<typeof EnableMonitoringBody>;
export type DisableMonitoringBody = z.output<typeof DisableMonitoringBody>;
export type PendingQuery = z.output<typeof PendingQuery>;
export type PendingAutoRechargesResponse = z.output<typeof PendingAutoRechargesResponse>;
