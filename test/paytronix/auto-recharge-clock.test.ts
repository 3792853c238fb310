import { describe, expect, it } from 'vitest';
import { accounts, ADDRESS, CARD, freshCard, MERCHANT, paytronix, VISA } from '../helpers/paytronix.js';
import { makeSandbox, type TestSandbox } from '../helpers/sandbox.js';

const enable = (card: string, more: Record<string, unknown> = {}) => ({ merchantId: MERCHANT, printedCardNumber: card, amount: '20.00', threshold: '10.00', paymentMethod: { ...VISA, saveCard: true, ...more }, address: ADDRESS });
const spend = (s: TestSandbox, card: string, amount: unknown) => s.json('POST', `/__admin/paytronix/cards/${card}/spend`, { amount });
const advance = (s: TestSandbox, seconds: number) => s.json('POST', '/__admin/clock/advance', { seconds });
const history = async (s: TestSandbox, card: string) => (await paytronix(s).get('rechargeHistory', { merchantId: MERCHANT, printedCardNumber: card })).body.history;

describe('paytronix: the spend hook', () => {
  it('lowers the stored value balance and returns it', async () => {
    const s = await makeSandbox();
    const res = await spend(s, CARD.active, '12.50');
    expect(res).toMatchObject({ status: 200, body: { printedCardNumber: CARD.active, balance: '12.50' } });
    expect(accounts(s)[CARD.active].balanceCents).toBe(1250);
  });

  it.each([
    [CARD.active, '25.01', 400, /balance of 6000100000000001 is 25\.00/],
    [CARD.active, '12.5', 400, /amount/],
    [CARD.active, '0.00', 400, /amount/],
    [CARD.active, 12.5, 400, /amount/],
    [CARD.cardNotActive, '1.00', 400, /not active/],
    [CARD.noWallet, '1.00', 400, /no stored value wallet/],
    ['6000999999999999', '1.00', 400, /is 0\.00/],
    ['12345', '1.00', 404, /printed card 12345 was not found/],
  ])('%s spending %j → %i problem', async (card, amount, status, detail) => {
    const s = await makeSandbox();
    const res = await spend(s, card, amount);
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body.detail).toMatch(detail);
    expect(accounts(s)[CARD.active].balanceCents).toBe(2500);
  });
});

