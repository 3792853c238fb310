import { describe, expect, it } from 'vitest';
import { accounts, ADDRESS, CARD, failure, freshCard, MERCHANT, OAUTH, paytronix, VISA } from '../helpers/paytronix.js';
import { makeSandbox, type TestSandbox } from '../helpers/sandbox.js';


const CARD_NUMBER = '5555555555554444';
const CVV = '9371';
const TOKEN = 'tok_SpreedlyS3cretValue9Xyz';
const CC = { ...VISA, cardNumber: CARD_NUMBER, cardType: 'MASTERCARD', cardSecurityCode: CVV, address: ADDRESS };
const SPREEDLY = { paymentMethodType: 'SPREEDLY_TOKEN', token: TOKEN, nickname: 'Phone wallet', tokenType: 'google_pay' };
const ENROLLED = { amountCents: 2500, thresholdCents: 1000, enrolledAtMs: 0 };

const add = (s: TestSandbox, card: string, paymentMethod: Record<string, unknown>, defaultUsages: string[]) =>
  paytronix(s).post('addPaymentMethod', { merchantId: MERCHANT, printedCardNumber: card, paymentMethod, defaultUsages });
const list = async (s: TestSandbox, card: string) => (await paytronix(s).get('savedPaymentMethods', { merchantId: MERCHANT, printedCardNumber: card })).body.paymentMethods;
const del = (s: TestSandbox, card: string, paymentMethod: unknown) => paytronix(s, { auth: OAUTH }).delete('deletePaymentMethod', { merchantId: MERCHANT, printedCardNumber: card, paymentMethod });

/** A fresh card holding a saved MASTERCARD (AUTO_RECHARGE) and a saved Spreedly token (SUBSCRIPTION). */
async function wallet(s: TestSandbox) {
  const card = freshCard();
  await add(s, card, CC, ['AUTO_RECHARGE']);
  await add(s, card, SPREEDLY, ['SUBSCRIPTION']);
  const [cc, token] = await list(s, card);
  return {
    card,
    savedCc: { paymentMethodType: 'SAVED_CC', savedCardCode: cc.savedCardCode, lastFour: '4444' },
    savedToken: { paymentMethodType: 'SAVED_SPREEDLY_TOKEN', savedCardCode: token.savedCardCode, tokenLastFour: '9Xyz' },
  };
}

describe('paytronix: deletePaymentMethod', () => {
  it('deletes a SAVED_SPREEDLY_TOKEN named in a JSON-encoded query parameter', async () => {
    const s = await makeSandbox();
    const { card, savedToken, savedCc } = await wallet(s);
    expect((await del(s, card, savedToken)).body).toEqual({ result: 'success' });
    expect((await list(s, card)).map((m: { savedCardCode: string }) => m.savedCardCode)).toEqual([savedCc.savedCardCode]);
    expect((await del(s, card, savedToken)).body).toEqual(failure('delete_payment_method.payment_method_not_found', 'Payment method not found'));
  });

  it('deletes by the token itself (SPREEDLY_TOKEN) and a SAVED_CC (the account then has no saved card)', async () => {
    const s = await makeSandbox();
    const { card, savedCc } = await wallet(s);
    expect((await del(s, card, SPREEDLY)).body).toEqual({ result: 'success' });
    expect((await del(s, card, { ...savedCc, lastFour: '1111' })).body.errorCode).toBe('delete_payment_method.payment_method_not_found');
    expect((await del(s, card, savedCc)).body).toEqual({ result: 'success' });
    expect(accounts(s)[card]).toMatchObject({ paymentMethods: [], savedCardCode: null });
    expect((await paytronix(s).get('savedCard', { merchantId: MERCHANT, printedCardNumber: card })).body.errorCode).toBe('saved_card.no_saved_card');
  });

  it('a malformed JSON query → invalidInputs; a kind the seed does not allow → invalid_payment_method', async () => {
    const s = await makeSandbox();
    const { card } = await wallet(s);
    expect((await del(s, card, '{"paymentMethodType":')).body).toEqual({
      result: 'invalidInputs',
      errorCode: 'enrollment_input.validation_error',
      errorMessage: 'Validation error for input fields',
      errorsByField: { paymentMethod: ['null_field'] },
    });
    expect((await del(s, card, { paymentMethodType: 'SAVED_SPREEDLY_TOKEN' })).body.errorsByField).toEqual({ 'paymentMethod/tokenLastFour': ['null_field'], 'paymentMethod/savedCardCode': ['null_field'] });
    expect((await del(s, card, CC)).body).toEqual(failure('delete_payment_method.invalid_payment_method', 'Specified payment method cannot be deleted'));
    expect(await list(s, card)).toHaveLength(2);
  });

  it('while enrolled in auto-recharge, the AUTO_RECHARGE method (and the saved card) cannot be deleted; others can', async () => {
    const s = await makeSandbox();
    const { card, savedCc, savedToken } = await wallet(s);
    accounts(s)[card].autoRecharge = ENROLLED;
    const refused = failure('delete_payment_method.auto_recharge_enabled', 'Cannot delete the auto recharge payment method while auto recharge is enabled. Use autoRechargeDisable resource instead');
    expect((await del(s, card, savedCc)).body).toEqual(refused);
    // the token takes AUTO_RECHARGE: now it is the one refused, and the saved card still is (auto-recharge charges it)
    await paytronix(s).post('editPaymentMethodUsages', { merchantId: MERCHANT, printedCardNumber: card, paymentMethod: savedToken, defaultUsages: ['AUTO_RECHARGE'] });
    expect((await del(s, card, savedToken)).body).toEqual(refused);
    expect((await del(s, card, savedCc)).body).toEqual(refused);
    accounts(s)[card].autoRecharge = null;
    expect((await del(s, card, savedToken)).body).toEqual({ result: 'success' });
  });
});

