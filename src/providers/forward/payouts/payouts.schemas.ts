/** Payouts on the wire: the payout object (seed field order) and its list. */
import { z } from '@hono/zod-openapi';
import { anyObject, listOf, SETTLEMENT } from '../common.schemas.js';
import { SOURCE_TYPES } from '../ledger/ledger.types.js';

export const TransactionSummary = z
  .object({
    source_type: z.enum(SOURCE_TYPES),
    count: z.number().int(),
    amount: z.number().int().openapi({ description: 'Sum of these transactions (cents; fees negative).' }),
  })
  .openapi('PayoutTransactionSummary');

const nullableString = z.string().nullable();

export const Payout = z
  .object({
    id: z.string().openapi({ example: 'po_2SG6ibTHTo4N6Sdx6Oh66IGg3o3' }),
    entity: z.literal('payout'),
    status: z.enum(['created', 'completed']),
    payout_number: z.number().int().openapi({ description: '1, 2, 3… per account.' }),
    transaction_count: z.number().int(),
    transaction_summary: z.array(TransactionSummary).openapi({ description: 'Per source type, sorted by source type.' }),
    amount: z.number().int().openapi({ description: 'Sum of the swept transactions other than fees.' }),
    net_amount: z.number().int().openapi({ description: 'What is paid out: amount − fee_amount.' }),
    fee_amount: z.number().int().openapi({ description: 'The swept fees (a positive number).' }),
    batch_fee: z.number().int(),
    reject_fee: z.number().int(),
    latest_payment_data: anyObject.nullable(),
    payment_data: z.array(anyObject),
    payment_attempt_count: z.number().int(),
    payment_reject_count: z.number().int(),
    owner_type: z.literal('account'),
    owner_id: z.string(),
    business_id: z.string(),
    settlement_status: SETTLEMENT,
    settled_at: nullableString,
    created_at: z.string(),
    updated_at: z.string(),
    completed_at: nullableString,
    returned_at: nullableString,
  })
  .openapi('Payout');

/** The wire fields in the seed's order. */
export const PAYOUT_FIELDS = Object.keys(Payout.shape) as (keyof z.output<typeof Payout>)[];

export const PayoutList = listOf(Payout, 'PayoutList');
