import { describe, expect, it } from 'vitest';
import { accounts, ADDRESS, CARD, failure, freshCard, MERCHANT, NO_AUTO_RECHARGE_MERCHANT, OAUTH, paytronix, VISA } from '../helpers/paytronix.js';
import { makeSandbox, type TestSandbox } from '../helpers/sandbox.js';

const monitor = (card: string, extra: Record<string, unknown> = {}) => ({ merchantId: MERCHANT, printedCardNumber: card, amount: '20.00', threshold: '10.00', ...extra });
const pending = async (s: TestSandbox, merchantId = MERCHANT) => (await paytronix(s).get('pendingAutoRecharges', { merchantId })).body;
const spend = (s: TestSandbox, card: string, amount: string) => s.json('POST', `/__admin/paytronix/cards/${card}/spend`, { amount });
const advance = (s: TestSandbox, seconds: number) => s.json('POST', '/__admin/clock/advance', { seconds });

describe('paytronix: auto-recharge monitoring', () => {
  it('a monitored card that falls to its threshold is pending; nothing is charged', async () => {
    const s = await makeSandbox();
    expect((await paytronix(s).post('enableAutoRechargeMonitoring', monitor(CARD.active))).body).toEqual({ result: 'success' });
    expect(await pending(s)).toEqual({ result: 'success', recharges: [] });
    await spend(s, CARD.active, '15.00');
    await advance(s, 86_400);
    expect(await pending(s)).toEqual({ result: 'success', recharges: [{ printedCardNumber: CARD.active, amount: '20.00', storedValueBalance: '10.00', threshold: '10.00' }] });
    expect(accounts(s)[CARD.active]).toMatchObject({ balanceCents: 1000, history: [] });
    expect(accounts(s)[CARD.active].monitoring.lowAtMs).toBe(Date.parse('2026-01-01T00:00:00Z'));
  });

  it('a card already low when monitoring is enabled is pending at once, with its saved card', async () => {
    const s = await makeSandbox();
    const card = freshCard();
    await paytronix(s).post('recharge', { merchantId: MERCHANT, printedCardNumber: card, amount: '10.00', paymentMethod: { ...VISA, saveCard: true }, address: ADDRESS });
    await paytronix(s).post('enableAutoRechargeMonitoring', monitor(card, { threshold: '12.00' }));
    const [row] = (await pending(s)).recharges;
    expect(row).toEqual({
      printedCardNumber: card,
      amount: '20.00',
      storedValueBalance: '10.00',
      threshold: '12.00',
      savedCard: expect.objectContaining({ type: 'SAVED_CC', lastFour: '1111', savedCardCode: accounts(s)[card].savedCardCode, isAutoRechargeDefault: false }),
    });
  });

  it('leaves the list when recharged above the threshold, when disabled, and after 7 days', async () => {
    const s = await makeSandbox();
    const [a, b, c] = [freshCard(), freshCard(), freshCard()];
    for (const card of [a, b, c]) await paytronix(s).post('enableAutoRechargeMonitoring', monitor(card));
    expect((await pending(s)).recharges.map((r: { printedCardNumber: string }) => r.printedCardNumber)).toEqual([a, b, c]);
    await paytronix(s).post('recharge', { merchantId: MERCHANT, printedCardNumber: a, amount: '10.01', paymentMethod: VISA, address: ADDRESS });
    expect((await paytronix(s).post('disableAutoRechargeMonitoring', { merchantId: MERCHANT, printedCardNumber: b })).body).toEqual({ result: 'success' });
    expect((await pending(s)).recharges.map((r: { printedCardNumber: string }) => r.printedCardNumber)).toEqual([c]);
    await advance(s, 7 * 86_400);
    expect((await pending(s)).recharges).toHaveLength(1);
    await advance(s, 86_400);
    expect((await pending(s)).recharges).toEqual([]);
  });

  it('lists at most 100 cards, the longest flagged first', async () => {
    const s = await makeSandbox();
    const cards = Array.from({ length: 101 }, () => freshCard());
    for (const card of cards) {
      await paytronix(s).post('enableAutoRechargeMonitoring', monitor(card));
      s.platform.deps.clock.advance(1000);
    }
    const { recharges } = await pending(s);
    expect(recharges).toHaveLength(100);
    expect(recharges.map((r: { printedCardNumber: string }) => r.printedCardNumber)).toEqual(cards.slice(0, 100));
    expect(cards.every((card) => accounts(s)[card].history.length === 0 && accounts(s)[card].balanceCents === 0)).toBe(true);
  });

  it('enabling again replaces the amount and threshold; the program threshold when not per account', async () => {
    const s = await makeSandbox();
    await paytronix(s).post('enableAutoRechargeMonitoring', monitor(CARD.active));
    await paytronix(s).post('enableAutoRechargeMonitoring', monitor(CARD.active, { amount: '30.00', threshold: '30.00' }));
    expect(accounts(s)[CARD.active].monitoring).toMatchObject({ amountCents: 3000, thresholdCents: 3000, lowAtMs: s.platform.deps.clock.nowMs() });
    (s.platform.deps.db.data.paytronix as any).merchants['10001'].programs['1'].isThresholdPerAccount = false;
    await paytronix(s).post('enableAutoRechargeMonitoring', monitor(CARD.active, { threshold: '30.00' }));
    expect(accounts(s)[CARD.active].monitoring).toMatchObject({ thresholdCents: 1000, lowAtMs: null });
  });

  it.each([
    [monitor(CARD.active, { merchantId: 1 }), 'auto_recharge_enable_monitoring.invalid_merchant_id', 'Invalid merchant ID'],
    [monitor(CARD.active, { merchantId: NO_AUTO_RECHARGE_MERCHANT }), 'auto_recharge_enable_monitoring.monitoring_only_not_enabled', 'Monitoring only auto recharge is not enabled for this merchant'],
    [monitor('6000'), 'auto_recharge_enable_monitoring.invalid_printed_card_number', 'Invalid card number'],
    [monitor(CARD.active, { amount: '9.99' }), 'auto_recharge_enable_monitoring.amount_below_minimum', 'Recharge amount is below allowed minimum for this card'],
    [monitor(CARD.active, { amount: '500.01' }), 'auto_recharge_enable_monitoring.amount_above_maximum', 'Recharge amount is above allowed maximum for this card'],
  ])('enable %j → %s', async (body, errorCode, errorMessage) => {
    const s = await makeSandbox();
    expect((await paytronix(s).post('enableAutoRechargeMonitoring', body)).body).toEqual(failure(errorCode, errorMessage));
  });

  it('a program without auto-recharge → not_configured', async () => {
    const s = await makeSandbox();
    (s.platform.deps.db.data.paytronix as any).merchants['10001'].programs['1'].autoRechargeEnabled = false;
    expect((await paytronix(s).post('enableAutoRechargeMonitoring', monitor(CARD.active))).body).toEqual(
      failure('auto_recharge_enable_monitoring.not_configured', 'Auto recharge is not configured or not enabled for this type of card'),
    );
    expect(await pending(s)).toEqual(failure('auto_recharge_get_pending_auto_recharges.not_configured', 'Auto recharge is not configured or not enabled for this merchant'));
  });

  it('disable: not monitored, 10002', async () => {
    const s = await makeSandbox();
    expect((await paytronix(s).post('disableAutoRechargeMonitoring', { merchantId: MERCHANT, printedCardNumber: CARD.active })).body).toEqual(
      failure('auto_recharge_enable_monitoring.not_monitored', 'Auto recharge monitoring is not enabled for this card'),
    );
    expect((await paytronix(s).post('disableAutoRechargeMonitoring', { merchantId: NO_AUTO_RECHARGE_MERCHANT, printedCardNumber: CARD.active })).body.errorCode).toBe(
      'auto_recharge_enable_monitoring.monitoring_only_not_enabled',
    );
  });

  it('pendingAutoRecharges: unknown merchant, 10002', async () => {
    const s = await makeSandbox();
    expect(await pending(s, 1)).toEqual(failure('auto_recharge_get_pending_auto_recharges.invalid_merchant_id', 'Invalid merchant ID'));
    expect(await pending(s, NO_AUTO_RECHARGE_MERCHANT)).toEqual(
      failure('auto_recharge_get_pending_auto_recharges.monitoring_only_not_enabled', 'Monitoring only auto recharge is not enabled for this merchant'),
    );
  });

  it.each([
    [CARD.active, 'success', 'success'],
    [CARD.emailNotVerified, 'success', 'success'],
    [CARD.noEmail, 'success', 'success'],
    [CARD.cardNotActive, 'auto_recharge_enable_monitoring.card_not_active', 'auto_recharge_enable_monitoring.card_not_active'],
    [CARD.accountNotActive, 'auto_recharge_enable_monitoring.account_not_active', 'auto_recharge_enable_monitoring.account_not_active'],
    [CARD.noWallet, 'auto_recharge_enable_monitoring.no_sv_wallet_attached', 'auto_recharge_enable_monitoring.not_monitored'],
    [CARD.rechargePrevented, 'auto_recharge_enable_monitoring.account_disabled_by_csr', 'auto_recharge_enable_monitoring.not_monitored'],
    [CARD.expiredSavedCard, 'success', 'success'],
  ])('%s → enable %s, then disable %s', async (card, onEnable, onDisable) => {
    const s = await makeSandbox();
    const outcome = (body: any) => (body.result === 'failure' ? body.errorCode : body.result);
    expect(outcome((await paytronix(s).post('enableAutoRechargeMonitoring', monitor(card))).body)).toBe(onEnable);
    expect(outcome((await paytronix(s).post('disableAutoRechargeMonitoring', { merchantId: MERCHANT, printedCardNumber: card })).body)).toBe(onDisable);
  });

  it.each([
    ['enableAutoRechargeMonitoring', 'post'],
    ['disableAutoRechargeMonitoring', 'post'],
    ['pendingAutoRecharges', 'get'],
  ] as const)('%s is b2b only', async (name, method) => {
    const s = await makeSandbox();
    const res = await paytronix(s, { auth: OAUTH })[method](name, monitor(CARD.active));
    expect(res.body).toEqual(failure('authentication.style_not_allowed', `Authentication style oauth is not allowed for ${name}; allowed: b2b`));
  });
});
