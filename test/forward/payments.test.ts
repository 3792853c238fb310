/** Payments: magic cards, the fixed test methods, scenarios, and the amounts an intent carries. */
import { describe, expect, it } from 'vitest';
import { BILLING, forward } from '../helpers/forward.js';
import { makeSandbox } from '../helpers/sandbox.js';

const card = (number: string, extra: Record<string, unknown> = {}) => ({ number, exp_month: 12, exp_year: 2030, cvv: '123', ...extra });
const checks = (p: Record<string, unknown>) => [p.status, p.auth_response_text, p.avs, p.cvv, p.address_line1_check, p.address_postal_code_check, p.cvv_check];

// number → [payment status, auth_response_text, avs, cvv, line1 check, postal check, cvv check]
const MAGIC: [string, string, unknown[]][] = [
  ['4242424242424242', 'visa', ['captured', 'Approval', 'Y', 'M', 'pass', 'pass', 'pass']],
  ['5555555555554444', 'mastercard', ['captured', 'Approval', 'Y', 'M', 'pass', 'pass', 'pass']],
  ['378282246310005', 'amex', ['captured', 'Approval', 'Y', 'M', 'pass', 'pass', 'pass']],
  ['6011111111111117', 'discover', ['captured', 'Approval', 'Y', 'M', 'pass', 'pass', 'pass']],
  ['4867094332104873', 'visa', ['failed', 'Declined', 'Y', 'M', 'pass', 'pass', 'pass']],
  ['4112912498587255', 'visa', ['failed', 'Insufficient funds', 'Y', 'M', 'pass', 'pass', 'pass']],
  ['4208475663072763', 'visa', ['captured', 'Approval', 'N', 'M', 'fail', 'fail', 'pass']],
  ['4000000000000101', 'visa', ['failed', 'CVV mismatch', 'Y', 'N', 'pass', 'pass', 'fail']],
  ['4000000000000069', 'visa', ['failed', 'Expired card', 'Y', 'M', 'pass', 'pass', 'pass']],
  ['4000000000000259', 'visa', ['captured', 'Approval', 'Y', 'M', 'pass', 'pass', 'pass']],
  ['4000000000002685', 'visa', ['captured', 'Approval', 'Y', 'M', 'pass', 'pass', 'pass']],
];

describe('Forward magic cards (default scenario)', () => {
  it.each(MAGIC)('%s (%s) → %j', async (number, brand, expected) => {
    const f = forward(await makeSandbox());
    const pm = await f.method(card(number));
    const { payment, intent, status } = await f.paid(pm);
    expect(status).toBe(200);
    expect(payment.payment_method.card.brand).toBe(brand);
    expect(checks(payment)).toEqual(expected);
    expect(intent.status).toBe(expected[0]);
    expect(intent.latest_payment).toEqual(payment);
    expect(payment.auth_code === null).toBe(expected[0] === 'failed');
  });

  it('a card past its expiry month declines as expired', async () => {
    const f = forward(await makeSandbox());
    const pm = await f.method(card('4242424242424242', { exp_month: 11, exp_year: 2025 }));
    const { payment } = await f.paid(pm);
    expect([payment.status, payment.auth_response_text]).toEqual(['failed', 'Expired card']);
    const thisMonth = await f.method(card('4242424242424242', { exp_month: 1, exp_year: 2026 }));
    expect((await f.paid(thisMonth)).payment.status).toBe('captured');
  });

  it('without an address or CVV the checks are unavailable', async () => {
    const f = forward(await makeSandbox());
    const pm = await f.method({ number: '4242424242424242', exp_month: 1, exp_year: 30 }, { name: 'No Address' });
    const { payment } = await f.paid(pm);
    expect(checks(payment)).toEqual(['captured', 'Approval', 'U', 'P', 'unavailable', 'unavailable', 'unavailable']);
    expect(payment.payment_method.card.exp_year).toBe(2030);
  });

  it.each([
    ['pm_card_visa', 'captured', 'Approval'],
    ['pm_card_declined', 'failed', 'Declined'],
    ['pm_card_insufficient_funds', 'failed', 'Insufficient funds'],
    ['pm_card_avs_fail', 'captured', 'Approval'],
    ['pm_card_cvv_fail', 'failed', 'CVV mismatch'],
    ['pm_card_expired', 'failed', 'Expired card'],
    ['pm_card_dispute_fraudulent', 'captured', 'Approval'],
    ['pm_card_dispute_product_not_received', 'captured', 'Approval'],
    ['pm_bank_account', 'pending', 'Pending settlement'],
  ])('fixed method %s → %s (%s), in every account', async (pm, status, text) => {
    const s = await makeSandbox();
    for (const account of ['acct_A00000000000000000000000001', 'acct_B00000000000000000000000001']) {
      const { payment } = await forward(s, { account }).paid(pm);
      expect([payment.status, payment.auth_response_text, payment.payment_method_id]).toEqual([status, text, pm]);
    }
  });
});

describe('Forward scenarios on authorization', () => {
  it.each([
    ['card-declines', ['failed', 'Declined', 'Y', 'M', 'pass', 'pass', 'pass']],
    ['avs-failures', ['failed', 'AVS mismatch', 'N', 'M', 'fail', 'fail', 'pass']],
    ['cvv-failures', ['failed', 'CVV mismatch', 'Y', 'N', 'pass', 'pass', 'fail']],
  ])('%s: every card authorization declines; bank payments are unaffected', async (scenario, expected) => {
    const s = await makeSandbox();
    const f = forward(s, { headers: { 'x-sandbox-scenario': scenario } });
    expect(checks((await f.paid('pm_card_visa')).payment)).toEqual(expected);
    expect((await f.paid('pm_bank_account')).payment.status).toBe('pending');
    await s.json('PUT', '/__admin/scenarios/forward', { scenario });
    expect(checks((await forward(s).paid('pm_card_visa')).payment)).toEqual(expected);
    await s.json('DELETE', '/__admin/scenarios/forward');
    expect((await forward(s).paid('pm_card_visa')).payment.status).toBe('captured');
  });

  it('expirations: an uncaptured authorization is voided 1 minute after creation', async () => {
    const s = await makeSandbox();
    const f = forward(s, { headers: { 'x-sandbox-scenario': 'expirations' } });
    const { intent } = await f.paid('pm_card_visa', { amount: 900, capture: false });
    expect(intent.status).toBe('uncaptured');
    await s.json('POST', '/__admin/clock/advance', { seconds: 59 });
    expect((await f.get(intent.id)).body.status).toBe('uncaptured');
    const advanced = await s.json('POST', '/__admin/clock/advance', { seconds: 1 });
    expect(advanced.body.transitions.forward).toBe(1);
    const after = (await f.get(intent.id)).body;
    expect([after.status, after.amount_voided, after.cancellation_reason, after.cancelled_at, after.latest_payment.status]).toEqual(['cancelled', 900, 'abandoned', '2026-01-01T00:01:00.000Z', 'voided']);
  });
});

describe('Forward AVS codes', () => {
  it('a postal code alone matches as Z (ZIP only)', async () => {
    const f = forward(await makeSandbox());
    const pm = await f.method(card('4242424242424242'), { address: { postal_code: '94105' } });
    expect(checks((await f.paid(pm)).payment)).toEqual(['captured', 'Approval', 'Z', 'M', 'unavailable', 'pass', 'pass']);
  });
});
