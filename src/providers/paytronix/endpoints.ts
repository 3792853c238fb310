/**
 * The seed's 24 endpoints: HTTP method, the authentication styles each one allows (the seed's
 * `:ref:` lists), and the prefix of its own error codes in the error table (the README lists the
 * prefixes chosen where the table has none for an endpoint).
 */
export type AuthStyle = 'b2b' | 'oauth' | 'anonymous';

export interface Endpoint {
  method: 'get' | 'post' | 'delete';
  styles: readonly AuthStyle[];
  /** Prefix of the endpoint's codes (`payment_config` → `payment_config.server_error`). */
  prefix: string;
  /** The table's catch-all for the endpoint: `server_error`, else `system_error`. */
  serverError: 'server_error' | 'system_error';
}

const B2B_OAUTH: readonly AuthStyle[] = ['b2b', 'oauth'];
const B2B: readonly AuthStyle[] = ['b2b'];
const e = (method: Endpoint['method'], styles: readonly AuthStyle[], prefix: string, serverError: Endpoint['serverError'] = 'server_error'): Endpoint => ({
  method,
  styles,
  prefix,
  serverError,
});

export const ENDPOINTS = {
  recharge: e('post', B2B_OAUTH, 'recharge'),
  autoRechargeEnable: e('post', B2B_OAUTH, 'recharge'),
  autoRechargeDisable: e('post', B2B_OAUTH, 'auto_recharge_disable'),
  savedCreditCard: e('delete', B2B_OAUTH, 'delete_saved_card'),
  paymentConfig: e('get', ['b2b', 'oauth', 'anonymous'], 'payment_config'),
  savedCard: e('get', B2B_OAUTH, 'saved_card'),
  autoRechargeStatus: e('get', B2B_OAUTH, 'recharge'),
  rechargeHistory: e('get', B2B_OAUTH, 'recharge_history'),
  enableAutoRechargeMonitoring: e('post', B2B, 'auto_recharge_enable_monitoring'),
  disableAutoRechargeMonitoring: e('post', B2B, 'auto_recharge_enable_monitoring'),
  pendingAutoRecharges: e('get', B2B, 'auto_recharge_get_pending_auto_recharges'),
  addPaymentMethod: e('post', B2B_OAUTH, 'payment_method', 'system_error'),
  editPaymentMethodUsages: e('post', B2B_OAUTH, 'payment_method', 'system_error'),
  deletePaymentMethod: e('delete', B2B_OAUTH, 'delete_payment_method', 'system_error'),
  savedPaymentMethod: e('get', B2B_OAUTH, 'saved_payment_method', 'system_error'),
  savedPaymentMethods: e('get', B2B_OAUTH, 'saved_payment_methods', 'system_error'),
  createCheckoutSession: e('post', B2B, 'payment_method', 'system_error'),
  paymentIntent: e('get', B2B, 'payment_method', 'system_error'),
  capturePaymentIntent: e('post', B2B, 'payment_method', 'system_error'),
  cancelPaymentIntent: e('post', B2B, 'payment_method', 'system_error'),
  validateApplePayMerchant: e('post', B2B, 'payment_method', 'system_error'),
  registerApplePayDomain: e('post', B2B, 'payment_method', 'system_error'),
  unregisterApplePayDomain: e('post', B2B, 'payment_method', 'system_error'),
  applePayMerchantDetails: e('get', B2B, 'payment_method', 'system_error'),
} as const satisfies Record<string, Endpoint>;

export type EndpointName = keyof typeof ENDPOINTS;

/** `/rest/25.33/payment/recharge.json` → `recharge` (undefined for any other path). */
export function endpointOf(path: string): EndpointName | undefined {
  const match = /^\/rest\/\d+\.\d+\/payment\/(\w+)\.json$/.exec(path);
  const name = match?.[1];
  return name !== undefined && Object.hasOwn(ENDPOINTS, name) ? (name as EndpointName) : undefined;
}
