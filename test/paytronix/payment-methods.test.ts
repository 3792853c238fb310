import { describe, expect, it } from 'vitest';
import { accounts, ADDRESS, failure, freshCard, MERCHANT, OAUTH, paytronix, VISA } from '../helpers/paytronix.js';
import { makeSandbox, type TestSandbox } from '../helpers/sandbox.js';

const invalid = (errorsByField: Record<string, string[]>) => ({ result: 'invalidInputs', errorCode: 'enrollment_input.validation_error', errorMessage: 'Validation error for input fields', errorsByField });

const CC = { ...VISA, cardSecurityCode: '9371', address: ADDRESS };
const TOKEN = 'tok_SpreedlyS3cretValue9Xyz';
const SPREEDLY = { paymentMethodType: 'SPREEDLY_TOKEN', token: TOKEN, nickname: 'Phone wallet', tokenType: 'apple_pay' };

const add = (s: TestSandbox, card: string, paymentMethod: Record<string, unknown>, defaultUsages: string[], extra: Record<string, unknown> = {}) =>
  paytronix(s).post('addPaymentMethod', { merchantId: MERCHANT, printedCardNumber: card, paymentMethod, defaultUsages, ...extra });
const list = async (s: TestSandbox, card: string) => (await paytronix(s, { auth: OAUTH }).get('savedPaymentMethods', { merchantId: MERCHANT, printedCardNumber: card })).body;
const edit = (s: TestSandbox, card: string, paymentMethod: Record<string, unknown>, defaultUsages: string[]) =>
  paytronix(s, { auth: OAUTH }).post('editPaymentMethodUsages', { merchantId: MERCHANT, printedCardNumber: card, paymentMethod, defaultUsages });
const byUsage = async (s: TestSandbox, card: string, usage: string) => (await paytronix(s).get('savedPaymentMethod', { merchantId: MERCHANT, printedCardNumber: card, usage })).body;

const savedCc = (more: Record<string, unknown> = {}) => ({
  type: 'SAVED_CC',
  cardType: 'VISA',
  cardholderName: 'Pat Guest',
  lastFour: '1111',
  expirationMonth: 1,
  expirationYear: 2030,
  savedCardCode: expect.stringMatching(/^[A-Za-z0-9]{10}$/),
  isAutoRechargeDefault: false,
  isPayByMobileDefault: false,
  address: ADDRESS,
  ...more,
});
const savedToken = (defaultUsages: string[], more: Record<string, unknown> = {}) => ({
  type: 'SAVED_SPREEDLY_TOKEN',
  tokenLastFour: '9Xyz',
  savedCardCode: expect.stringMatching(/^[A-Za-z0-9]{10}$/),
  nickname: 'Phone wallet',
  paymentTokenType: 'apple_pay',
  defaultUsages,
  ...more,
});