describe('paytronix: auto-recharge on the sandbox clock', () => {
  it('a spend to the threshold, then the clock moves: recharged once with the saved card (history entry at the tick time)', async () => {
    const s = await makeSandbox();
    const card = CARD.active;
    await paytronix(s).post('autoRechargeEnable', enable(card)); // 25 + 20 = 45
    expect((await spend(s, card, '35.00')).body.balance).toBe('10.00');
    // The clock has not moved: the engine has not run yet.
    expect(await history(s, card)).toHaveLength(1);
    const first = await advance(s, 3600);
    expect(first.body.transitions.paytronix).toBe(1);
    expect(accounts(s)[card].balanceCents).toBe(3000);
    const entries = await history(s, card);
    expect(entries).toHaveLength(2);
    expect(entries[0]).toEqual({
      transactionDatetime: '2025-12-31 20:00:00 -0500',
      transactionState: 'Succeeded',
      processorResponseCode: 0,
      processorResponseMessage: 'Approved',
      processorReferenceNumber: expect.stringMatching(/^[0-9A-Z]{12}$/),
      authCode: expect.stringMatching(/^\d{6}$/),
      amount: '20.00',
      cardType: 'VISA',
      lastFour: '1111',
      expDate: '01/2030',
    });
    const again = await advance(s, 86_400 * 3);
    expect(again.body.transitions.paytronix).toBe(0);
    expect(await history(s, card)).toHaveLength(2);
    expect(accounts(s)[card].balanceCents).toBe(3000);
  });

  it('a balance above the threshold is never recharged', async () => {
    const s = await makeSandbox();
    await paytronix(s).post('autoRechargeEnable', enable(CARD.active));
    await spend(s, CARD.active, '34.99');
    await advance(s, 86_400);
    expect(accounts(s)[CARD.active].balanceCents).toBe(1001);
    expect(await history(s, CARD.active)).toHaveLength(1);
  });

  it('a disabled account is not recharged', async () => {
    const s = await makeSandbox();
    await paytronix(s).post('autoRechargeEnable', enable(CARD.active));
    await paytronix(s).post('autoRechargeDisable', { merchantId: MERCHANT, printedCardNumber: CARD.active, deleteSavedCard: false });
    await spend(s, CARD.active, '45.00');
    await advance(s, 3600);
    expect(accounts(s)[CARD.active].balanceCents).toBe(0);
  });

  it('a charge that leaves the balance still low waits a sandbox day before the next', async () => {
    const s = await makeSandbox();
    const card = freshCard(); // $0.00
    await paytronix(s).post('autoRechargeEnable', { ...enable(card), amount: '10.00', threshold: '25.00' }); // 10 ≤ 25
    await advance(s, 3600);
    expect(accounts(s)[card].balanceCents).toBe(1000);
    await advance(s, 86_400 - 3600);
    expect(accounts(s)[card].balanceCents).toBe(2000);
    await advance(s, 86_400);
    expect(accounts(s)[card].balanceCents).toBe(3000);
    await advance(s, 86_400 * 5);
    expect(accounts(s)[card].balanceCents).toBe(3000);
    expect(await history(s, card)).toHaveLength(3);
  });

  it('a saved card that has expired: a Failed entry, retried at most once a sandbox day', async () => {
    const s = await makeSandbox();
    const card = CARD.active;
    await paytronix(s).post('autoRechargeEnable', enable(card, { expirationMonth: 1, expirationYear: 2026 })); // good through January 2026
    await spend(s, card, '40.00');
    const first = await s.json('PUT', '/__admin/clock', { now: '2026-02-01T12:00:00Z' });
    expect(first.body.transitions.paytronix).toBe(1);
    let entries = await history(s, card);
    expect(entries[0]).toMatchObject({ transactionState: 'Failed', processorResponseCode: 12, authCode: '', amount: '20.00', lastFour: '1111', transactionDatetime: '2026-02-01 07:00:00 -0500' });
    expect(accounts(s)[card].balanceCents).toBe(500);
    await advance(s, 3600);
    expect(await history(s, card)).toHaveLength(2);
    await advance(s, 86_400);
    entries = await history(s, card);
    expect(entries.map((e: { transactionState: string }) => e.transactionState)).toEqual(['Failed', 'Failed', 'Succeeded']);
    expect(accounts(s)[card].balanceCents).toBe(500);
  });

  it('a recharge that lifts the balance above the threshold cancels a pending retry', async () => {
    const s = await makeSandbox();
    const card = CARD.active;
    await paytronix(s).post('autoRechargeEnable', enable(card, { expirationMonth: 1, expirationYear: 2026 }));
    await spend(s, card, '40.00');
    await s.json('PUT', '/__admin/clock', { now: '2026-02-01T12:00:00Z' }); // Failed; next attempt in a day
    await paytronix(s).post('recharge', { merchantId: MERCHANT, printedCardNumber: card, amount: '10.00', paymentMethod: VISA, address: ADDRESS });
    expect(accounts(s)[card].autoRecharge.dueAtMs).toBeUndefined();
    await spend(s, card, '10.00'); // 5.00 again: due at the next tick after now
    await advance(s, 60);
    expect((await history(s, card))[0]).toMatchObject({ transactionState: 'Failed', transactionDatetime: '2026-02-01 07:01:00 -0500' });
  });

  it('an enrolled account brought back by a state import is recharged; one removed by a reset is not', async () => {
    const s = await makeSandbox();
    await paytronix(s).post('autoRechargeEnable', enable(CARD.active));
    await spend(s, CARD.active, '40.00');
    const state = (await s.json('GET', '/__admin/state')).body;
    await s.json('POST', '/__admin/reset', { provider: 'paytronix' });
    expect((await advance(s, 60)).body.transitions.paytronix).toBe(0);
    expect((await s.json('PUT', '/__admin/state', state)).status).toBeLessThan(300);
    expect((await advance(s, 60)).body.transitions.paytronix).toBe(1);
    expect(accounts(s)[CARD.active].balanceCents).toBe(2500);
  });
});
