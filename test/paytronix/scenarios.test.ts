import { describe, expect, it } from 'vitest';
import { ENDPOINTS } from '../../src/providers/paytronix/endpoints.js';
import { ADDRESS, MERCHANT, VISA, freshCard, paytronix } from '../helpers/paytronix.js';
import { makeSandbox, type TestSandbox } from '../helpers/sandbox.js';

const recharge = (card: string, extra: Record<string, unknown> = {}) => ({ merchantId: MERCHANT, printedCardNumber: card, amount: '25.00', paymentMethod: VISA, address: ADDRESS, ...extra });
const scenario = (name: string) => ({ headers: { 'x-sandbox-scenario': name } });
const balance = (s: TestSandbox, card: string) => (s.platform.deps.db.data.paytronix as any).accounts[card]?.balanceCents ?? 0;

const DETAIL = { errorCode: 'recharge.cc_auth_declined.detail', errorMessage: 'Transaction declined - gateway rejected' };
const AVS = { errorCode: 'recharge.cc_auth_declined.avs', errorMessage: 'Postal code matches, but street address not verified.' };
const CVV = { errorCode: 'recharge.cc_auth_declined.cvv', errorMessage: 'CV match failed' };
const declined = (errorDetails: object[]) => ({
  result: 'failure',
  errorCode: 'recharge.cc_auth_declined',
  errorMessage: 'Credit card authorization was declined',
  errorDetail: 'Transaction declined - gateway rejected',
  errorDetails,
});

/** Saves a VISA as the card's saved card and returns its SAVED_CC payment method. */
async function withSavedCard(s: TestSandbox, card: string) {
  const res = await paytronix(s).post('recharge', recharge(card, { paymentMethod: { ...VISA, saveCard: true } }));
  expect(res.body.result).toBe('success');
  const saved = await paytronix(s).get('savedCard', { merchantId: MERCHANT, printedCardNumber: card });
  return { paymentMethodType: 'SAVED_CC', savedCardCode: saved.body.savedCard.savedCardCode, lastFour: '1111' };
}

describe('paytronix: scenarios', () => {
  it.each([
    ['card-declines', [DETAIL]],
    ['avs-failures', [AVS, DETAIL]],
    ['cvv-failures', [CVV, DETAIL]],
  ])('%s declines an approving card with the matching errorDetails and adds nothing', async (name, details) => {
    const s = await makeSandbox();
    const card = freshCard();
    const res = await paytronix(s, scenario(name)).post('recharge', recharge(card));
    expect(res.status).toBe(200);
    expect(res.body).toEqual(declined(details));
    expect(balance(s, card)).toBe(0);
  });

  it('card-declines also declines a saved card', async () => {
    const s = await makeSandbox();
    const card = freshCard();
    const saved = await withSavedCard(s, card);
    const res = await paytronix(s, scenario('card-declines')).post('recharge', recharge(card, { paymentMethod: saved, address: undefined }));
    expect(res.body).toEqual(declined([DETAIL]));
    expect(balance(s, card)).toBe(2500);
  });

  it('activated through the admin API, a scenario applies to calls without the header until deactivated', async () => {
    const s = await makeSandbox();
    const card = freshCard();
    expect((await s.json('PUT', '/__admin/scenarios/paytronix', { scenario: 'cvv-failures' })).status).toBe(200);
    expect((await paytronix(s).post('recharge', recharge(card))).body).toEqual(declined([CVV, DETAIL]));
    expect((await s.json('DELETE', '/__admin/scenarios/paytronix')).status).toBe(200);
    expect((await paytronix(s).post('recharge', recharge(card))).body.result).toBe('success');
  });

  it('expirations: every saved card counts as expired (savedCard fails, a SAVED_CC recharge is declined as expired)', async () => {
    const s = await makeSandbox();
    const card = freshCard();
    const saved = await withSavedCard(s, card);
    const expired = await paytronix(s, scenario('expirations')).get('savedCard', { merchantId: MERCHANT, printedCardNumber: card });
    expect(expired.body).toEqual({ result: 'failure', errorCode: 'saved_card.saved_card_expired', errorMessage: 'Saved card is expired' });
    const res = await paytronix(s, scenario('expirations')).post('recharge', recharge(card, { paymentMethod: saved, address: undefined }));
    expect(res.body).toEqual({
      result: 'failure',
      errorCode: 'recharge.cc_auth_declined',
      errorMessage: 'Credit card authorization was declined',
      errorDetail: 'Transaction declined - expired card',
      errorDetails: [{ errorCode: 'recharge.cc_auth_declined.detail', errorMessage: 'Transaction declined - expired card' }],
    });
    // A new credit card still works, and without the scenario the saved card is good again.
    expect((await paytronix(s, scenario('expirations')).post('recharge', recharge(card))).body.result).toBe('success');
    expect((await paytronix(s).get('savedCard', { merchantId: MERCHANT, printedCardNumber: card })).body.result).toBe('success');
    expect(balance(s, card)).toBe(5000);
  });

  it.each(Object.entries(ENDPOINTS))('server-errors: %s answers its own code and changes nothing', async (name, endpoint) => {
    const s = await makeSandbox();
    const before = JSON.stringify(s.platform.deps.db.data.paytronix);
    const call = paytronix(s, scenario('server-errors'));
    const params = { merchantId: MERCHANT, printedCardNumber: '6000100000000001' };
    const res = await (endpoint.method === 'post' ? call.post(name, params) : endpoint.method === 'get' ? call.get(name, params) : call.delete(name, params));
    const errorCode = `${endpoint.prefix}.${endpoint.serverError}`;
    expect(res.status).toBe(500);
    expect(res.body).toEqual({ result: 'failure', errorCode, errorMessage: endpoint.serverError === 'server_error' ? 'Internal server error' : 'System error' });
    expect(JSON.stringify(s.platform.deps.db.data.paytronix)).toBe(before);
  });
});
