/** Ledger transactions as stored and on the wire. */
import type { SettlementStatus } from '../common.schemas.js';

export const SOURCE_TYPES = [
  'adjustment',
  'checkout_session',
  'dispute',
  'fee',
  'fee_refund',
  'funding',
  'payment',
  'payment_intent',
  'payment_method',
  'payment_refund',
  'payout',
  'refund',
  'refund_failure',
  'transfer',
  'transfer_refund',
  'reversal',
] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

export interface WireTransaction {
  id: string;
  entity: 'transaction';
  created_at: string;
  updated_at: string;
  ledger_account_id: string;
  payout_id: string | null;
  bank_transfer_id: string | null;
  source_type: SourceType;
  source_id: string;
  source_account_id: string;
  amount: number;
  settlement_id: string | null;
  settlement_status: SettlementStatus;
  settled_at: string | null;
  description: string;
}

export interface StoredTransaction extends WireTransaction {
  account_id: string;
  /** The payment intent the money moved for (payments, fees, refunds, disputes, reversals). */
  payment_intent_id: string | null;
}
