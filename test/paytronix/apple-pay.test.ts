import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { failure, MERCHANT, OAUTH, paytronix } from '../helpers/paytronix.js';
import { makeSandbox, type TestSandbox } from '../helpers/sandbox.js';

const NOT_REGISTERED = failure('payment_method.apple_pay_domain_not_registered', 'Domain is not registered for Apple Pay for this merchant');
const BAD_DOMAIN = failure('payment_method.invalid_apple_pay_domain_name', 'Domain name must be a lowercase host name such as shop.example.com, without scheme, path or port');
const GATEWAY = 'https://apple-pay-gateway.apple.com/paymentservices/startSession';
/** Paytronix's Apple identifier hash: SHA-256 of its Apple merchant identifier, upper-case hex. */
const ENCRYPT_TO = createHash('sha256').update('merchant.com.paytronix.sandbox').digest('hex').toUpperCase();

const register = (s: TestSandbox, domainName: string, merchantId = MERCHANT) => paytronix(s).post('registerApplePayDomain', { merchantId, domainName });
const details = async (s: TestSandbox) => (await paytronix(s).get('applePayMerchantDetails', { merchantId: MERCHANT })).body;
const validate = (s: TestSandbox, extra: Record<string, unknown> = {}) =>
  paytronix(s).post('validateApplePayMerchant', { merchantId: MERCHANT, validationUrl: GATEWAY, domainName: 'shop.example.com', ...extra });

describe('paytronix: Apple Pay domains and merchant details', () => {
  it('details list the registered domains in registration order; registering again changes nothing; unregister removes', async () => {
    const s = await makeSandbox();
    expect(await details(s)).toEqual({
      result: 'success',
      details: {
        domainNames: [],
        partnerMerchantName: 'Sandbox Coffee Co.',
        partnerInternalMerchantIdentifier: 'merchant.com.paytronix.sandbox.m10001',
        partnerMerchantValidationURI: 'https://m10001.paytronix-sandbox.example/.well-known/apple-developer-merchantid-domain-association',
        encryptTo: ENCRYPT_TO,
        merchantUrl: 'https://m10001.paytronix-sandbox.example',
      },
    });
    expect((await register(s, 'shop.example.com')).body).toEqual({ result: 'success' });
    expect((await register(s, 'order.shop-2.example.co.uk')).body).toEqual({ result: 'success' });
    expect((await register(s, 'shop.example.com')).body).toEqual({ result: 'success' });
    expect((await details(s)).details.domainNames).toEqual(['shop.example.com', 'order.shop-2.example.co.uk']);
    expect((await paytronix(s).get('applePayMerchantDetails', { merchantId: 10002 })).body.details.domainNames).toEqual([]);

    const res = await paytronix(s).post('unregisterApplePayDomain', { merchantId: MERCHANT, domainName: 'shop.example.com', reason: 'site retired' });
    expect(res.body).toEqual({ result: 'success' });
    expect((await details(s)).details.domainNames).toEqual(['order.shop-2.example.co.uk']);
  });

  it('unregistering a domain not registered (here or only for another merchant) fails', async () => {
    const s = await makeSandbox();
    await register(s, 'bagels.example.com', 10002);
    for (const domainName of ['shop.example.com', 'bagels.example.com']) {
      expect((await paytronix(s).post('unregisterApplePayDomain', { merchantId: MERCHANT, domainName, reason: 'x' })).body).toEqual(NOT_REGISTERED);
    }
  });

  it.each(['Shop.example.com', 'https://shop.example.com', 'shop.example.com/pay', 'shop.example.com:443', 'localhost', '192.168.1.10', '-shop.example.com', 'shop..example.com', 'shop.example.com.', 'sh op.example.com', `${'a'.repeat(64)}.example.com`])(
    'refuses the domain name %s',
    async (domainName) => {
      const s = await makeSandbox();
      expect((await register(s, domainName)).body).toEqual(BAD_DOMAIN);
      expect((await paytronix(s).post('unregisterApplePayDomain', { merchantId: MERCHANT, domainName, reason: 'x' })).body).toEqual(BAD_DOMAIN);
      expect((await details(s)).details.domainNames).toEqual([]);
    },
  );

  it('unknown merchant and missing fields', async () => {
    const s = await makeSandbox();
    const badMerchant = failure('payment_method.invalid_merchant_id', 'Invalid merchant ID');
    expect((await register(s, 'shop.example.com', 4)).body).toEqual(badMerchant);
    expect((await paytronix(s).get('applePayMerchantDetails', { merchantId: 4 })).body).toEqual(badMerchant);
    expect((await validate(s, { merchantId: 4 })).body).toEqual(badMerchant);
    const invalid = (errorsByField: Record<string, string[]>) => ({ result: 'invalidInputs', errorCode: 'enrollment_input.validation_error', errorMessage: 'Validation error for input fields', errorsByField });
    expect((await paytronix(s).post('unregisterApplePayDomain', { merchantId: MERCHANT, domainName: 'shop.example.com' })).body).toEqual(invalid({ reason: ['null_field'] }));
    expect((await paytronix(s).post('registerApplePayDomain', {})).body).toEqual(invalid({ merchantId: ['null_field'], domainName: ['null_field'] }));
    expect((await paytronix(s).post('validateApplePayMerchant', {})).body).toEqual(invalid({ merchantId: ['null_field'], validationUrl: ['null_field'], domainName: ['null_field'] }));
    expect((await paytronix(s).get('applePayMerchantDetails', {})).body).toEqual(invalid({ merchantId: ['null_field'] }));
  });
});