describe('paytronix: savedPaymentMethod', () => {
  it('the default for a usage, else saved_payment_method.not_found; usage is required and must be known', async () => {
    const s = await makeSandbox();
    const { card, savedToken } = await wallet(s);
    const get = async (params: Record<string, unknown>) => (await paytronix(s).get('savedPaymentMethod', { merchantId: MERCHANT, printedCardNumber: card, ...params })).body;
    expect(await get({ usage: 'SUBSCRIPTION' })).toEqual({
      result: 'success',
      paymentMethod: { type: 'SAVED_SPREEDLY_TOKEN', tokenLastFour: '9Xyz', savedCardCode: savedToken.savedCardCode, nickname: 'Phone wallet', paymentTokenType: 'google_pay', defaultUsages: ['SUBSCRIPTION'] },
    });
    expect((await get({ usage: 'AUTO_RECHARGE' })).paymentMethod).toMatchObject({ type: 'SAVED_CC', lastFour: '4444', isAutoRechargeDefault: true, isPayByMobileDefault: false });
    expect(await get({ usage: 'INSTANT_PAYMENT' })).toEqual(failure('saved_payment_method.not_found', 'No saved payment method for this usage'));
    expect((await get({})).errorsByField).toEqual({ usage: ['null_field'] });
    expect((await get({ usage: 'EVERYTHING' })).errorsByField).toEqual({ usage: ['null_field'] });
  });
});

