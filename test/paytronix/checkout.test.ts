import { describe, expect, it } from 'vitest';
import { failure, MERCHANT, OAUTH, paytronix } from '../helpers/paytronix.js';
import { makeSandbox, type TestSandbox } from '../helpers/sandbox.js';

const EGIFT = { amount: '25.00', description: 'egift card(s)', quantity: 1 };
const SESSION = { merchantId: MERCHANT, ccProcessorId: 1, cancelUrl: 'https://shop.example.com/cancel', successUrl: 'https://shop.example.com/success', lineItems: EGIFT };
const INTENT_NOT_FOUND = failure('payment_method.payment_intent_not_found', 'Payment intent not found');

async function created(s: TestSandbox, extra: Record<string, unknown> = {}) {
  const res = await paytronix(s).post('createCheckoutSession', { ...SESSION, ...extra });
  expect(res.body.result).toBe('success');
  return res.body.checkoutSession as { id: string; paymentIntent: { id: string }; redirectUrl: string };
}
const intentOf = (id: string, extra: Record<string, unknown> = {}) => ({ merchantId: MERCHANT, ccProcessorId: 1, paymentIntentId: id, ...extra });

describe('paytronix: createCheckoutSession', () => {
  it('returns the seed CheckoutSession: ids, a PaymentIntent awaiting a payment method, and the hosted page on the request host', async () => {
    const s = await makeSandbox();
    const res = await paytronix(s, { headers: { host: 'sandbox.test:4100' } }).post('createCheckoutSession', SESSION);
    expect(res.status).toBe(200);
    const id = res.body.checkoutSession.id;
    expect(res.body).toEqual({
      result: 'success',
      checkoutSession: {
        id: expect.stringMatching(/^cs_[0-9A-Za-z]{24}$/),
        paymentIntent: { id: expect.stringMatching(/^pi_[0-9A-Za-z]{24}$/), amount: '25.00', status: 'REQUIRES_PAYMENT_METHOD' },
        redirectUrl: `http://sandbox.test:4100/__sandbox/paytronix/checkout/${id}`,
      },
    });
  });

  it('is deterministic: the same call in two fresh sandboxes gives the same bytes', async () => {
    const bodies = [];
    for (let i = 0; i < 2; i++) bodies.push(JSON.stringify((await paytronix(await makeSandbox()).post('createCheckoutSession', SESSION)).body));
    expect(bodies[0]).toBe(bodies[1]);
  });

  it('charges the sum of a list of line items (each amount is the line total)', async () => {
    const s = await makeSandbox();
    const lineItems = [EGIFT, { amount: 10.5, description: 'muffins', quantity: 3 }, { amount: '0.25', description: 'tip', quantity: 1 }];
    const session = await created(s, { lineItems });
    expect(session.paymentIntent).toEqual({ id: session.paymentIntent.id, amount: '35.75', status: 'REQUIRES_PAYMENT_METHOD' });
    const stored = (s.platform.deps.db.data.paytronix as { checkoutSessions: Record<string, any> }).checkoutSessions[session.id];
    expect(stored.lineItems).toEqual([
      { amountCents: 2500, description: 'egift card(s)', quantity: 1 },
      { amountCents: 1050, description: 'muffins', quantity: 3 },
      { amountCents: 25, description: 'tip', quantity: 1 },
    ]);
  });

  it.each([
    ['an unknown merchant', { merchantId: 99999 }, failure('payment_method.invalid_merchant_id', 'Invalid merchant ID')],
    ['a processor not the merchant’s', { ccProcessorId: 2 }, failure('payment_method.invalid_cc_processor_id', "Credit card processor is not associated with the web sale program of this merchant")],
    ['a relative cancelUrl', { cancelUrl: '/cancel' }, failure('payment_method.invalid_checkout_url', 'cancelUrl and successUrl must be absolute http or https URLs')],
    ['a javascript: successUrl', { successUrl: 'javascript:alert(1)' }, failure('payment_method.invalid_checkout_url', 'cancelUrl and successUrl must be absolute http or https URLs')],
  ])('refuses %s', async (_label, extra, body) => {
    const s = await makeSandbox();
    expect((await paytronix(s).post('createCheckoutSession', { ...SESSION, ...extra })).body).toEqual(body);
    expect(s.platform.deps.db.data.paytronix).toMatchObject({ checkoutSessions: {} });
  });

  it.each([
    ['nothing', null, { merchantId: ['null_field'], ccProcessorId: ['null_field'], cancelUrl: ['null_field'], successUrl: ['null_field'], lineItems: ['null_field'] }],
    ['a bad single line item', { lineItems: { amount: 0, quantity: 'x' } }, { 'lineItems/amount': ['too_low'], 'lineItems/description': ['null_field'], 'lineItems/quantity': ['invalid_non_integral'] }],
    ['a bad listed line item', { lineItems: [EGIFT, { amount: '1.234', description: 'x', quantity: 0 }] }, { 'lineItems/1/amount': ['invalid_non_integral'], 'lineItems/1/quantity': ['too_low'] }],
    ['an empty list', { lineItems: [] }, { lineItems: ['null_field'] }],
  ])('invalidInputs for %s', async (_label, extra, errorsByField) => {
    const s = await makeSandbox();
    const body = extra === null ? {} : { ...SESSION, ...extra };
    expect((await paytronix(s).post('createCheckoutSession', body)).body).toEqual({
      result: 'invalidInputs',
      errorCode: 'enrollment_input.validation_error',
      errorMessage: 'Validation error for input fields',
      errorsByField,
    });
  });
});

