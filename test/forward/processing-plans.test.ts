/** Processing plans: each account's FLAT_RATE plan, read and listed, and the fee it puts on every capture. */
import { describe, expect, it } from 'vitest';
import { ACCOUNT, DEMO_ONLINE, DEMO_STORE, forward } from '../helpers/forward.js';
import { makeSandbox, type TestSandbox } from '../helpers/sandbox.js';

const STORE_PLAN = 'partppl_2SandboxDemoStorePlan000000';
const ONLINE_PLAN = 'partppl_2SandboxDemoOnlinePlan00000';
const PLAN_KEYS = [
  'id', 'plan_type', 'effective_date', 'accepted_cards', 'auth_fee', 'fees', 'fees_paid_by_partner', 'partner_pays_chargeback_amount', 'comment',
  'interchange_cost', 'bank_processing_plan_settings',
];

/** The plan every account gets (provisioned or fixture), without its id. */
const FLAT_RATE = {
  plan_type: 'FLAT_RATE',
  effective_date: '2026-01-01',
  accepted_cards: ['visa', 'mastercard', 'amex', 'discover'],
  auth_fee: { card: 0, bank: 0 },
  fees: { card: { percentage: 2.9, fixed: 30 }, bank: { percentage: 1, fixed: 0, cap: 500 } },
  fees_paid_by_partner: { card: false, bank: false },
  partner_pays_chargeback_amount: false,
  comment: 'Sandbox FLAT_RATE plan: card 2.9% + 30¢ per captured payment; bank 1% capped at $5.',
  interchange_cost: 'GROSS',
  bank_processing_plan_settings: { percentage: 1, cap: 500, settlement_days: 2 },
};

const data = (s: TestSandbox): any => s.platform.deps.db.data.forward;
const transactions = (s: TestSandbox) => Object.values(data(s).transactions).map((t: any) => ({ source_type: t.source_type, source_id: t.source_id, amount: t.amount }));

describe('GET /processing_plans/{id}', () => {
  it("returns a new account's provisioned plan (every seed field, in order, no account_id)", async () => {
    const s = await makeSandbox();
    const f = forward(s);
    const list = await f.call('GET', '/processing_plans');
    const id = data(s).accounts[ACCOUNT].processing_plan_id;
    expect(id).toMatch(/^partppl_[0-9A-Za-z]{27}$/);
    const res = await f.call('GET', `/processing_plans/${id}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ id, ...FLAT_RATE });
    expect(Object.keys(res.body)).toEqual(PLAN_KEYS);
    expect(data(s).processingPlans[id].account_id).toBe(ACCOUNT);
    expect(list.body.data).toEqual([res.body]);
  });

  it('returns the fixture plan of DEMO_STORE', async () => {
    const s = await makeSandbox();
    const res = await forward(s, { account: DEMO_STORE }).call('GET', `/processing_plans/${STORE_PLAN}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ id: STORE_PLAN, ...FLAT_RATE });
    expect(Object.keys(res.body)).toEqual(PLAN_KEYS);
  });

  it.each([
    ['another account’s plan', DEMO_ONLINE, STORE_PLAN],
    ['a provisioned account asking for a fixture plan', ACCOUNT, ONLINE_PLAN],
    ['an unknown id', DEMO_STORE, 'partppl_nope'],
  ])('404 for %s', async (_name, account, id) => {
    const s = await makeSandbox();
    const res = await forward(s, { account }).call('GET', `/processing_plans/${id}`);
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ type: 'not_found_error', code: 'NOT_FOUND', message: `No processing_plan ${id} in this account` });
  });

  it('needs x-account-id and x-api-key', async () => {
    const s = await makeSandbox();
    const noAccount = await forward(s, { account: null }).call('GET', `/processing_plans/${STORE_PLAN}`);
    expect(noAccount.status).toBe(400);
    expect(noAccount.body).toMatchObject({ code: 'WRONG_ARGUMENTS', argument_errors: { 'x-account-id': 'is required' } });
    const noKey = await forward(s, { account: DEMO_STORE, apiKey: null }).call('GET', `/processing_plans/${STORE_PLAN}`);
    expect(noKey.status).toBe(401);
  });
});

describe('GET /processing_plans', () => {
  it("lists the account's plans as a cursor list", async () => {
    const s = await makeSandbox();
    const res = await forward(s, { account: DEMO_ONLINE }).call('GET', '/processing_plans?limit=5');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ data: [{ id: ONLINE_PLAN, ...FLAT_RATE }], meta: { has_more: false, total_count: 1, limit: 5 } });
    expect(Object.keys(res.body.data[0])).toEqual(PLAN_KEYS);
  });

  it('validates the query', async () => {
    const s = await makeSandbox();
    const f = forward(s, { account: DEMO_STORE });
    const res = await f.call('GET', '/processing_plans?limit=51');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'WRONG_ARGUMENTS', argument_errors: { limit: 'must be at most 50' } });
    const cursor = await f.call('GET', `/processing_plans?starting_after=${ONLINE_PLAN}`);
    expect(cursor.status).toBe(400);
    expect(cursor.body.argument_errors).toEqual({ starting_after: `${ONLINE_PLAN} is not an object in this list` });
    expect((await f.call('GET', `/processing_plans?starting_after=${STORE_PLAN}`)).body).toEqual({ data: [], meta: { has_more: false, total_count: 1, limit: 10 } });
  });
});

describe('the plan sets the fee of every capture', () => {
  it('card: 10,000¢ with pm_card_visa → fee −320 (2.9% + 30)', async () => {
    const s = await makeSandbox();
    const { payment } = await forward(s).paid('pm_card_visa', { amount: 10_000 });
    expect(payment.status).toBe('captured');
    expect(transactions(s)).toEqual([
      { source_type: 'payment', source_id: payment.id, amount: 10_000 },
      { source_type: 'fee', source_id: payment.id, amount: -320 },
    ]);
  });

  it('card: a changed plan changes the fee', async () => {
    const s = await makeSandbox();
    const f = forward(s, { account: DEMO_STORE });
    await f.call('GET', '/processing_plans');
    data(s).processingPlans[STORE_PLAN].fees.card = { percentage: 2, fixed: 10 };
    const { payment } = await f.paid('pm_card_visa', { amount: 10_000 });
    expect(transactions(s)).toEqual([
      { source_type: 'payment', source_id: payment.id, amount: 10_000 },
      { source_type: 'fee', source_id: payment.id, amount: -210 },
    ]);
  });

  it.each([
    [10_000, -100],
    [100_000, -500],
  ])('bank: %i¢ settles two days later with fee %i (1%, capped at 500)', async (amount, fee) => {
    const s = await makeSandbox();
    const f = forward(s);
    const { payment } = await f.paid('pm_bank_account', { amount });
    expect(payment.status).toBe('pending');
    expect(transactions(s)).toEqual([]);
    expect((await s.json('POST', '/__admin/clock/advance', { seconds: 2 * 86_400 })).status).toBe(200);
    expect(transactions(s)).toEqual([
      { source_type: 'payment', source_id: payment.id, amount },
      { source_type: 'fee', source_id: payment.id, amount: fee },
    ]);
  });
});
