/** A refund as stored and on the wire. */
import type { SettlementStatus } from '../common.schemas.js';

export type RefundStatus = 'pending' | 'succeeded';

export interface WireRefund {
  id: string;
  entity: 'refund';
  status: RefundStatus;
  external: boolean;
  amount: number;
  account_id: string;
  payment_id: string;
  created_at: string;
  updated_at: string;
  settlement_status: SettlementStatus;
  settled_at: string | null;
}

export interface StoredRefund extends WireRefund {
  payment_intent_id: string;
  gateway_response?: Record<string, unknown>;
}