describe('paytronix: payment-method endpoints over the account fixtures', () => {
  const ok = 'success';
  // In this order: the reads, edit and delete find nothing on a fixture before addPaymentMethod saves the token.
  const calls: Record<string, (s: TestSandbox, printedCardNumber: string, merchantId?: number) => Promise<{ body: any }>> = {
    editPaymentMethodUsages: (s, printedCardNumber, merchantId = MERCHANT) => paytronix(s).post('editPaymentMethodUsages', { merchantId, printedCardNumber, paymentMethod: SPREEDLY, defaultUsages: [] }),
    deletePaymentMethod: (s, printedCardNumber, merchantId = MERCHANT) => paytronix(s).delete('deletePaymentMethod', { merchantId, printedCardNumber, paymentMethod: SPREEDLY }),
    savedPaymentMethod: (s, printedCardNumber, merchantId = MERCHANT) => paytronix(s).get('savedPaymentMethod', { merchantId, printedCardNumber, usage: 'AUTO_RECHARGE' }),
    savedPaymentMethods: (s, printedCardNumber, merchantId = MERCHANT) => paytronix(s).get('savedPaymentMethods', { merchantId, printedCardNumber }),
    addPaymentMethod: (s, printedCardNumber, merchantId = MERCHANT) => paytronix(s).post('addPaymentMethod', { merchantId, printedCardNumber, paymentMethod: SPREEDLY, defaultUsages: [] }),
  };
  const prefix = { addPaymentMethod: 'payment_method', editPaymentMethodUsages: 'payment_method', deletePaymentMethod: 'delete_payment_method', savedPaymentMethod: 'saved_payment_method', savedPaymentMethods: 'saved_payment_methods' };
  // What each endpoint answers for a fixture card that is otherwise usable (no saved token on any fixture).
  const usable = { addPaymentMethod: ok, editPaymentMethodUsages: 'payment_method.payment_method_not_found', deletePaymentMethod: 'delete_payment_method.payment_method_not_found', savedPaymentMethod: 'saved_payment_method.not_found', savedPaymentMethods: ok };
  const rows: [string, string, (name: keyof typeof prefix) => string][] = [
    ['0001 active', CARD.active, (n) => usable[n]],
    ['0002 email not verified', CARD.emailNotVerified, (n) => usable[n]],
    ['0003 no email', CARD.noEmail, (n) => usable[n]],
    ['0004 card not active', CARD.cardNotActive, (n) => `${prefix[n]}.card_not_active`],
    ['0005 account not active', CARD.accountNotActive, (n) => `${prefix[n]}.account_not_active`],
    ['0006 no stored-value wallet', CARD.noWallet, (n) => usable[n]],
    ['0007 recharge prevented', CARD.rechargePrevented, (n) => usable[n]],
    ['0008 expired saved card', CARD.expiredSavedCard, (n) => usable[n]],
    ['short printed card', '60001000', (n) => `${prefix[n]}.invalid_card_number`],
  ];
  it.each(rows)('%s', async (_label, printedCardNumber, expected) => {
    const s = await makeSandbox();
    for (const name of Object.keys(calls) as (keyof typeof prefix)[]) {
      const { body } = await calls[name]!(s, printedCardNumber);
      expect([name, body.result === 'success' ? ok : body.errorCode]).toEqual([name, expected(name)]);
      if (body.result === 'failure') expect(body.errorMessage).not.toBe('');
    }
  });

  it('invalid merchant → <prefix>.invalid_merchant_id; the expired fixture card is listed as saved', async () => {
    const s = await makeSandbox();
    for (const name of Object.keys(calls) as (keyof typeof prefix)[]) {
      expect((await calls[name]!(s, CARD.active, 3)).body).toEqual(failure(`${prefix[name]}.invalid_merchant_id`, 'Invalid merchant ID'));
    }
    expect(await list(s, CARD.expiredSavedCard)).toEqual([
      { type: 'SAVED_CC', cardType: 'VISA', cardholderName: 'Expired Guest', lastFour: '1111', expirationMonth: 12, expirationYear: 2024, savedCardCode: 'SC8H2K4M6P', isAutoRechargeDefault: false, isPayByMobileDefault: false },
    ]);
  });
});

describe('paytronix: payment methods keep no card number, CVV or token', () => {
  it('not in the database, the responses or the request journal', async () => {
    const s = await makeSandbox();
    const { card, savedCc } = await wallet(s);
    const bodies = [await list(s, card), (await paytronix(s).get('savedPaymentMethod', { merchantId: MERCHANT, printedCardNumber: card, usage: 'SUBSCRIPTION' })).body];
    bodies.push((await paytronix(s).post('editPaymentMethodUsages', { merchantId: MERCHANT, printedCardNumber: card, paymentMethod: SPREEDLY, defaultUsages: ['INSTANT_PAYMENT'] })).body);
    bodies.push((await del(s, card, SPREEDLY)).body, (await del(s, card, savedCc)).body);
    const journal = (await s.json('GET', '/__admin/requests?provider=paytronix')).body.requests;
    const deletion = journal.find((r: { path: string; query: Record<string, string> }) => r.path.endsWith('/deletePaymentMethod.json') && r.query.paymentMethod?.includes('SPREEDLY_TOKEN'));
    // masked inside the JSON-encoded parameter like a body (core masking also hides any *token* field: tokenType)
    expect(JSON.parse(deletion.query.paymentMethod)).toEqual({ ...SPREEDLY, token: '[redacted]', tokenType: '****' });
    for (const text of [JSON.stringify(s.platform.deps.db.data), JSON.stringify(bodies), JSON.stringify(journal)]) {
      expect(text).not.toContain(CARD_NUMBER);
      expect(text).not.toContain(TOKEN);
      expect(text).not.toContain(CVV);
    }
    expect(journal.filter((r: { path: string }) => r.path.endsWith('/addPaymentMethod.json'))).toHaveLength(2);
  });
});
