/** A stored payment on the wire (the sandbox's bookkeeping fields removed). */
import type { StoredPayment, WirePayment } from './payments.types.js';

export function toWirePayment(payment: StoredPayment): WirePayment {
  const { expires_at: _e, settles_at: _s, dispute_on_capture: _d, checkout_session_id: _c, gateway_response: _g, ...wire } = payment;
  return wire;
}
