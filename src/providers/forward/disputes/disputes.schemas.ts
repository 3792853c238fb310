/** Disputes on the wire: the dispute object (seed field order), its list, the list query, admin bodies. */
import { z } from '@hono/zod-openapi';
import { ListQuery, listOf, SETTLEMENT } from '../common.schemas.js';

export const DISPUTE_STATUSES = ['new', 'won', 'lost'] as const;
export const DISPUTE_REASONS = ['fraudulent', 'product_not_received', 'duplicate', 'credit_not_processed', 'unrecognized', 'general'] as const;

const day = z.string().openapi({ example: '2026-01-08', description: 'YYYY-MM-DD (UTC).' });

export const Dispute = z
  .object({
    id: z.string().openapi({ example: 'dp_2SG6ibTHTo4N6Sdx6Oh66IGg3o3' }),
    entity: z.literal('dispute'),
    created_at: z.string(),
    updated_at: z.string(),
    account_id: z.string(),
    business_id: z.string(),
    status: z.enum(DISPUTE_STATUSES).openapi({ description: '`new` until resolved; `lost` when unanswered by the response due date.' }),
    payment_id: z.string(),
    payment_intent_id: z.string(),
    amount: z.number().int().openapi({ description: 'Cents disputed: what was captured and not refunded.' }),
    notes: z.array(z.string()),
    attachments: z.array(z.record(z.string(), z.unknown())),
    dispute_date: day,
    response_due_date: day.openapi({ description: 'Seven days after the dispute opened (YYYY-MM-DD).' }),
    closed_date: day.nullable(),
    reason_disputed_code: z.number().int().openapi({ example: 4837, description: 'Card-network reason code.' }),
    reason_disputed: z.enum(DISPUTE_REASONS),
    dispute_response: z.string().nullable(),
    reference_meta: z.record(z.string(), z.unknown()),
    settlement_status: SETTLEMENT,
    settled_at: z.string().nullable(),
  })
  .openapi('Dispute');

export const DisputeList = listOf(Dispute, 'DisputeList');

export const ListDisputesQuery = ListQuery.safeExtend({
  status: z.enum(DISPUTE_STATUSES).optional().openapi({ description: 'Only disputes in this status.' }),
});
export type ListDisputesQuery = z.output<typeof ListDisputesQuery>;

/** Admin: open a dispute on a captured payment intent (any account). */
export const OpenDisputeRequest = z
  .object({
    payment_intent_id: z.string().min(1),
    reason: z.enum(DISPUTE_REASONS),
  })
  .strict();

/** Admin: close a `new` dispute. */
export const ResolveDisputeRequest = z.object({ outcome: z.enum(['won', 'lost']) }).strict();
