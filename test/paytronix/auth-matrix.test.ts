/** The authentication-style matrix: every endpoint × b2b, oauth, anonymous, as the seed lists them. */
import { describe, expect, it } from 'vitest';
import { ENDPOINTS, type EndpointName } from '../../src/providers/paytronix/endpoints.js';
import { ANONYMOUS, B2B, MERCHANT, OAUTH, paytronix } from '../helpers/paytronix.js';
import { makeSandbox } from '../helpers/sandbox.js';

const STYLES = { b2b: B2B, oauth: OAUTH, anonymous: ANONYMOUS } as const;

/** The seed's `:ref:` lists, written out here so a change to endpoints.ts cannot pass unnoticed. */
const ALLOWED: Record<EndpointName, string> = {
  recharge: 'b2b oauth',
  autoRechargeEnable: 'b2b oauth',
  autoRechargeDisable: 'b2b oauth',
  savedCreditCard: 'b2b oauth',
  paymentConfig: 'b2b oauth anonymous',
  savedCard: 'b2b oauth',
  autoRechargeStatus: 'b2b oauth',
  rechargeHistory: 'b2b oauth',
  enableAutoRechargeMonitoring: 'b2b',
  disableAutoRechargeMonitoring: 'b2b',
  pendingAutoRecharges: 'b2b',
  addPaymentMethod: 'b2b oauth',
  editPaymentMethodUsages: 'b2b oauth',
  deletePaymentMethod: 'b2b oauth',
  savedPaymentMethod: 'b2b oauth',
  savedPaymentMethods: 'b2b oauth',
  createCheckoutSession: 'b2b',
  paymentIntent: 'b2b',
  capturePaymentIntent: 'b2b',
  cancelPaymentIntent: 'b2b',
  validateApplePayMerchant: 'b2b',
  registerApplePayDomain: 'b2b',
  unregisterApplePayDomain: 'b2b',
  applePayMerchantDetails: 'b2b',
};

const cases = (Object.keys(ALLOWED) as EndpointName[]).flatMap((name) => (Object.keys(STYLES) as (keyof typeof STYLES)[]).map((style) => [name, style] as const));

describe('paytronix: authentication styles per endpoint', () => {
  it('endpoints.ts lists the seed methods and styles', () => {
    expect(Object.fromEntries(Object.entries(ENDPOINTS).map(([name, e]) => [name, e.styles.join(' ')]))).toEqual(ALLOWED);
    expect(Object.keys(ENDPOINTS)).toHaveLength(24);
  });

  it.each(cases)('%s with %s', async (name, style) => {
    const s = await makeSandbox();
    const before = JSON.stringify(s.platform.deps.db.data.paytronix);
    const call = paytronix(s, { auth: STYLES[style] });
    const params = { merchantId: MERCHANT, printedCardNumber: '6000100000000001' };
    const method = ENDPOINTS[name].method;
    const res = await (method === 'post' ? call.post(name, params) : method === 'get' ? call.get(name, params) : call.delete(name, params));
    expect(res.status).toBe(200);
    if (ALLOWED[name].split(' ').includes(style)) {
      // Past authentication: the endpoint's own validation or answer, never an authentication code.
      expect(String(res.body.errorCode ?? '')).not.toMatch(/^authentication\./);
      expect(res.body).not.toBeNull();
    } else {
      expect(res.body).toEqual({
        result: 'failure',
        errorCode: 'authentication.style_not_allowed',
        errorMessage: `Authentication style ${style} is not allowed for ${name}; allowed: ${ALLOWED[name].split(' ').join(', ')}`,
      });
      expect(JSON.stringify(s.platform.deps.db.data.paytronix)).toBe(before);
    }
  });
});
