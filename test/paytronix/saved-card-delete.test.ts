import { describe, expect, it } from 'vitest';
import { accounts, ADDRESS, ANONYMOUS, CARD, failure, freshCard, MERCHANT, OAUTH, paytronix, VISA } from '../helpers/paytronix.js';
import { makeSandbox, type TestSandbox } from '../helpers/sandbox.js';

const NOT_FOUND = failure('delete_saved_card.saved_card_not_found', 'Saved credit card not found');
const ENROLLED = { amountCents: 2500, thresholdCents: 1000, enrolledAtMs: 0 };

/** A fresh card with a VISA saved by a recharge; returns its savedCardCode. */
async function withSavedCard(s: TestSandbox): Promise<{ card: string; code: string }> {
  const card = freshCard();
  await paytronix(s).post('recharge', { merchantId: MERCHANT, printedCardNumber: card, amount: '20.00', paymentMethod: { ...VISA, saveCard: true }, address: ADDRESS });
  const saved = await paytronix(s).get('savedCard', { merchantId: MERCHANT, printedCardNumber: card });
  return { card, code: saved.body.savedCard.savedCardCode };
}

const del = (s: TestSandbox, params: Record<string, unknown>, auth: Record<string, unknown> = OAUTH) => paytronix(s, { auth }).delete('savedCreditCard', { merchantId: MERCHANT, ...params });

describe('paytronix: DELETE savedCreditCard', () => {
  it('deletes the saved card: success, then savedCard has none and the account keeps no method', async () => {
    const s = await makeSandbox();
    const { card, code } = await withSavedCard(s);
    const res = await del(s, { printedCardNumber: card, lastFour: '1111', savedCardCode: code });
    expect(res).toMatchObject({ status: 200, body: { result: 'success' } });
    expect(res.body).toEqual({ result: 'success' });
    expect((await paytronix(s).get('savedCard', { merchantId: MERCHANT, printedCardNumber: card })).body).toEqual(failure('saved_card.no_saved_card', 'No saved card'));
    expect(accounts(s)[card]).toMatchObject({ paymentMethods: [], savedCardCode: null });
    expect((await del(s, { printedCardNumber: card, lastFour: '1111', savedCardCode: code })).body).toEqual(NOT_FOUND);
  });

  it('unknown code, last four that does not match, a Spreedly token code → saved_card_not_found; a malformed code → invalid_saved_card_code', async () => {
    const s = await makeSandbox();
    const { card, code } = await withSavedCard(s);
    expect((await del(s, { printedCardNumber: card, lastFour: '1111', savedCardCode: 'ZZZZZZZZZZ' })).body).toEqual(NOT_FOUND);
    expect((await del(s, { printedCardNumber: card, lastFour: '4242', savedCardCode: code })).body).toEqual(NOT_FOUND);
    expect((await del(s, { printedCardNumber: card, lastFour: '1111', savedCardCode: 'not-a-code' })).body).toEqual(failure('delete_saved_card.invalid_saved_card_code', 'Invalid saved card code'));
    await paytronix(s).post('addPaymentMethod', { merchantId: MERCHANT, printedCardNumber: card, paymentMethod: { paymentMethodType: 'SPREEDLY_TOKEN', token: 'tok_DeleteMe4321', nickname: 'Phone' }, defaultUsages: [] });
    const token = accounts(s)[card].paymentMethods.find((m: { type: string }) => m.type === 'SAVED_SPREEDLY_TOKEN');
    expect((await del(s, { printedCardNumber: card, lastFour: '4321', savedCardCode: token.savedCardCode })).body).toEqual(NOT_FOUND);
    expect(accounts(s)[card].paymentMethods).toHaveLength(2);
  });

  it('refused while enrolled in auto-recharge (the card stays); allowed once the enrollment is gone', async () => {
    const s = await makeSandbox();
    const { card, code } = await withSavedCard(s);
    accounts(s)[card].autoRecharge = ENROLLED;
    expect((await del(s, { printedCardNumber: card, lastFour: '1111', savedCardCode: code })).body).toEqual(
      failure('delete_saved_card.auto_recharge_enabled', 'Cannot delete saved credit card while auto recharge is enabled. Use autoRechargeDisable resource instead'),
    );
    expect(accounts(s)[card].savedCardCode).toBe(code);
    accounts(s)[card].autoRecharge = null;
    expect((await del(s, { printedCardNumber: card, lastFour: '1111', savedCardCode: code })).body).toEqual({ result: 'success' });
  });

  it.each([
    [CARD.active, 'SC8H2K4M6P', NOT_FOUND],
    [CARD.cardNotActive, 'SC8H2K4M6P', failure('delete_saved_card.card_not_active', 'Card not active')],
    [CARD.accountNotActive, 'SC8H2K4M6P', failure('delete_saved_card.account_not_active', 'Account not active')],
    [CARD.expiredSavedCard, 'SC8H2K4M6P', { result: 'success' }],
    ['60001000', 'SC8H2K4M6P', failure('delete_saved_card.invalid_printed_card_number', 'Invalid printed card number')],
  ])('%s → %j', async (printedCardNumber, savedCardCode, body) => {
    const s = await makeSandbox();
    expect((await del(s, { printedCardNumber, lastFour: '1111', savedCardCode })).body).toEqual(body);
  });

  it('invalid merchant, field codes, anonymous', async () => {
    const s = await makeSandbox();
    expect((await del(s, { merchantId: 3, printedCardNumber: CARD.active, lastFour: '1111', savedCardCode: 'SC8H2K4M6P' })).body).toEqual(failure('delete_saved_card.invalid_merchant_id', 'Invalid merchant ID'));
    expect((await del(s, { printedCardNumber: CARD.active })).body).toEqual({
      result: 'invalidInputs',
      errorCode: 'enrollment_input.validation_error',
      errorMessage: 'Validation error for input fields',
      errorsByField: { lastFour: ['null_field'], savedCardCode: ['null_field'] },
    });
    expect((await del(s, { printedCardNumber: CARD.active, lastFour: '111', savedCardCode: 'SC8H2K4M6P' })).body.errorsByField).toEqual({ lastFour: ['too_short'] });
    expect((await del(s, { printedCardNumber: CARD.active, lastFour: '11111', savedCardCode: 'SC8H2K4M6P' })).body.errorsByField).toEqual({ lastFour: ['too_long'] });
    expect((await del(s, { printedCardNumber: CARD.expiredSavedCard, lastFour: '1111', savedCardCode: 'SC8H2K4M6P' }, ANONYMOUS)).body.errorCode).toBe('authentication.style_not_allowed');
    expect(accounts(s)[CARD.expiredSavedCard].savedCardCode).toBe('SC8H2K4M6P');
  });
});
