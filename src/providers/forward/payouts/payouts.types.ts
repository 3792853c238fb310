/** Payouts as stored and on the wire. */
import type { SettlementStatus } from '../common.schemas.js';
import type { SourceType } from '../ledger/ledger.types.js';

export type PayoutStatus = 'created' | 'completed';

/** One line of a payout's summary: the swept transactions of one source type. */
export interface TransactionSummary {
  source_type: SourceType;
  count: number;
  amount: number;
}

export interface WirePayout {
  id: string;
  entity: 'payout';
  status: PayoutStatus;
  payout_number: number;
  transaction_count: number;
  transaction_summary: TransactionSummary[];
  amount: number;
  net_amount: number;
  fee_amount: number;
  batch_fee: number;
  reject_fee: number;
  latest_payment_data: Record<string, unknown> | null;
  payment_data: Record<string, unknown>[];
  payment_attempt_count: number;
  payment_reject_count: number;
  owner_type: 'account';
  owner_id: string;
  business_id: string;
  settlement_status: SettlementStatus;
  settled_at: string | null;
  created_at: string;
  updated_at: string;
  completed_at: string | null;
  returned_at: string | null;
}

export interface StoredPayout extends WirePayout {
  account_id: string;
}
