import { describe, expect, it } from 'vitest';
import { accounts, ADDRESS, CARD, failure, freshCard, MERCHANT, OAUTH, paytronix, VISA } from '../helpers/paytronix.js';
import { makeSandbox } from '../helpers/sandbox.js';


const recharge = (card: string, extra: Record<string, unknown> = {}) => ({ merchantId: MERCHANT, printedCardNumber: card, amount: '25.00', paymentMethod: VISA, address: ADDRESS, ...extra });
const cc = (cardNumber: string, cardType = 'VISA', more: Record<string, unknown> = {}) => ({ ...VISA, cardNumber, cardType, ...more });

describe('paytronix: recharge', () => {
  it('approves a VISA, adds stored value and returns the seed ChargeResponse shape (no full number)', async () => {
    const s = await makeSandbox();
    const card = freshCard();
    const res = await paytronix(s).post('recharge', recharge(card));
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      result: 'success',
      chargeResponse: {
        amount: '25.00',
        cardType: 'VISA',
        expDate: '01/2030',
        lastFour: '1111',
        paymentMethodType: 'CC',
        authCode: expect.stringMatching(/^\d{6}$/),
        processorAuthCode: res.body.chargeResponse.authCode,
        processorReferenceNumber: expect.stringMatching(/^[0-9A-Z]{12}$/),
        processorResponseCode: 0,
        processorResponseMessage: 'Approved',
        transactionDatetime: '2025-12-31 19:00:00 -0500',
        transactionState: 'Succeeded',
      },
    });
    expect(JSON.stringify(res.body)).not.toContain('4111111111111111');
    const history = await paytronix(s, { auth: OAUTH }).get('rechargeHistory', { merchantId: MERCHANT, printedCardNumber: card });
    expect(history.body).toEqual({
      result: 'success',
      history: [
        {
          transactionDatetime: '2025-12-31 19:00:00 -0500',
          transactionState: 'Succeeded',
          processorResponseCode: 0,
          processorResponseMessage: 'Approved',
          processorReferenceNumber: res.body.chargeResponse.processorReferenceNumber,
          authCode: res.body.chargeResponse.authCode,
          amount: '25.00',
          cardType: 'VISA',
          lastFour: '1111',
          expDate: '01/2030',
        },
      ],
    });
    expect(accounts(s)[card].balanceCents).toBe(2500);
  });

  it.each([
    ['4111111111111111', 'VISA'],
    ['5555555555554444', 'MASTERCARD'],
    ['378282246310005', 'AMEX'],
    ['6011111111111117', 'DISCOVER'],
  ])('approves %s (%s)', async (number, type) => {
    const s = await makeSandbox();
    const res = await paytronix(s).post('recharge', recharge(freshCard(), { paymentMethod: cc(number, type, type === 'AMEX' ? { cardSecurityCode: '1234' } : {}) }));
    expect(res.body.chargeResponse).toMatchObject({ transactionState: 'Succeeded', cardType: type, lastFour: number.slice(-4) });
  });

  const AUTH_DECLINED = 'Credit card authorization was declined';
  const DETAIL = { errorCode: 'recharge.cc_auth_declined.detail', errorMessage: 'Transaction declined - gateway rejected' };
  it.each([
    ['4000000000000002', 'recharge.cc_auth_declined', AUTH_DECLINED, [DETAIL]],
    ['4000000000000010', 'recharge.cc_auth_declined', AUTH_DECLINED, [{ errorCode: 'recharge.cc_auth_declined.avs', errorMessage: 'Postal code matches, but street address not verified.' }, DETAIL]],
    ['4000000000000101', 'recharge.cc_auth_declined', AUTH_DECLINED, [{ errorCode: 'recharge.cc_auth_declined.cvv', errorMessage: 'CV match failed' }, DETAIL]],
    ['4000000000000341', 'recharge.cc_capture_declined', 'Credit transaction capture was declined', [{ errorCode: 'recharge.cc_auth_declined.detail', errorMessage: 'Capture declined - gateway rejected' }]],
  ])('%s → %s, no balance change, a Failed history entry', async (number, errorCode, errorMessage, errorDetails) => {
    const s = await makeSandbox();
    const card = CARD.active;
    const res = await paytronix(s).post('recharge', recharge(card, { paymentMethod: cc(number, 'VISA', { saveCard: true }) }));
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ result: 'failure', errorCode, errorMessage, errorDetail: errorDetails[errorDetails.length - 1]!.errorMessage, errorDetails });
    const account = accounts(s)[card];
    expect(account.balanceCents).toBe(2500);
    expect(account.savedCardCode).toBeNull();
    expect(account.paymentMethods).toEqual([]);
    const history = await paytronix(s).get('rechargeHistory', { merchantId: MERCHANT, printedCardNumber: card });
    expect(history.body.history).toEqual([expect.objectContaining({ transactionState: 'Failed', processorResponseCode: 12, authCode: '', lastFour: number.slice(-4) })]);
  });

  it.each([
    [{ merchantId: 12345 }, 'recharge.invalid_merchant_id', 'Invalid merchant ID'],
    [{ printedCardNumber: '12345' }, 'recharge.invalid_card_number', 'Invalid card number'],
    [{ printedCardNumber: CARD.cardNotActive }, 'recharge.card_not_active', 'Card not active'],
    [{ printedCardNumber: CARD.accountNotActive }, 'recharge.account_not_active', 'Account not active'],
    [{ printedCardNumber: CARD.noWallet }, 'recharge.no_sv_wallet_attached', 'This card does not have a Stored Value wallet attached'],
    [{ printedCardNumber: CARD.noEmail }, 'recharge.no_email_address', 'User does not have an email address defined'],
    [{ printedCardNumber: CARD.emailNotVerified }, 'recharge.email_not_verified', "User's email address must be verified in order to recharge"],
    [{ printedCardNumber: CARD.rechargePrevented }, 'recharge.recharge_prevent', "Account's ability to recharge is disabled"],
    [{ amount: '9.99' }, 'recharge.amount_below_minimum', 'Recharge amount is below allowed minimum for this card'],
    [{ amount: 500.01 }, 'recharge.amount_above_maximum', 'Recharge amount is above allowed maximum for this card'],
    [{ paymentMethod: cc('5555555555554444', 'VISA') }, 'cc_transaction.invalid_cc_type', 'Specified Credit Card Type is not allowed for this program'],
    [{ paymentMethod: cc('3566002020360505', 'JCB') }, 'cc_transaction.invalid_cc_type', 'Specified Credit Card Type is not allowed for this program'],
    [{ paymentMethod: cc('4111111111111112') }, 'cc_transaction.invalid_input', 'Invalid Credit Card information'],
    [{ address: { ...ADDRESS, country: 'MX' } }, 'cc_transaction.invalid_input', 'Invalid Credit Card information'],
    [{ paymentMethod: { paymentMethodType: 'SV' } }, 'recharge.invalid_payment_method', 'Specified payment method cannot be used to recharge stored value'],
    [{ paymentMethod: { paymentMethodType: 'SAVED_CC', savedCardCode: 'nope', lastFour: '1111' } }, 'recharge.no_matching_saved_card', 'No matching saved card found'],
  ])('%j → %s', async (override, errorCode, errorMessage) => {
    const s = await makeSandbox();
    const res = await paytronix(s).post('recharge', recharge(CARD.active, override));
    expect(res.body).toEqual(failure(errorCode, errorMessage));
    expect(accounts(s)[CARD.active].history).toEqual([]);
  });

  it.each([
    [{ amount: undefined }, { amount: ['null_field'] }],
    [{ amount: 'abc' }, { amount: ['invalid_non_integral'] }],
    [{ amount: '0.00' }, { amount: ['too_low'] }],
    [{ merchantId: '10001' }, { merchantId: ['invalid_non_integral'] }],
    [{ address: undefined }, { address: ['null_field'] }],
    [{ address: { ...ADDRESS, street: null } }, { 'address/street': ['null_field'] }],
    [{ paymentMethod: cc('4111111111111111', 'VISA', { expirationMonth: 0 }) }, { 'paymentMethod/expirationMonth': ['too_low'] }],
    [{ paymentMethod: cc('4111111111111111', 'VISA', { expirationMonth: 13 }) }, { 'paymentMethod/expirationMonth': ['too_high'] }],
    [{ paymentMethod: cc('4111111111111111', 'VISA', { expirationMonth: 1.5 }) }, { 'paymentMethod/expirationMonth': ['invalid_non_integral'] }],
    [{ paymentMethod: cc('4111111111111111', 'VISA', { expirationYear: 2025 }) }, { 'paymentMethod/expirationYear': ['invalid_date'] }],
    [{ paymentMethod: cc('4111111111111111', 'VISA', { cardSecurityCode: '12' }) }, { 'paymentMethod/cardSecurityCode': ['too_short'] }],
    [{ paymentMethod: cc('4111111111111111', 'VISA', { cardholderName: 'x'.repeat(51) }) }, { 'paymentMethod/cardholderName': ['too_long'] }],
    [{ paymentMethod: { paymentMethodType: undefined } }, { 'paymentMethod/paymentMethodType': ['null_field'] }],
  ])('%j → invalidInputs %j', async (override, errorsByField) => {
    const s = await makeSandbox();
    const res = await paytronix(s).post('recharge', recharge(CARD.active, override));
    expect(res.body).toEqual({ result: 'invalidInputs', errorCode: 'enrollment_input.validation_error', errorMessage: 'Validation error for input fields', errorsByField });
  });

  it('saveCard keeps only last four, brand and expiry, then SAVED_CC recharges with it', async () => {
    const s = await makeSandbox();
    const card = freshCard();
    await paytronix(s).post('recharge', recharge(card, { paymentMethod: cc('4111111111111111', 'VISA', { saveCard: true }) }));
    const stored = accounts(s)[card];
    const saved = stored.paymentMethods[0];
    expect(stored.paymentMethods).toEqual([
      { type: 'SAVED_CC', savedCardCode: expect.stringMatching(/^\w{10}$/), cardType: 'VISA', cardholderName: 'Pat Guest', lastFour: '1111', expirationMonth: 1, expirationYear: 2030, address: ADDRESS, defaultUsages: [], savedAtMs: s.platform.deps.clock.nowMs() },
    ]);
    expect(stored.savedCardCode).toBe(saved.savedCardCode);
    const again = await paytronix(s).post('recharge', recharge(card, { address: undefined, paymentMethod: { paymentMethodType: 'SAVED_CC', savedCardCode: saved.savedCardCode, lastFour: '1111' } }));
    expect(again.body.chargeResponse).toMatchObject({ paymentMethodType: 'SAVED_CC', lastFour: '1111', transactionState: 'Succeeded' });
    expect(accounts(s)[card].balanceCents).toBe(5000);
    const db = JSON.stringify(s.platform.deps.db.data);
    expect(db).not.toContain('4111111111111111');
    expect(db).not.toContain('"123"');
  });

  it('the expired saved card of 6000100000000008 is declined', async () => {
    const s = await makeSandbox();
    const res = await paytronix(s).post('recharge', recharge(CARD.expiredSavedCard, { address: undefined, paymentMethod: { paymentMethodType: 'SAVED_CC', savedCardCode: 'SC8H2K4M6P', lastFour: '1111' } }));
    expect(res.body).toMatchObject({ errorCode: 'recharge.cc_auth_declined', errorDetails: [{ errorCode: 'recharge.cc_auth_declined.detail', errorMessage: 'Transaction declined - expired card' }] });
  });

  it('anonymous is not allowed on recharge', async () => {
    const s = await makeSandbox();
    const res = await paytronix(s, { auth: { authentication: 'anonymous' } }).post('recharge', recharge(CARD.active));
    expect(res.body).toEqual(failure('authentication.style_not_allowed', 'Authentication style anonymous is not allowed for recharge; allowed: b2b, oauth'));
  });

  it('never journals the card number or security code', async () => {
    const s = await makeSandbox();
    await paytronix(s).post('recharge', recharge(freshCard()));
    const journal = JSON.stringify((await s.json('GET', '/__admin/requests?provider=paytronix')).body);
    expect(journal).not.toContain('4111111111111111');
    expect(journal).not.toContain('"123"');
    expect(journal).not.toContain('b2b-password');
  });
});

describe('paytronix: rechargeHistory', () => {
  it.each([
    [CARD.active, { result: 'success', history: [] }],
    [CARD.emailNotVerified, { result: 'success', history: [] }],
    [CARD.cardNotActive, failure('recharge_history.card_not_active', 'Card not active')],
    [CARD.accountNotActive, failure('recharge_history.account_not_active', 'Account not active')],
    ['600010', failure('recharge_history.invalid_card_number', 'Invalid card number')],
  ])('%s → %j', async (printedCardNumber, body) => {
    const s = await makeSandbox();
    expect((await paytronix(s).get('rechargeHistory', { merchantId: MERCHANT, printedCardNumber })).body).toEqual(body);
  });

  it('invalid merchant and anonymous', async () => {
    const s = await makeSandbox();
    expect((await paytronix(s).get('rechargeHistory', { merchantId: 1, printedCardNumber: CARD.active })).body).toEqual(failure('recharge_history.invalid_merchant_id', 'Invalid merchant ID'));
    expect((await paytronix(s, { auth: { authentication: 'anonymous' } }).get('rechargeHistory', { merchantId: MERCHANT, printedCardNumber: CARD.active })).body.errorCode).toBe('authentication.style_not_allowed');
  });
});
