/** Forward's operation ids (OpenAPI and scenario rules) and the facts its scenario rules match on. */
export const API_OPERATIONS = [
  'listCheckoutSessions',
  'createCheckoutSession',
  'getCheckoutSession',
  'getCheckoutSessionDetails',
  'completeCheckoutSession',
  'expireCheckoutSession',
  'createCheckoutSessionPayment',
  'createPaymentIntent',
  'listPaymentIntents',
  'searchPaymentIntents',
  'getPaymentIntent',
  'updatePaymentIntent',
  'cancelPaymentIntent',
  'capturePaymentIntent',
  'listPayments',
  'createPayment',
  'createRefund',
  'getRefund',
  'getPaymentMethod',
  'updatePaymentMethod',
  'createExternalPayment',
  'cancelExternalPayment',
  'captureExternalPayment',
  'createExternalRefund',
  'listDisputes',
  'getDispute',
  'getBalances',
  'listTransactions',
  'getTransaction',
  'searchTransactions',
  'downloadTransactions',
  'listPayouts',
  'getPayout',
  'listBusinessPayouts',
  'getProcessingPlan',
] as const;

/** Served beyond the seed: tokenization (Forward's JS SDK call) and the account's plan list. */
export const EXTRA_OPERATIONS = ['createPaymentMethodIntent', 'listProcessingPlans'] as const;

/**
 * Scenario-only operations: `authorize` (every card or bank authorization, whichever API call
 * makes it) and `checkoutSessionLifetime` (how long a new checkout session stays open).
 */
export const OPERATIONS = [...API_OPERATIONS, ...EXTRA_OPERATIONS, 'authorize'] as const;

export const SCENARIO_FACTS = {
  payment_method_type: 'string',
  card: 'string',
  brand: 'string',
  expired: 'boolean',
  amount: 'number',
  capture: 'boolean',
  checkout_session: 'boolean',
} as const;
