/** Refunds on the wire. */
import { z } from '@hono/zod-openapi';
import { SETTLEMENT } from '../common.schemas.js';

export const CreateRefundRequest = z
  .object({ amount: z.number().int().min(1).optional().openapi({ description: 'Cents; defaults to what remains refundable.' }) })
  .strict()
  .openapi('RefundRequestDTO');
export type CreateRefundRequest = z.output<typeof CreateRefundRequest>;

export const Refund = z
  .object({
    id: z.string(),
    entity: z.literal('refund'),
    status: z.enum(['pending', 'succeeded']),
    external: z.boolean(),
    amount: z.number().int(),
    account_id: z.string(),
    payment_id: z.string(),
    created_at: z.string(),
    updated_at: z.string(),
    settlement_status: SETTLEMENT,
    settled_at: z.string().nullable(),
  })
  .openapi('Refund');
