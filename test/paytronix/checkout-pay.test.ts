import { describe, expect, it } from 'vitest';
import { MERCHANT, paytronix } from '../helpers/paytronix.js';
import { makeSandbox, type TestSandbox } from '../helpers/sandbox.js';

const SESSION = {
  merchantId: MERCHANT,
  ccProcessorId: 1,
  cancelUrl: 'https://shop.example.com/cancel',
  successUrl: 'https://shop.example.com/success',
  lineItems: [
    { amount: '20.00', description: 'egift card(s)', quantity: 1 },
    { amount: '5.00', description: 'Latte <large>', quantity: 2 },
  ],
};
const intentOf = (id: string) => ({ merchantId: MERCHANT, ccProcessorId: 1, paymentIntentId: id });
const payPath = (id: string) => `/__admin/paytronix/checkout-sessions/${id}/pay`;

async function created(s: TestSandbox) {
  const res = await paytronix(s).post('createCheckoutSession', SESSION);
  return res.body.checkoutSession as { id: string; paymentIntent: { id: string }; redirectUrl: string };
}

const approvedCharge = (extra: Record<string, unknown> = {}) => ({
  transactionDatetime: '2025-12-31 19:00:00 -0500',
  transactionState: 'Succeeded',
  processorResponseCode: 0,
  processorResponseMessage: 'Approved',
  processorReferenceNumber: expect.stringMatching(/^[0-9A-Z]{12}$/),
  authCode: expect.stringMatching(/^\d{6}$/),
  processorAuthCode: expect.stringMatching(/^\d{6}$/),
  amount: '25.00',
  paymentMethodType: 'CC',
  cardType: 'VISA',
  lastFour: '1111',
  expDate: '12/2029',
  ...extra,
});

