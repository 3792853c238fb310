/** Disputes as stored and on the wire. */
import type { SettlementStatus } from '../common.schemas.js';
import type { DisputeReason } from '../payments/payments.types.js';

export type DisputeStatus = 'new' | 'won' | 'lost';

export interface WireDispute {
  id: string;
  entity: 'dispute';
  created_at: string;
  updated_at: string;
  account_id: string;
  business_id: string;
  status: DisputeStatus;
  payment_id: string;
  payment_intent_id: string;
  amount: number;
  notes: string[];
  attachments: Record<string, unknown>[];
  dispute_date: string;
  response_due_date: string;
  closed_date: string | null;
  reason_disputed_code: number;
  reason_disputed: DisputeReason;
  dispute_response: string | null;
  reference_meta: Record<string, unknown>;
  settlement_status: SettlementStatus;
  settled_at: string | null;
}

export type StoredDispute = WireDispute;
