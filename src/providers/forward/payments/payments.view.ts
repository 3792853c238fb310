/** A stored payment on the wire: the seed's fields, in the seed's order. */
import { inOrder } from '../common.schemas.js';
import type { StoredPayment, WirePayment } from './payments.types.js';

export const PAYMENT_FIELDS: readonly (keyof WirePayment)[] = [
  'id', 'entity', 'status', 'billing_details', 'amount', 'amount_authorized', 'amount_captured', 'amount_refunded', 'amount_voided',
  'amount_disputed', 'amount_reversed', 'cvv', 'avs', 'address_line1_check', 'address_postal_code_check', 'cvv_check', 'signature',
  'emv_tag_data', 'entry_mode', 'reversed', 'reversal_id', 'disputed', 'dispute_id', 'order_details', 'payment_intent_id',
  'payment_method_id', 'payment_method', 'auth_code', 'auth_response_text', 'external', 'card_present', 'created_at', 'updated_at',
  'account_id', 'reference_id', 'user_fields', 'description', 'settlement_status', 'settled_at',
];

export function toWirePayment(payment: StoredPayment): WirePayment {
  return inOrder<WirePayment>(payment, PAYMENT_FIELDS);
}