describe('paytronix: validateApplePayMerchant', () => {
  it('returns a merchant session for a registered domain, byte-identical in two fresh sandboxes', async () => {
    const bodies: string[] = [];
    for (let i = 0; i < 2; i++) {
      const s = await makeSandbox();
      await register(s, 'shop.example.com');
      bodies.push(JSON.stringify((await validate(s)).body));
    }
    expect(bodies[0]).toBe(bodies[1]);
    const body = JSON.parse(bodies[0]!);
    expect(Object.keys(body)).toEqual(['result', 'session']);
    expect(Object.keys(body.session)).toEqual(['merchantSession']);
    expect(JSON.parse(body.session.merchantSession)).toEqual({
      epochTimestamp: Date.parse('2026-01-01T00:00:00Z'),
      expiresAt: Date.parse('2026-01-01T01:00:00Z'),
      merchantSessionIdentifier: expect.stringMatching(/^SSH[0-9A-F]{32}$/),
      nonce: expect.stringMatching(/^[0-9a-f]{8}$/),
      merchantIdentifier: ENCRYPT_TO,
      domainName: 'shop.example.com',
      displayName: 'Sandbox Coffee Co.',
      operationalAnalyticsIdentifier: `Sandbox Coffee Co.:${ENCRYPT_TO}`,
      retries: 0,
      pspId: ENCRYPT_TO,
      signature: expect.stringMatching(/^308006092a864886f70d010702a0803080020101[0-9a-f]{64}$/),
    });
  });

  it('each validation is a new session', async () => {
    const s = await makeSandbox();
    await register(s, 'shop.example.com');
    const [a, b] = [await validate(s), await validate(s)];
    expect(JSON.parse(a.body.session.merchantSession).merchantSessionIdentifier).not.toBe(JSON.parse(b.body.session.merchantSession).merchantSessionIdentifier);
  });

  it('the session carries the identifier hash of the details (encryptTo)', async () => {
    const s = await makeSandbox();
    await register(s, 'shop.example.com');
    const session = JSON.parse((await validate(s)).body.session.merchantSession);
    expect([session.merchantIdentifier, session.pspId]).toEqual([ENCRYPT_TO, ENCRYPT_TO]);
  });

  it('refuses a domain not registered, or registered and then unregistered', async () => {
    const s = await makeSandbox();
    expect((await validate(s)).body).toEqual(NOT_REGISTERED);
    await register(s, 'shop.example.com');
    await paytronix(s).post('unregisterApplePayDomain', { merchantId: MERCHANT, domainName: 'shop.example.com', reason: 'moved' });
    expect((await validate(s)).body).toEqual(NOT_REGISTERED);
    expect((await validate(s, { domainName: 'HTTPS://shop' })).body).toEqual(BAD_DOMAIN);
  });

  it.each([
    'http://apple-pay-gateway.apple.com/paymentservices/startSession',
    'https://apple-pay-gateway.apple.com:8443/paymentservices/startSession',
    'https://evil.example.com/paymentservices/startSession',
    'https://apple-pay-gateway.apple.com.evil.example/x',
    'apple-pay-gateway.apple.com/paymentservices/startSession',
  ])('refuses the validation URL %s', async (validationUrl) => {
    const s = await makeSandbox();
    await register(s, 'shop.example.com');
    expect((await validate(s, { validationUrl })).body).toEqual(
      failure('payment_method.invalid_apple_pay_validation_url', 'Validation URL must be an https URL on an Apple Pay gateway host (apple-pay-gateway*.apple.com)'),
    );
  });

  it.each(['https://apple-pay-gateway-nc-pod5.apple.com/paymentservices/paymentSession', 'https://apple-pay-gateway-cert.apple.com/paymentservices/startSession', 'https://cn-apple-pay-gateway.apple.com/paymentservices/startSession'])(
    'accepts Apple’s gateway %s',
    async (validationUrl) => {
      const s = await makeSandbox();
      await register(s, 'shop.example.com');
      expect((await validate(s, { validationUrl })).body.result).toBe('success');
    },
  );
});

describe('paytronix: Apple Pay endpoints are b2b only', () => {
  it.each([
    ['validateApplePayMerchant', 'post', { merchantId: MERCHANT, validationUrl: GATEWAY, domainName: 'shop.example.com' }],
    ['registerApplePayDomain', 'post', { merchantId: MERCHANT, domainName: 'shop.example.com' }],
    ['unregisterApplePayDomain', 'post', { merchantId: MERCHANT, domainName: 'shop.example.com', reason: 'x' }],
    ['applePayMerchantDetails', 'get', { merchantId: MERCHANT }],
  ] as const)('%s refuses oauth', async (name, method, params) => {
    const s = await makeSandbox();
    expect((await paytronix(s, { auth: OAUTH })[method](name, params)).body).toEqual(failure('authentication.style_not_allowed', `Authentication style oauth is not allowed for ${name}; allowed: b2b`));
    expect((await details(s)).details.domainNames).toEqual([]);
  });
});
