/** Failure codes this resource uses that the seed's table does not publish (the README lists them). */
export const CHECKOUT_CODES: Readonly<Record<string, string>> = {
  'payment_method.invalid_merchant_id': 'Invalid merchant ID',
  'payment_method.invalid_cc_processor_id': 'Credit card processor is not associated with the web sale program of this merchant',
  'payment_method.invalid_checkout_url': 'cancelUrl and successUrl must be absolute http or https URLs',
  'payment_method.checkout_session_not_found': 'Checkout session not found',
  'payment_method.payment_intent_not_found': 'Payment intent not found',
  'payment_method.checkout_session_mismatch': 'The payment intent does not belong to this checkout session',
  'payment_method.invalid_payment_intent_state': 'The payment intent status does not allow this operation',
  'payment_method.payment_intent_capture_declined': 'Credit card capture of the payment intent was declined',
};