describe('paytronix: a guest pays a hosted checkout (admin pay hook)', () => {
  it('approve → REQUIRES_CAPTURE with chargeInfo; capture → SUCCEEDED; then neither cancel nor capture again', async () => {
    const s = await makeSandbox();
    const session = await created(s);
    const pay = await s.json('POST', payPath(session.id), { cardNumber: '4111111111111111', guestName: 'Pat Guest' }, { host: 'sandbox.test' });
    expect(pay.status).toBe(200);
    expect(pay.body).toEqual({
      id: session.id,
      paymentIntent: { id: session.paymentIntent.id, amount: '25.00', chargeInfo: approvedCharge(), status: 'REQUIRES_CAPTURE', guestName: 'Pat Guest' },
      redirectUrl: `http://sandbox.test/__sandbox/paytronix/checkout/${session.id}`,
    });
    const read = await paytronix(s).get('paymentIntent', intentOf(session.paymentIntent.id));
    expect(read.body).toEqual({ result: 'success', paymentIntent: pay.body.paymentIntent });

    await s.json('POST', '/__admin/clock/advance', { seconds: 3600 });
    const captured = await paytronix(s).post('capturePaymentIntent', intentOf(session.paymentIntent.id));
    const { authCode, processorReferenceNumber } = pay.body.paymentIntent.chargeInfo;
    expect(captured.body).toEqual({
      result: 'success',
      paymentIntent: {
        id: session.paymentIntent.id,
        amount: '25.00',
        chargeInfo: approvedCharge({ transactionDatetime: '2025-12-31 20:00:00 -0500', processorResponseMessage: 'Captured', authCode, processorAuthCode: authCode, processorReferenceNumber }),
        status: 'SUCCEEDED',
        guestName: 'Pat Guest',
      },
    });
    expect((await paytronix(s).post('cancelPaymentIntent', intentOf(session.paymentIntent.id))).body).toEqual({
      result: 'failure',
      errorCode: 'payment_method.invalid_payment_intent_state',
      errorMessage: 'Cannot cancel a payment intent in status SUCCEEDED',
    });
    expect((await paytronix(s).post('capturePaymentIntent', intentOf(session.paymentIntent.id))).body.errorCode).toBe('payment_method.invalid_payment_intent_state');
  });

  it('a declined card leaves the intent awaiting a payment method with a Failed chargeInfo; a second card then approves', async () => {
    const s = await makeSandbox();
    const session = await created(s);
    const declined = await s.json('POST', payPath(session.id), { cardNumber: '4000000000000002', expirationMonth: 3, expirationYear: 2028 });
    expect(declined.status).toBe(200);
    expect(declined.body.paymentIntent).toEqual({
      id: session.paymentIntent.id,
      amount: '25.00',
      chargeInfo: approvedCharge({
        transactionState: 'Failed',
        processorResponseCode: 12,
        processorResponseMessage: 'Declined',
        authCode: '',
        processorAuthCode: '',
        lastFour: '0002',
        expDate: '03/2028',
      }),
      status: 'REQUIRES_PAYMENT_METHOD',
    });
    expect((await paytronix(s).post('capturePaymentIntent', intentOf(session.paymentIntent.id))).body.errorCode).toBe('payment_method.invalid_payment_intent_state');

    const approved = await s.json('POST', payPath(session.id), { cardNumber: '5555555555554444' });
    expect(approved.body.paymentIntent).toMatchObject({ status: 'REQUIRES_CAPTURE', chargeInfo: { transactionState: 'Succeeded', cardType: 'MASTERCARD', lastFour: '4444' } });
  });

  it.each(['4000000000000010', '4000000000000101'])('the default scenario declines %s on checkout too', async (cardNumber) => {
    const s = await makeSandbox();
    const session = await created(s);
    const res = await s.json('POST', payPath(session.id), { cardNumber });
    expect(res.body.paymentIntent).toMatchObject({ status: 'REQUIRES_PAYMENT_METHOD', chargeInfo: { transactionState: 'Failed', processorResponseMessage: 'Declined' } });
  });

  it('an expired card is declined', async () => {
    const s = await makeSandbox();
    const session = await created(s);
    const res = await s.json('POST', payPath(session.id), { cardNumber: '4111111111111111', expirationMonth: 12, expirationYear: 2025 });
    expect(res.body.paymentIntent).toMatchObject({ status: 'REQUIRES_PAYMENT_METHOD', chargeInfo: { transactionState: 'Failed', expDate: '12/2025' } });
  });

  it('4000000000000341 authorizes, its capture is declined and changes nothing; the intent can still be canceled', async () => {
    const s = await makeSandbox();
    const session = await created(s);
    expect((await s.json('POST', payPath(session.id), { cardNumber: '4000000000000341' })).body.paymentIntent.status).toBe('REQUIRES_CAPTURE');
    expect((await paytronix(s).post('capturePaymentIntent', intentOf(session.paymentIntent.id))).body).toEqual({
      result: 'failure',
      errorCode: 'payment_method.payment_intent_capture_declined',
      errorMessage: 'Credit card capture of the payment intent was declined',
    });
    expect((await paytronix(s).get('paymentIntent', intentOf(session.paymentIntent.id))).body.paymentIntent.status).toBe('REQUIRES_CAPTURE');
    const canceled = await paytronix(s).post('cancelPaymentIntent', intentOf(session.paymentIntent.id));
    expect(canceled.body.paymentIntent).toMatchObject({ status: 'CANCELED', chargeInfo: { transactionState: 'Succeeded', lastFour: '0341' } });
  });

  it('the X-Sandbox-Scenario header picks the scenario; an unknown one is a 404 problem', async () => {
    const s = await makeSandbox();
    const session = await created(s);
    const res = await s.json('POST', payPath(session.id), { cardNumber: '4111111111111111' }, { 'x-sandbox-scenario': 'no-such-scenario' });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect((await paytronix(s).get('paymentIntent', intentOf(session.paymentIntent.id))).body.paymentIntent.status).toBe('REQUIRES_PAYMENT_METHOD');
  });

  it('problems: invalid card 400, unknown session 404, a session not awaiting payment 409', async () => {
    const s = await makeSandbox();
    const session = await created(s);
    for (const cardNumber of ['4111111111111112', '12345', '9999999999999995']) {
      const res = await s.json('POST', payPath(session.id), { cardNumber });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ type: 'urn:payment-sandbox:problem:validation', status: 400, errors: [{ field: 'cardNumber' }] });
      expect(JSON.stringify(res.body)).not.toContain(cardNumber);
    }
    expect((await s.json('POST', payPath(session.id), {})).status).toBe(400);
    const unknown = await s.json('POST', payPath('cs_nope'), { cardNumber: '4111111111111111' });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ status: 404, detail: 'checkout session cs_nope was not found' });
    expect((await s.json('POST', payPath('__proto__'), { cardNumber: '4111111111111111' })).status).toBe(404);
    await paytronix(s).post('cancelPaymentIntent', intentOf(session.paymentIntent.id));
    const conflict = await s.json('POST', payPath(session.id), { cardNumber: '4111111111111111' });
    expect(conflict.status).toBe(409);
    expect(conflict.body).toMatchObject({ status: 409, detail: 'Cannot authorize a checkout payment intent in state CANCELED' });
    expect((await paytronix(s).get('paymentIntent', intentOf(session.paymentIntent.id))).body.paymentIntent).toEqual({ id: session.paymentIntent.id, amount: '25.00', status: 'CANCELED' });
  });

  it('never stores, returns or journals the full card number', async () => {
    const s = await makeSandbox();
    const session = await created(s);
    const pay = await s.json('POST', payPath(session.id), { cardNumber: '4111111111111111' });
    await paytronix(s).get('paymentIntent', intentOf(session.paymentIntent.id));
    expect(JSON.stringify(pay.body)).not.toContain('4111111111111111');
    expect(JSON.stringify(s.platform.deps.db.data)).not.toContain('4111111111111111');
    expect(JSON.stringify(s.platform.deps.db.data)).not.toContain('411111******1111');
    const journal = JSON.stringify((await s.json('GET', '/__admin/requests?limit=100')).body);
    expect(journal).not.toContain('4111111111111111');
  });
});

describe('paytronix: the hosted checkout page', () => {
  it('serves the session as HTML: merchant, escaped line items, amount, status', async () => {
    const s = await makeSandbox();
    const session = await created(s);
    const res = await s.call('GET', new URL(session.redirectUrl).pathname);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toContain('<h1>Sandbox Coffee Co.</h1>');
    expect(html).toContain('<td>Latte &#60;large&#62;</td><td class="num">2</td><td class="num">$5.00</td>');
    expect(html).toContain('data-amount="25.00"');
    expect(html).toContain('<span class="status" id="status">REQUIRES_PAYMENT_METHOD</span>');
    expect(html).toContain(`http://localhost/__admin/paytronix/checkout-sessions/${session.id}/pay`);
    await s.json('POST', payPath(session.id), { cardNumber: '4111111111111111' });
    expect(await (await s.call('GET', new URL(session.redirectUrl).pathname)).text()).toContain('id="status">REQUIRES_CAPTURE<');
  });

  it('404 HTML for an unknown session', async () => {
    const s = await makeSandbox();
    for (const id of ['cs_nope', '__proto__']) {
      const res = await s.call('GET', `/__sandbox/paytronix/checkout/${id}`);
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await res.text()).toContain(`No checkout session <code>${id}</code>`);
    }
  });
});
