/** A payment (one authorization attempt on a payment intent) as stored and on the wire. */
import type { SettlementStatus } from '../common.schemas.js';
import type { BillingDetails, PaymentMethod } from '../payment-methods/payment-methods.schemas.js';

export type PaymentStatus = 'pending' | 'uncaptured' | 'captured' | 'cancelled' | 'voided' | 'failed';
export type Check = 'pass' | 'fail' | 'unavailable';
export type DisputeReason = 'fraudulent' | 'product_not_received' | 'duplicate' | 'credit_not_processed' | 'unrecognized' | 'general';

export interface WirePayment {
  id: string;
  entity: 'payment';
  status: PaymentStatus;
  billing_details: BillingDetails;
  amount: number;
  amount_authorized: number;
  amount_captured: number;
  amount_refunded: number;
  amount_voided: number;
  amount_disputed: number;
  amount_reversed: number;
  cvv: string | null;
  avs: string | null;
  address_line1_check: Check | null;
  address_postal_code_check: Check | null;
  cvv_check: Check | null;
  signature: Record<string, unknown> | null;
  emv_tag_data: string | null;
  entry_mode: 'keyed';
  reversed: boolean;
  reversal_id: string | null;
  disputed: boolean;
  dispute_id: string | null;
  order_details: Record<string, unknown> | null;
  payment_intent_id: string;
  payment_method_id: string | null;
  payment_method: PaymentMethod | Record<string, unknown> | null;
  auth_code: string | null;
  auth_response_text: string | null;
  external: boolean;
  card_present: boolean;
  created_at: string;
  updated_at: string;
  account_id: string;
  reference_id: string | null;
  user_fields: Record<string, unknown> | null;
  description: string | null;
  settlement_status: SettlementStatus;
  settled_at: string | null;
}

/** The stored payment: the wire fields plus what the sandbox's clock and disputes need. */
export interface StoredPayment extends WirePayment {
  /** When an open authorization is voided (uncaptured card payments). */
  expires_at: string | null;
  /** When a pending bank payment settles (and is captured). */
  settles_at: string | null;
  /** A dispute the scenario opens when this payment is captured. */
  dispute_on_capture: DisputeReason | null;
  /** The checkout session this payment was made through. */
  checkout_session_id: string | null;
  /** Kept as given for external payments. */
  gateway_response?: Record<string, unknown>;
}
