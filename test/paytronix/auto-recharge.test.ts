import { describe, expect, it } from 'vitest';
import { accounts, ADDRESS, CARD, failure, freshCard, MERCHANT, NO_AUTO_RECHARGE_MERCHANT, OAUTH, paytronix, VISA } from '../helpers/paytronix.js';
import { makeSandbox, type TestSandbox } from '../helpers/sandbox.js';

const cc = (cardNumber: string, more: Record<string, unknown> = {}) => ({ ...VISA, cardNumber, saveCard: true, ...more });
const enable = (card: string, extra: Record<string, unknown> = {}) => ({ merchantId: MERCHANT, printedCardNumber: card, amount: '20.00', threshold: '5.00', paymentMethod: cc('4111111111111111'), address: ADDRESS, ...extra });
const status = (s: TestSandbox, card: string, merchantId = MERCHANT) => paytronix(s).get('autoRechargeStatus', { merchantId, printedCardNumber: card });
const history = async (s: TestSandbox, card: string) => (await paytronix(s).get('rechargeHistory', { merchantId: MERCHANT, printedCardNumber: card })).body.history;

describe('paytronix: autoRechargeEnable', () => {
  it('charges at once, enrolls, and saves the card as the AUTO_RECHARGE default and the saved card', async () => {
    const s = await makeSandbox();
    const card = CARD.active;
    const res = await paytronix(s, { auth: OAUTH }).post('autoRechargeEnable', enable(card));
    expect(res.body).toEqual({
      result: 'success',
      chargeResponse: {
        amount: '20.00',
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
    const account = accounts(s)[card];
    expect(account.balanceCents).toBe(4500);
    expect(account.autoRecharge).toEqual({ merchantId: MERCHANT, amountCents: 2000, thresholdCents: 500, enrolledAtMs: s.platform.deps.clock.nowMs() });
    expect(await history(s, card)).toEqual([expect.objectContaining({ transactionState: 'Succeeded', amount: '20.00', lastFour: '1111', authCode: res.body.chargeResponse.authCode })]);
    const saved = (await paytronix(s).get('savedCard', { merchantId: MERCHANT, printedCardNumber: card })).body.savedCard;
    expect(saved).toMatchObject({ type: 'SAVED_CC', lastFour: '1111', isAutoRechargeDefault: true, isPayByMobileDefault: false });
    expect(account.paymentMethods).toEqual([expect.objectContaining({ savedCardCode: saved.savedCardCode, defaultUsages: ['AUTO_RECHARGE'] })]);
    expect(account.savedCardCode).toBe(saved.savedCardCode);
    expect(JSON.stringify(s.platform.deps.db.data)).not.toContain('4111111111111111');
  });

  it('saveCard false → invalidInputs cannot_auto_recharge_without_saving_card (with the other field errors), nothing changes', async () => {
    const s = await makeSandbox();
    const res = await paytronix(s).post('autoRechargeEnable', enable(CARD.active, { paymentMethod: cc('4111111111111111', { saveCard: false }), address: undefined }));
    expect(res.body).toEqual({
      result: 'invalidInputs',
      errorCode: 'enrollment_input.validation_error',
      errorMessage: 'Validation error for input fields',
      errorsByField: { 'paymentMethod/saveCard': ['cannot_auto_recharge_without_saving_card'], address: ['null_field'] },
    });
    expect(accounts(s)[CARD.active]).toMatchObject({ balanceCents: 2500, autoRecharge: null, history: [] });
  });

  it('saveCard omitted on a CC still saves the card (auto-recharge needs it)', async () => {
    const s = await makeSandbox();
    const { saveCard: _, ...noSave } = cc('4111111111111111');
    await paytronix(s).post('autoRechargeEnable', enable(CARD.active, { paymentMethod: noSave }));
    expect(accounts(s)[CARD.active].paymentMethods).toEqual([expect.objectContaining({ type: 'SAVED_CC', defaultUsages: ['AUTO_RECHARGE'] })]);
  });

  it('merchant 10002 → recharge.auto_recharge_not_enabled', async () => {
    const s = await makeSandbox();
    const res = await paytronix(s).post('autoRechargeEnable', enable(CARD.active, { merchantId: NO_AUTO_RECHARGE_MERCHANT }));
    expect(res.body).toEqual(failure('recharge.auto_recharge_not_enabled', 'Auto recharge is not enabled for this merchant'));
  });

  const AUTH_DECLINED = 'Credit card authorization was declined';
  const DETAIL = { errorCode: 'recharge.cc_auth_declined.detail', errorMessage: 'Transaction declined - gateway rejected' };
  it.each([
    ['4000000000000002', 'recharge.cc_auth_declined', AUTH_DECLINED, [DETAIL]],
    ['4000000000000010', 'recharge.cc_auth_declined', AUTH_DECLINED, [{ errorCode: 'recharge.cc_auth_declined.avs', errorMessage: 'Postal code matches, but street address not verified.' }, DETAIL]],
    ['4000000000000101', 'recharge.cc_auth_declined', AUTH_DECLINED, [{ errorCode: 'recharge.cc_auth_declined.cvv', errorMessage: 'CV match failed' }, DETAIL]],
    ['4000000000000341', 'recharge.cc_capture_declined', 'Credit transaction capture was declined', [{ errorCode: 'recharge.cc_auth_declined.detail', errorMessage: 'Capture declined - gateway rejected' }]],
  ])('%s → %s with errorDetails; no balance, not enrolled, nothing saved, a Failed entry', async (number, errorCode, errorMessage, errorDetails) => {
    const s = await makeSandbox();
    const res = await paytronix(s).post('autoRechargeEnable', enable(CARD.active, { paymentMethod: cc(number) }));
    expect(res.body).toEqual({ result: 'failure', errorCode, errorMessage, errorDetail: errorDetails[errorDetails.length - 1]!.errorMessage, errorDetails });
    expect(accounts(s)[CARD.active]).toMatchObject({ balanceCents: 2500, autoRecharge: null, paymentMethods: [], savedCardCode: null });
    expect((await status(s, CARD.active)).body).toEqual({ enrolled: false });
    expect(await history(s, CARD.active)).toEqual([expect.objectContaining({ transactionState: 'Failed', processorResponseCode: 12, authCode: '', lastFour: number.slice(-4) })]);
  });

  it('the program threshold applies when it is not per account', async () => {
    const s = await makeSandbox();
    (s.platform.deps.db.data.paytronix as any).merchants['10001'].programs['1'].isThresholdPerAccount = false;
    await paytronix(s).post('autoRechargeEnable', enable(CARD.active, { threshold: '3.00' }));
    expect(accounts(s)[CARD.active].autoRecharge.thresholdCents).toBe(1000);
  });

  it('with SAVED_CC: the existing saved card becomes the AUTO_RECHARGE default', async () => {
    const s = await makeSandbox();
    const card = freshCard();
    await paytronix(s).post('recharge', { merchantId: MERCHANT, printedCardNumber: card, amount: '10.00', paymentMethod: cc('5555555555554444', { cardType: 'MASTERCARD' }), address: ADDRESS });
    const code = accounts(s)[card].savedCardCode;
    const res = await paytronix(s).post('autoRechargeEnable', enable(card, { address: undefined, paymentMethod: { paymentMethodType: 'SAVED_CC', savedCardCode: code, lastFour: '4444' } }));
    expect(res.body.chargeResponse).toMatchObject({ paymentMethodType: 'SAVED_CC', cardType: 'MASTERCARD', lastFour: '4444', transactionState: 'Succeeded' });
    expect(accounts(s)[card]).toMatchObject({ balanceCents: 3000, savedCardCode: code, paymentMethods: [expect.objectContaining({ savedCardCode: code, defaultUsages: ['AUTO_RECHARGE'] })] });
  });

  it('the expired saved card of 6000100000000008 is declined and nothing is enrolled', async () => {
    const s = await makeSandbox();
    const res = await paytronix(s).post('autoRechargeEnable', enable(CARD.expiredSavedCard, { address: undefined, paymentMethod: { paymentMethodType: 'SAVED_CC', savedCardCode: 'SC8H2K4M6P', lastFour: '1111' } }));
    expect(res.body).toMatchObject({ errorCode: 'recharge.cc_auth_declined', errorDetails: [{ errorCode: 'recharge.cc_auth_declined.detail', errorMessage: 'Transaction declined - expired card' }] });
    expect(accounts(s)[CARD.expiredSavedCard].autoRecharge).toBeNull();
  });

  it('enabling again re-enrolls: a new charge, and the new amount, threshold and card replace the old', async () => {
    const s = await makeSandbox();
    await paytronix(s).post('autoRechargeEnable', enable(CARD.active));
    await paytronix(s).post('autoRechargeEnable', enable(CARD.active, { amount: '15.00', threshold: '8.00', paymentMethod: cc('5555555555554444', { cardType: 'MASTERCARD' }) }));
    const account = accounts(s)[CARD.active];
    expect(account.balanceCents).toBe(2500 + 2000 + 1500);
    expect(account.autoRecharge).toMatchObject({ amountCents: 1500, thresholdCents: 800 });
    expect(account.paymentMethods).toEqual([expect.objectContaining({ lastFour: '4444', defaultUsages: ['AUTO_RECHARGE'] })]);
    expect(await history(s, CARD.active)).toHaveLength(2);
  });

  it('with a Spreedly token: saved as SAVED_SPREEDLY_TOKEN (last four only), the AUTO_RECHARGE default', async () => {
    const s = await makeSandbox();
    const token = 'SpreedlyTok3nXYZ9876';
    const res = await paytronix(s).post('autoRechargeEnable', enable(CARD.active, { address: undefined, paymentMethod: { paymentMethodType: 'SPREEDLY_TOKEN', token, nickname: 'My Visa', tokenType: 'credit_card' } }));
    expect(res.body.chargeResponse).toMatchObject({ paymentMethodType: 'SPREEDLY_TOKEN', lastFour: '9876', paymentMethodNickname: 'My Visa', transactionState: 'Succeeded' });
    const account = accounts(s)[CARD.active];
    expect(account.paymentMethods).toEqual([
      { type: 'SAVED_SPREEDLY_TOKEN', savedCardCode: expect.any(String), tokenLastFour: '9876', nickname: 'My Visa', paymentTokenType: 'credit_card', defaultUsages: ['AUTO_RECHARGE'], savedAtMs: s.platform.deps.clock.nowMs() },
    ]);
    expect(account.savedCardCode).toBeNull();
    expect((await status(s, CARD.active)).body).toEqual({
      enrolled: true,
      amount: '20.00',
      threshold: '5.00',
      savedPaymentMethod: { type: 'SAVED_SPREEDLY_TOKEN', tokenLastFour: '9876', savedCardCode: account.paymentMethods[0].savedCardCode, nickname: 'My Visa', paymentTokenType: 'credit_card', defaultUsages: ['AUTO_RECHARGE'] },
    });
    expect(JSON.stringify(s.platform.deps.db.data)).not.toContain(token);
    const bad = await paytronix(s).post('autoRechargeEnable', enable(CARD.active, { paymentMethod: { paymentMethodType: 'SPREEDLY_TOKEN', token, nickname: 'x', saveCard: false } }));
    expect(bad.body.errorsByField).toEqual({ 'paymentMethod/saveCard': ['cannot_auto_recharge_without_saving_card'] });
  });
});

describe('paytronix: autoRechargeStatus and autoRechargeDisable', () => {
  it('status: enrolled with amount, threshold and the saved card (no result field); not enrolled', async () => {
    const s = await makeSandbox();
    expect((await status(s, CARD.active)).body).toEqual({ enrolled: false });
    await paytronix(s).post('autoRechargeEnable', enable(CARD.active));
    const code = accounts(s)[CARD.active].savedCardCode;
    const savedCard = { type: 'SAVED_CC', cardType: 'VISA', cardholderName: 'Pat Guest', lastFour: '1111', expirationMonth: 1, expirationYear: 2030, savedCardCode: code, isAutoRechargeDefault: true, isPayByMobileDefault: false, address: ADDRESS };
    expect((await status(s, CARD.active)).body).toEqual({ enrolled: true, amount: '20.00', threshold: '5.00', savedCard, savedPaymentMethod: savedCard });
  });

  it('disable deletes the saved card by default', async () => {
    const s = await makeSandbox();
    await paytronix(s).post('autoRechargeEnable', enable(CARD.active));
    const res = await paytronix(s, { auth: OAUTH }).post('autoRechargeDisable', { merchantId: MERCHANT, printedCardNumber: CARD.active });
    expect(res.body).toEqual({ result: 'success' });
    expect(accounts(s)[CARD.active]).toMatchObject({ autoRecharge: null, paymentMethods: [], savedCardCode: null, balanceCents: 4500 });
    expect((await status(s, CARD.active)).body).toEqual({ enrolled: false });
    expect((await paytronix(s).get('savedCard', { merchantId: MERCHANT, printedCardNumber: CARD.active })).body.errorCode).toBe('saved_card.no_saved_card');
  });

  it('disable with deleteSavedCard false keeps the saved card', async () => {
    const s = await makeSandbox();
    await paytronix(s).post('autoRechargeEnable', enable(CARD.active));
    const res = await paytronix(s).post('autoRechargeDisable', { merchantId: MERCHANT, printedCardNumber: CARD.active, deleteSavedCard: false });
    expect(res.body).toEqual({ result: 'success' });
    expect(accounts(s)[CARD.active]).toMatchObject({ autoRecharge: null, paymentMethods: [expect.objectContaining({ lastFour: '1111' })] });
    expect((await paytronix(s).get('savedCard', { merchantId: MERCHANT, printedCardNumber: CARD.active })).body.result).toBe('success');
  });

  it('disable: not enrolled → not_enrolled; 10002 → auto_recharge_not_active', async () => {
    const s = await makeSandbox();
    expect((await paytronix(s).post('autoRechargeDisable', { merchantId: MERCHANT, printedCardNumber: CARD.active })).body).toEqual(failure('auto_recharge_disable.not_enrolled', 'Account is not enrolled in auto recharge'));
    expect((await paytronix(s).post('autoRechargeDisable', { merchantId: NO_AUTO_RECHARGE_MERCHANT, printedCardNumber: CARD.active })).body).toEqual(
      failure('auto_recharge_disable.auto_recharge_not_active', 'Auto recharge is not enabled for this account'),
    );
    expect((await status(s, CARD.active, NO_AUTO_RECHARGE_MERCHANT)).body).toEqual(failure('recharge.auto_recharge_not_enabled', 'Auto recharge is not enabled for this merchant'));
  });

  it.each(['autoRechargeEnable', 'autoRechargeDisable', 'autoRechargeStatus'])('%s refuses anonymous', async (name) => {
    const s = await makeSandbox();
    const client = paytronix(s, { auth: { authentication: 'anonymous' } });
    const res = name === 'autoRechargeStatus' ? await client.get(name, { merchantId: MERCHANT, printedCardNumber: CARD.active }) : await client.post(name, enable(CARD.active));
    expect(res.body).toEqual(failure('authentication.style_not_allowed', `Authentication style anonymous is not allowed for ${name}; allowed: b2b, oauth`));
  });
});

describe('paytronix: auto-recharge endpoints over the fixture accounts', () => {
  const ok = 'success';
  // printed card → [autoRechargeEnable, autoRechargeDisable (not enrolled), autoRechargeStatus]
  it.each([
    [CARD.active, ok, 'auto_recharge_disable.not_enrolled', 'enrolled:false'],
    [CARD.emailNotVerified, 'recharge.email_not_verified', 'auto_recharge_disable.not_enrolled', 'enrolled:false'],
    [CARD.noEmail, 'recharge.no_email_address', 'auto_recharge_disable.not_enrolled', 'enrolled:false'],
    [CARD.cardNotActive, 'recharge.card_not_active', 'auto_recharge_disable.card_not_active', 'recharge.card_not_active'],
    [CARD.accountNotActive, 'recharge.account_not_active', 'auto_recharge_disable.account_not_active', 'recharge.account_not_active'],
    [CARD.noWallet, 'recharge.no_sv_wallet_attached', 'auto_recharge_disable.not_enrolled', 'enrolled:false'],
    [CARD.rechargePrevented, 'recharge.recharge_prevent', 'auto_recharge_disable.not_enrolled', 'enrolled:false'],
    [CARD.expiredSavedCard, ok, 'auto_recharge_disable.not_enrolled', 'enrolled:false'],
    ['60001', 'recharge.invalid_card_number', 'auto_recharge_disable.invalid_card_number', 'recharge.invalid_card_number'],
  ])('%s → enable %s, disable %s, status %s', async (card, onEnable, onDisable, onStatus) => {
    const s = await makeSandbox();
    const outcome = (body: any) => (body.result === 'failure' ? body.errorCode : body.result === 'success' ? 'success' : `enrolled:${body.enrolled}`);
    expect(outcome((await paytronix(s).post('autoRechargeDisable', { merchantId: MERCHANT, printedCardNumber: card })).body)).toBe(onDisable);
    expect(outcome((await status(s, card)).body)).toBe(onStatus);
    expect(outcome((await paytronix(s).post('autoRechargeEnable', enable(card))).body)).toBe(onEnable);
  });

  it('an unknown merchant', async () => {
    const s = await makeSandbox();
    expect((await paytronix(s).post('autoRechargeEnable', enable(CARD.active, { merchantId: 1 }))).body.errorCode).toBe('recharge.invalid_merchant_id');
    expect((await paytronix(s).post('autoRechargeDisable', { merchantId: 1, printedCardNumber: CARD.active })).body.errorCode).toBe('auto_recharge_disable.invalid_merchant_id');
    expect((await status(s, CARD.active, 1)).body.errorCode).toBe('recharge.invalid_merchant_id');
  });
});