describe('paytronix: addPaymentMethod and savedPaymentMethods', () => {
  it('saves a card as last four, brand, expiry, name and address; it becomes the account saved card', async () => {
    const s = await makeSandbox();
    const card = freshCard();
    expect((await add(s, card, CC, ['AUTO_RECHARGE', 'INSTANT_PAYMENT'], { nickname: 'Everyday' })).body).toEqual({ result: 'success' });
    const methods = await list(s, card);
    expect(methods).toEqual({ result: 'success', paymentMethods: [savedCc({ isAutoRechargeDefault: true, nickname: 'Everyday' })] });
    const code = methods.paymentMethods[0].savedCardCode;
    expect((await paytronix(s).get('savedCard', { merchantId: MERCHANT, printedCardNumber: card })).body).toEqual({ result: 'success', savedCard: methods.paymentMethods[0] });
    expect(accounts(s)[card]).toMatchObject({ savedCardCode: code, paymentMethods: [{ defaultUsages: ['AUTO_RECHARGE', 'INSTANT_PAYMENT'] }] });
    // a second card is saved, but the account's saved card stays the first
    await add(s, card, { ...CC, cardNumber: '5555555555554444', cardType: 'MASTERCARD' }, []);
    expect(accounts(s)[card].savedCardCode).toBe(code);
    expect((await list(s, card)).paymentMethods.map((m: { lastFour: string }) => m.lastFour)).toEqual(['1111', '4444']);
  });

  it('saves a Spreedly token as its last four, nickname and token type (not the account saved card)', async () => {
    const s = await makeSandbox();
    const card = freshCard();
    expect((await add(s, card, SPREEDLY, ['SUBSCRIPTION'])).body).toEqual({ result: 'success' });
    expect(await list(s, card)).toEqual({ result: 'success', paymentMethods: [savedToken(['SUBSCRIPTION'])] });
    expect(accounts(s)[card].savedCardCode).toBeNull();
    expect((await paytronix(s).get('savedCard', { merchantId: MERCHANT, printedCardNumber: card })).body.errorCode).toBe('saved_card.no_saved_card');
    expect((await add(s, card, SPREEDLY, [])).body).toEqual(failure('payment_method.already_saved', 'Payment method is already saved for this account'));
    // the top-level nickname wins over the token's own; no tokenType → no paymentTokenType
    await add(s, card, { paymentMethodType: 'SPREEDLY_TOKEN', token: 'tok_other0000', nickname: 'ignored' }, [], { nickname: 'Backup' });
    expect((await list(s, card)).paymentMethods[1]).toEqual({ type: 'SAVED_SPREEDLY_TOKEN', tokenLastFour: '0000', savedCardCode: expect.any(String), nickname: 'Backup', defaultUsages: [] });
  });

  it('one default per usage: a new method takes AUTO_RECHARGE from the card; editing the token moves usages again', async () => {
    const s = await makeSandbox();
    const card = freshCard();
    await add(s, card, CC, ['AUTO_RECHARGE', 'MOBILE_PAYMENT_DEFAULT']);
    await add(s, card, SPREEDLY, ['AUTO_RECHARGE']);
    expect((await list(s, card)).paymentMethods).toEqual([savedCc({ isPayByMobileDefault: true }), savedToken(['AUTO_RECHARGE'])]);
    const token = (await list(s, card)).paymentMethods[1];
    expect(await byUsage(s, card, 'AUTO_RECHARGE')).toEqual({ result: 'success', paymentMethod: token });

    const ref = { paymentMethodType: 'SAVED_SPREEDLY_TOKEN', savedCardCode: token.savedCardCode, tokenLastFour: '9Xyz' };
    expect((await edit(s, card, ref, ['MOBILE_PAYMENT_DEFAULT', 'SUBSCRIPTION'])).body).toEqual({ result: 'success' });
    expect((await list(s, card)).paymentMethods).toEqual([savedCc(), savedToken(['MOBILE_PAYMENT_DEFAULT', 'SUBSCRIPTION'])]);
    expect(await byUsage(s, card, 'AUTO_RECHARGE')).toEqual(failure('saved_payment_method.not_found', 'No saved payment method for this usage'));
    expect((await byUsage(s, card, 'MOBILE_PAYMENT_DEFAULT')).paymentMethod.savedCardCode).toBe(token.savedCardCode);

    // by the token itself (SPREEDLY_TOKEN)
    expect((await edit(s, card, SPREEDLY, ['INSTANT_PAYMENT'])).body).toEqual({ result: 'success' });
    expect((await list(s, card)).paymentMethods[1].defaultUsages).toEqual(['INSTANT_PAYMENT']);
  });

  it('editPaymentMethodUsages: unknown token, wrong last four → not found; SAVED_CC is not a valid kind (seed)', async () => {
    const s = await makeSandbox();
    const card = freshCard();
    await add(s, card, CC, []);
    await add(s, card, SPREEDLY, []);
    const [cc, token] = (await list(s, card)).paymentMethods;
    const notFound = failure('payment_method.payment_method_not_found', 'Payment method not found');
    expect((await edit(s, card, { ...SPREEDLY, token: 'tok_unknown9Xyz' }, [])).body).toEqual(notFound);
    expect((await edit(s, card, { paymentMethodType: 'SAVED_SPREEDLY_TOKEN', savedCardCode: token.savedCardCode, tokenLastFour: 'AAAA' }, [])).body).toEqual(notFound);
    expect((await edit(s, card, { paymentMethodType: 'SAVED_SPREEDLY_TOKEN', savedCardCode: cc.savedCardCode, tokenLastFour: '1111' }, [])).body).toEqual(notFound);
    expect((await edit(s, card, { paymentMethodType: 'SAVED_CC', savedCardCode: cc.savedCardCode, lastFour: '1111' }, ['AUTO_RECHARGE'])).body).toEqual(
      failure('payment_method.invalid_payment_method', 'Specified payment method cannot be used for this operation'),
    );
    expect((await edit(s, card, SPREEDLY, ['BOGUS'])).body).toEqual(invalid({ 'defaultUsages/0': ['null_field'] }));
  });

  it('card checks: Luhn and country → cc_transaction.invalid_input; brand mismatch or a type the program refuses → invalid_cc_type; unknown ccProcessorId', async () => {
    const s = await makeSandbox();
    const card = freshCard();
    const invalidInput = failure('cc_transaction.invalid_input', 'Invalid Credit Card information');
    const invalidType = failure('cc_transaction.invalid_cc_type', 'Specified Credit Card Type is not allowed for this program');
    expect((await add(s, card, { ...CC, cardNumber: '4111111111111112' }, [])).body).toEqual(invalidInput);
    expect((await add(s, card, { ...CC, address: { ...ADDRESS, country: 'MX' } }, [])).body).toEqual(invalidInput);
    expect((await add(s, card, { ...CC, cardType: 'MASTERCARD' }, [])).body).toEqual(invalidType);
    expect((await add(s, card, { ...CC, cardNumber: '3530111333300000', cardType: 'JCB' }, [])).body).toEqual(invalidType);
    expect((await add(s, card, SPREEDLY, [], { ccProcessorId: 99 })).body).toEqual(failure('cc_transaction.error_loading_cc_processor_data', 'Error loading CC processor data'));
    expect((await add(s, card, SPREEDLY, [], { ccProcessorId: 1 })).body).toEqual({ result: 'success' });
    for (const kind of [{ paymentMethodType: 'SAVED_CC', savedCardCode: 'SC8H2K4M6P', lastFour: '1111' }, { paymentMethodType: 'SV' }]) {
      expect((await add(s, card, kind, [])).body).toEqual(failure('payment_method.invalid_payment_method', 'Specified payment method cannot be used for this operation'));
    }
    expect((await list(s, card)).paymentMethods).toHaveLength(1);
  });

  it('a refused add changes nothing, not even the next savedCardCode drawn', async () => {
    const [a, b] = [await makeSandbox(), await makeSandbox()];
    const [cardA, cardB] = [freshCard(), freshCard()];
    expect((await add(a, cardA, { ...CC, cardType: 'MASTERCARD' }, [])).body.errorCode).toBe('cc_transaction.invalid_cc_type');
    expect((await add(a, cardA, { ...CC, cardNumber: '4111111111111112' }, [])).body.errorCode).toBe('cc_transaction.invalid_input');
    await add(a, cardA, CC, []);
    await add(b, cardB, CC, []);
    expect((await list(a, cardA)).paymentMethods[0].savedCardCode).toBe((await list(b, cardB)).paymentMethods[0].savedCardCode);
  });

  it('field codes: missing → null_field, too long/short, month too_low/too_high, past expiry invalid_date, unknown usage or token type', async () => {
    const s = await makeSandbox();
    const card = freshCard();
    const post = (body: Record<string, unknown>) => paytronix(s).post('addPaymentMethod', { merchantId: MERCHANT, printedCardNumber: card, ...body });
    expect((await post({})).body).toEqual(invalid({ paymentMethod: ['null_field'], defaultUsages: ['null_field'] }));
    expect((await post({ paymentMethod: {}, defaultUsages: ['NOPE'] })).body).toEqual(invalid({ 'paymentMethod/paymentMethodType': ['null_field'], 'defaultUsages/0': ['null_field'] }));
    expect((await post({ paymentMethod: { ...CC, cardholderName: 'x'.repeat(51), expirationMonth: 13, cardSecurityCode: '12', address: { ...ADDRESS, street: '' } }, defaultUsages: [] })).body).toEqual(
      invalid({ 'paymentMethod/cardholderName': ['too_long'], 'paymentMethod/expirationMonth': ['too_high'], 'paymentMethod/cardSecurityCode': ['too_short'], 'paymentMethod/address/street': ['null_field'] }),
    );
    expect((await post({ paymentMethod: { ...CC, expirationMonth: 0 }, defaultUsages: [] })).body).toEqual(invalid({ 'paymentMethod/expirationMonth': ['too_low'] }));
    expect((await post({ paymentMethod: { ...CC, expirationYear: 2025, expirationMonth: 12 }, defaultUsages: [] })).body).toEqual(invalid({ 'paymentMethod/expirationYear': ['invalid_date'] }));
    expect((await post({ paymentMethod: { ...SPREEDLY, tokenType: 'paypal' }, defaultUsages: [] })).body).toEqual(invalid({ 'paymentMethod/tokenType': ['null_field'] }));
    expect((await post({ paymentMethod: { ...SPREEDLY, nickname: undefined }, defaultUsages: [], nickname: 'y'.repeat(51) })).body).toEqual(
      invalid({ 'paymentMethod/nickname': ['null_field'], nickname: ['too_long'] }),
    );
    expect(accounts(s)[card]).toBeUndefined();
  });
});
