/** Checkout sessions as stored and on the wire. */
import type { PaymentMethodType } from '../common.schemas.js';

export type CheckoutSessionStatus = 'open' | 'completed' | 'expired';

export interface WireCheckoutSession {
  id: string;
  entity: 'checkout_session';
  url: string;
  cancel_url: string;
  success_url: string;
  customer_email: string;
  reference_id: string | null;
  user_fields: Record<string, unknown> | null;
  payment_method_types: PaymentMethodType[];
  payment_intent_data: Record<string, unknown>;
  payment_intent_id: string;
  subtotal: number;
  discount_amount: number;
  status: CheckoutSessionStatus;
  account_id: string;
  partner_id: string;
  business_id: string;
  created_at: string;
  updated_at: string;
  expires_at: string;
}

/**
 * The stored session: the wire fields, except that `url` holds only the page's path
 * (`/__sandbox/forward/checkout/{id}`); the origin is the one each request came in on.
 */
export type StoredCheckoutSession = WireCheckoutSession;