describe('paytronix: paymentIntent, capturePaymentIntent, cancelPaymentIntent', () => {
  it('reads the intent back, with or without its checkout session id', async () => {
    const s = await makeSandbox();
    const session = await created(s);
    const expected = { result: 'success', paymentIntent: session.paymentIntent };
    expect((await paytronix(s).get('paymentIntent', intentOf(session.paymentIntent.id))).body).toEqual(expected);
    expect((await paytronix(s).get('paymentIntent', intentOf(session.paymentIntent.id, { checkoutSessionId: session.id }))).body).toEqual(expected);
  });

  it('the checkout session id must be the intent’s', async () => {
    const s = await makeSandbox();
    const [a, b] = [await created(s), await created(s)];
    expect((await paytronix(s).get('paymentIntent', intentOf(a.paymentIntent.id, { checkoutSessionId: b.id }))).body).toEqual(
      failure('payment_method.checkout_session_mismatch', 'The payment intent does not belong to this checkout session'),
    );
    expect((await paytronix(s).get('paymentIntent', intentOf(a.paymentIntent.id, { checkoutSessionId: 'cs_nope' }))).body).toEqual(failure('payment_method.checkout_session_not_found', 'Checkout session not found'));
  });

  it('unknown intents, intents of another processor or merchant are not found', async () => {
    const s = await makeSandbox();
    const session = await created(s);
    expect((await paytronix(s).get('paymentIntent', intentOf('pi_unknown'))).body).toEqual(INTENT_NOT_FOUND);
    expect((await paytronix(s).post('capturePaymentIntent', intentOf('pi_unknown'))).body).toEqual(INTENT_NOT_FOUND);
    expect((await paytronix(s).post('cancelPaymentIntent', intentOf('pi_unknown'))).body).toEqual(INTENT_NOT_FOUND);
    expect((await paytronix(s).get('paymentIntent', intentOf(session.paymentIntent.id, { merchantId: 10002 }))).body).toEqual(INTENT_NOT_FOUND);
    expect((await paytronix(s).get('paymentIntent', intentOf(session.paymentIntent.id, { ccProcessorId: 7 }))).body).toEqual(
      failure('payment_method.invalid_cc_processor_id', "Credit card processor is not associated with the web sale program of this merchant"),
    );
    expect((await paytronix(s).post('cancelPaymentIntent', intentOf(session.paymentIntent.id, { merchantId: 1 }))).body).toEqual(failure('payment_method.invalid_merchant_id', 'Invalid merchant ID'));
  });

  it('cancels an intent awaiting a payment method; a canceled intent can be neither captured nor canceled again', async () => {
    const s = await makeSandbox();
    const session = await created(s);
    const res = await paytronix(s).post('cancelPaymentIntent', intentOf(session.paymentIntent.id));
    expect(res.body).toEqual({ result: 'success', paymentIntent: { id: session.paymentIntent.id, amount: '25.00', status: 'CANCELED' } });
    expect((await paytronix(s).post('cancelPaymentIntent', intentOf(session.paymentIntent.id))).body).toEqual(
      failure('payment_method.invalid_payment_intent_state', 'Cannot cancel a payment intent in status CANCELED'),
    );
    expect((await paytronix(s).post('capturePaymentIntent', intentOf(session.paymentIntent.id))).body).toEqual(
      failure('payment_method.invalid_payment_intent_state', 'Cannot capture a payment intent in status CANCELED'),
    );
  });

  it('cannot capture an intent the guest has not paid', async () => {
    const s = await makeSandbox();
    const session = await created(s);
    expect((await paytronix(s).post('capturePaymentIntent', intentOf(session.paymentIntent.id))).body).toEqual(
      failure('payment_method.invalid_payment_intent_state', 'Cannot capture a payment intent in status REQUIRES_PAYMENT_METHOD'),
    );
    expect((await paytronix(s).get('paymentIntent', intentOf(session.paymentIntent.id))).body.paymentIntent.status).toBe('REQUIRES_PAYMENT_METHOD');
  });

  it('invalidInputs for missing fields', async () => {
    const s = await makeSandbox();
    const invalid = (errorsByField: Record<string, string[]>) => ({ result: 'invalidInputs', errorCode: 'enrollment_input.validation_error', errorMessage: 'Validation error for input fields', errorsByField });
    const missing = invalid({ merchantId: ['null_field'], ccProcessorId: ['null_field'], paymentIntentId: ['null_field'] });
    expect((await paytronix(s).get('paymentIntent', {})).body).toEqual(missing);
    expect((await paytronix(s).post('capturePaymentIntent', {})).body).toEqual(missing);
    expect((await paytronix(s).post('cancelPaymentIntent', {})).body).toEqual(missing);
    expect((await paytronix(s).get('paymentIntent', { merchantId: MERCHANT, ccProcessorId: 'one', paymentIntentId: 'pi_x' })).body).toEqual(invalid({ ccProcessorId: ['invalid_non_integral'] }));
  });
});

describe('paytronix: checkout endpoints are b2b only', () => {
  it.each([
    ['createCheckoutSession', 'post', SESSION],
    ['paymentIntent', 'get', intentOf('pi_x')],
    ['capturePaymentIntent', 'post', intentOf('pi_x')],
    ['cancelPaymentIntent', 'post', intentOf('pi_x')],
  ] as const)('%s refuses oauth', async (name, method, params) => {
    const s = await makeSandbox();
    expect((await paytronix(s, { auth: OAUTH })[method](name, params)).body).toEqual(
      failure('authentication.style_not_allowed', `Authentication style oauth is not allowed for ${name}; allowed: b2b`),
    );
  });
});
