import { describe, expect, it } from 'vitest';
import { ADDRESS, CARD, failure, freshCard, MERCHANT, OAUTH, paytronix, VISA } from '../helpers/paytronix.js';
import { makeSandbox } from '../helpers/sandbox.js';


describe('paytronix: savedCard', () => {
  it('returns the card saved by a recharge: last four, brand, expiry, code — never the number', async () => {
    const s = await makeSandbox();
    const card = freshCard();
    await paytronix(s).post('recharge', { merchantId: MERCHANT, printedCardNumber: card, amount: '20.00', paymentMethod: { ...VISA, saveCard: true }, address: ADDRESS });
    const res = await paytronix(s, { auth: OAUTH }).get('savedCard', { merchantId: MERCHANT, printedCardNumber: card });
    expect(res.body).toEqual({
      result: 'success',
      savedCard: {
        type: 'SAVED_CC',
        cardType: 'VISA',
        cardholderName: 'Pat Guest',
        lastFour: '1111',
        expirationMonth: 1,
        expirationYear: 2030,
        savedCardCode: expect.stringMatching(/^\w{10}$/),
        isAutoRechargeDefault: false,
        isPayByMobileDefault: false,
        address: ADDRESS,
      },
    });
    expect(JSON.stringify(res.body)).not.toContain('4111111111111111');
  });

  it.each([
    [CARD.active, failure('saved_card.no_saved_card', 'No saved card')],
    [CARD.noEmail, failure('saved_card.no_saved_card', 'No saved card')],
    [CARD.cardNotActive, failure('saved_card.card_not_active', 'Card not active')],
    [CARD.accountNotActive, failure('saved_card.account_not_active', 'Account not active')],
    [CARD.expiredSavedCard, failure('saved_card.saved_card_expired', 'Saved card is expired')],
    ['60001000', failure('saved_card.invalid_card_number', 'Invalid card number')],
  ])('%s → %j', async (printedCardNumber, body) => {
    const s = await makeSandbox();
    expect((await paytronix(s).get('savedCard', { merchantId: MERCHANT, printedCardNumber })).body).toEqual(body);
  });

  it('invalid merchant, missing card, anonymous', async () => {
    const s = await makeSandbox();
    expect((await paytronix(s).get('savedCard', { merchantId: 3, printedCardNumber: CARD.active })).body).toEqual(failure('saved_card.invalid_merchant_id', 'Invalid merchant ID'));
    expect((await paytronix(s).get('savedCard', { merchantId: MERCHANT })).body).toMatchObject({ result: 'invalidInputs', errorsByField: { printedCardNumber: ['null_field'] } });
    expect((await paytronix(s, { auth: { authentication: 'anonymous' } }).get('savedCard', { merchantId: MERCHANT, printedCardNumber: CARD.active })).body.errorCode).toBe('authentication.style_not_allowed');
  });
});
