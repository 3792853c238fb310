/** A payment intent as stored (the wire object, with its latest payment by id). */
import type { PaymentMethodType, SettlementStatus } from '../common.schemas.js';
import type { WirePayment } from '../payments/payments.types.js';

export type IntentStatus = 'created' | 'pending' | 'uncaptured' | 'captured' | 'cancelled' | 'failed';

export interface IntentFields {
  id: string;
  client_secret: string;
  entity: 'payment_intent';
  status: IntentStatus;
  amount: number;
  merchant_amount: number | null;
  amount_authorized: number;
  amount_captured: number;
  amount_refunded: number;
  amount_voided: number;
  amount_disputed: number;
  amount_reversed: number;
  payment_splits: Record<string, unknown>[];
  order_details: Record<string, unknown> | null;
  capture: boolean;
  currency: 'USD';
  disputed: boolean;
  dispute_id: string | null;
  reversed: boolean;
  reversal_id: string | null;
  external: boolean;
  partner_id: string;
  business_id: string;
  account_id: string;
  payment_method_types: PaymentMethodType[];
  reference_id: string | null;
  user_fields: Record<string, unknown> | null;
  cancellation_reason: string | null;
  description: string | null;
  created_at: string;
  updated_at: string;
  cancelled_at: string | null;
  captured_at: string | null;
  settlement_status: SettlementStatus;
  settled_at: string | null;
}

export interface StoredIntent extends IntentFields {
  latest_payment_id: string | null;
  checkout_session_id: string | null;
}

export interface WireIntent extends IntentFields {
  latest_payment: WirePayment | null;
}
