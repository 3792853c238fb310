/** The ledger on the wire: balances, the transaction object, list, search and download requests. */
import { z } from '@hono/zod-openapi';
import { ListQuery, listOf, searchOf, searchPaging, SETTLEMENT, sortDirection } from '../common.schemas.js';
import { SOURCE_TYPES } from './ledger.types.js';

export const Balances = z
  .object({
    currency: z.literal('USD'),
    pending: z.number().int().openapi({ description: 'Unsettled transactions not yet paid out (cents).' }),
    available: z.number().int().openapi({ description: 'Settled transactions not yet paid out (cents).' }),
  })
  .openapi('LedgerBalances');

const nullableString = z.string().nullable();

export const Transaction = z
  .object({
    id: z.string().openapi({ example: 'txn_2SG6ibTHTo4N6Sdx6Oh66IGg3o3' }),
    entity: z.literal('transaction'),
    created_at: z.string(),
    updated_at: z.string(),
    ledger_account_id: z.string(),
    payout_id: nullableString,
    bank_transfer_id: nullableString,
    source_type: z.enum(SOURCE_TYPES),
    source_id: z.string(),
    source_account_id: z.string(),
    amount: z.number().int().openapi({ description: 'Cents: positive credits the account, negative debits it.' }),
    settlement_id: nullableString,
    settlement_status: SETTLEMENT,
    settled_at: nullableString,
    description: z.string(),
  })
  .openapi('Transaction');

/** The wire fields in the seed's order (also the CSV header). */
export const TRANSACTION_FIELDS = Object.keys(Transaction.shape) as (keyof z.output<typeof Transaction>)[];

export const TransactionList = listOf(Transaction, 'TransactionList');
export const TransactionSearchResult = searchOf(Transaction, 'TransactionSearchResult');

export const TransactionListQuery = ListQuery.extend({
  payout_id: z.string().min(1).optional().openapi({ description: 'Only the transactions of this payout.' }),
});
export type TransactionListQuery = z.output<typeof TransactionListQuery>;

export const TRANSACTION_SORT_COLUMNS = ['updated_at', 'created_at', 'amount'] as const;
const isoDate = z.iso.datetime({ offset: true });

const filters = {
  source_type: z.enum(SOURCE_TYPES).optional(),
  settlement_status: SETTLEMENT.optional(),
  start_date: isoDate.optional().openapi({ description: 'Created at or after (ISO date-time).' }),
  end_date: isoDate.optional().openapi({ description: 'Created at or before (ISO date-time).' }),
  sort_column: z.enum(TRANSACTION_SORT_COLUMNS).default('updated_at'),
  sort_direction: sortDirection,
  amount_min: z.number().int().optional(),
  amount_max: z.number().int().optional(),
};

export const DownloadTransactionsRequest = z.object(filters).strict().openapi('DownloadTransactionsRequest');
export type TransactionFilters = z.output<typeof DownloadTransactionsRequest>;

export const SearchTransactionsRequest = z
  .object({ ...filters, ...searchPaging })
  .strict()
  .openapi('SearchTransactionsRequest');
export type SearchTransactionsRequest = z.output<typeof SearchTransactionsRequest>;
