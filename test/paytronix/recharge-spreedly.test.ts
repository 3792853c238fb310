import { describe, expect, it } from 'vitest';
import { accounts, CARD, freshCard, MERCHANT, paytronix } from '../helpers/paytronix.js';
import { makeSandbox } from '../helpers/sandbox.js';

const TOKEN = 'Q4xUz7PVn2fHjK8mRtYw5Lc3s0Ab';
const token = (more: Record<string, unknown> = {}) => ({ paymentMethodType: 'SPREEDLY_TOKEN', token: TOKEN, nickname: 'Work card', ...more });
const recharge = (card: string, paymentMethod: unknown) => ({ merchantId: MERCHANT, printedCardNumber: card, amount: '15.00', paymentMethod });

describe('paytronix: recharge with Spreedly tokens', () => {
  it('a token is charged as given and shown by its last four; no address needed; never stored, journaled or returned', async () => {
    const s = await makeSandbox();
    const card = freshCard();
    const res = await paytronix(s).post('recharge', recharge(card, token()));
    expect(res.body).toEqual({
      result: 'success',
      chargeResponse: {
        amount: '15.00',
        lastFour: 's0Ab',
        paymentMethodType: 'SPREEDLY_TOKEN',
        paymentMethodNickname: 'Work card',
        authCode: expect.stringMatching(/^\d{6}$/),
        processorAuthCode: res.body.chargeResponse.authCode,
        processorReferenceNumber: expect.stringMatching(/^[0-9A-Z]{12}$/),
        processorResponseCode: 0,
        processorResponseMessage: 'Approved',
        transactionDatetime: '2025-12-31 19:00:00 -0500',
        transactionState: 'Succeeded',
      },
    });
    expect(accounts(s)[card]).toMatchObject({ balanceCents: 1500, paymentMethods: [] });
    const history = await paytronix(s).get('rechargeHistory', { merchantId: MERCHANT, printedCardNumber: card });
    expect(history.body.history).toEqual([expect.objectContaining({ transactionState: 'Succeeded', lastFour: 's0Ab', cardType: '', expDate: '' })]);
    const journal = JSON.stringify((await s.json('GET', '/__admin/requests?provider=paytronix')).body);
    for (const text of [JSON.stringify(res.body), JSON.stringify(s.platform.deps.db.data), journal]) expect(text).not.toContain(TOKEN);
  });

  it('saveCard keeps a SAVED_SPREEDLY_TOKEN (last four, nickname, token type) that SAVED_SPREEDLY_TOKEN recharges use', async () => {
    const s = await makeSandbox();
    const card = freshCard();
    await paytronix(s).post('recharge', recharge(card, token({ saveCard: true, tokenType: 'apple_pay' })));
    const [method] = accounts(s)[card].paymentMethods;
    expect(accounts(s)[card].paymentMethods).toEqual([
      { type: 'SAVED_SPREEDLY_TOKEN', savedCardCode: expect.stringMatching(/^\w{10}$/), tokenLastFour: 's0Ab', nickname: 'Work card', paymentTokenType: 'apple_pay', defaultUsages: [], savedAtMs: s.platform.deps.clock.nowMs() },
    ]);
    expect(accounts(s)[card].savedCardCode).toBeNull();
    const again = await paytronix(s).post('recharge', recharge(card, { paymentMethodType: 'SAVED_SPREEDLY_TOKEN', tokenLastFour: 's0Ab', savedCardCode: method.savedCardCode }));
    expect(again.body.chargeResponse).toMatchObject({ paymentMethodType: 'SPREEDLY_TOKEN', lastFour: 's0Ab', paymentMethodNickname: 'Work card', transactionState: 'Succeeded' });
    expect(accounts(s)[card].balanceCents).toBe(3000);
    const wrong = await paytronix(s).post('recharge', recharge(card, { paymentMethodType: 'SAVED_SPREEDLY_TOKEN', tokenLastFour: '0000', savedCardCode: method.savedCardCode }));
    expect(wrong.body).toEqual({ result: 'failure', errorCode: 'recharge.no_matching_saved_card', errorMessage: 'No matching saved card found' });
    const notAToken = await paytronix(s).post('recharge', recharge(CARD.expiredSavedCard, { paymentMethodType: 'SAVED_SPREEDLY_TOKEN', tokenLastFour: '1111', savedCardCode: 'SC8H2K4M6P' }));
    expect(notAToken.body.errorCode).toBe('recharge.no_matching_saved_card');
  });

  it.each([
    [token({ token: '' }), { 'paymentMethod/token': ['null_field'] }],
    [token({ nickname: undefined }), { 'paymentMethod/nickname': ['null_field'] }],
    [token({ tokenType: 'paypal' }), { 'paymentMethod/tokenType': ['null_field'] }],
    [{ paymentMethodType: 'SAVED_SPREEDLY_TOKEN', savedCardCode: 'x' }, { 'paymentMethod/tokenLastFour': ['null_field'] }],
  ])('%j → invalidInputs %j', async (paymentMethod, errorsByField) => {
    const s = await makeSandbox();
    const res = await paytronix(s).post('recharge', recharge(CARD.active, paymentMethod));
    expect(res.body).toEqual({ result: 'invalidInputs', errorCode: 'enrollment_input.validation_error', errorMessage: 'Validation error for input fields', errorsByField });
  });
});
