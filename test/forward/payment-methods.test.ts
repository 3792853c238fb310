/** Payment methods: tokenization in the JS SDK's shape, fetch, update; no card number or CVV kept anywhere. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACCOUNT, BILLING, CARD, forward, storedForward } from '../helpers/forward.js';
import { captureLogs, makeSandbox } from '../helpers/sandbox.js';
import { tempDir } from '../helpers/tmp.js';

const tokenize = (data: Record<string, unknown>) => ({ payment_method_types: ['card', 'bank'], payment_method_data: data });

describe('Forward payment methods', () => {
  it('tokenizes a card into a payment method (brand, first six, last four, expiry; never the number)', async () => {
    const f = forward(await makeSandbox());
    const res = await f.call('POST', '/payment_method_intents', tokenize({ payment_method_type: 'card', card: { ...CARD, number: '4242 4242 4242 4242' }, billing_details: BILLING }));
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      id: res.body.id,
      entity: 'payment_method',
      created_at: '2026-01-01T00:00:00.000Z',
      updated_at: '2026-01-01T00:00:00.000Z',
      payment_method_type: 'card',
      source_type: 'cardpointe',
      billing_details: BILLING,
      single_use_token: false,
      signature: null,
      card: { brand: 'visa', first_six_digits: '424242', last_four_digits: '4242', exp_month: 12, exp_year: 2030, name: 'Ada Lovelace' },
      account_id: ACCOUNT,
    });
    expect(res.body.id).toMatch(/^pm_[0-9A-Za-z]{27}$/);
    expect((await f.call('GET', `/payment_methods/${res.body.id}`)).body).toEqual(res.body);
  });

  it('tokenizes a bank account (routing number and last four only)', async () => {
    const f = forward(await makeSandbox());
    const res = await f.call('POST', '/payment_method_intents', tokenize({ payment_method_type: 'bank', bank: { routing_number: '021000021', account_number: '9876543210', account_type: 'savings' } }));
    expect([res.body.payment_method_type, res.body.bank, res.body.card]).toEqual(['bank', { routing_number: '021000021', last_four_digits: '3210', account_type: 'savings' }, undefined]);
  });

  it.each([
    [{ payment_method_type: 'card', card: { ...CARD, number: '4242424242424241' } }, { 'payment_method_data.card.number': 'is not a valid card number (Luhn check failed)' }],
    [{ payment_method_type: 'card', card: { ...CARD, number: '4242' } }, { 'payment_method_data.card.number': 'must be 12–19 digits (card number)' }],
    [{ payment_method_type: 'card', card: { ...CARD, exp_month: 13, cvv: '12' } }, { 'payment_method_data.card.exp_month': 'must be at most 12', 'payment_method_data.card.cvv': 'must be 3–4 digits (security code)' }],
    [{ payment_method_type: 'card', card: { exp_month: 1, exp_year: 2030 } }, { 'payment_method_data.card.number': 'is required' }],
    [{ payment_method_type: 'cash' }, { 'payment_method_data.payment_method_type': 'must be one of card, bank' }],
    [{ payment_method_type: 'bank', bank: { routing_number: '12', account_number: '1234' } }, { 'payment_method_data.bank.routing_number': 'must be 9 digits (ABA routing number)' }],
  ])('rejects %j', async (data, argumentErrors) => {
    const s = await makeSandbox();
    const res = await forward(s).call('POST', '/payment_method_intents', tokenize(data));
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('WRONG_ARGUMENTS');
    expect(res.body.argument_errors).toEqual(argumentErrors);
    expect(Object.keys(storedForward(s).paymentMethods!)).toHaveLength(9); // the fixed test methods only
  });

  it('a type outside payment_method_types is refused', async () => {
    const f = forward(await makeSandbox());
    const res = await f.call('POST', '/payment_method_intents', { payment_method_types: ['bank'], payment_method_data: { payment_method_type: 'card', card: CARD } });
    expect(res.body.argument_errors).toEqual({ 'payment_method_data.payment_method_type': 'must be one of payment_method_types (bank)' });
  });

  it('updates billing details (merged); fixed test methods exist in every account; others’ methods are 404', async () => {
    const s = await makeSandbox();
    const f = forward(s);
    const id = await f.method();
    await s.json('POST', '/__admin/clock/advance', { seconds: 5 });
    const res = (await f.call('PATCH', `/payment_methods/${id}`, { billing_details: { phone: '+15550100', address: { line2: 'Suite 5' } } })).body;
    expect(res.billing_details).toEqual({ ...BILLING, phone: '+15550100', address: { ...BILLING.address, line2: 'Suite 5' } });
    expect(res.updated_at).toBe('2026-01-01T00:00:05.000Z');
    expect((await f.call('PATCH', `/payment_methods/${id}`, {})).body.argument_errors).toEqual({ billing_details: 'is required' });
    const other = forward(s, { account: 'acct_Other000000000000000000001' });
    expect((await other.call('GET', `/payment_methods/${id}`)).status).toBe(404);
    const visa = (await other.call('GET', '/payment_methods/pm_card_visa')).body;
    expect([visa.id, visa.account_id, visa.card]).toEqual(['pm_card_visa', 'acct_Other000000000000000000001', { brand: 'visa', first_six_digits: '424242', last_four_digits: '4242', exp_month: 12, exp_year: 2034, name: 'Sandbox Customer' }]);
  });
});

describe('no full card number or CVV anywhere', () => {
  it('not in responses, the journal, the logs, data/db.json or its log', async () => {
    const dir = tempDir();
    const { logger, lines } = captureLogs();
    const s = await makeSandbox({ SANDBOX_DB: join(dir, 'db.json') }, logger);
    const f = forward(s);
    const numbers = ['4242424242424242', '5555555555554444', '378282246310005', '4000000000000259', '4867094332104873'];
    const bodies: unknown[] = [];
    for (const number of numbers) {
      const pm = await f.call('POST', '/payment_method_intents', tokenize({ payment_method_type: 'card', card: { number, exp_month: 12, exp_year: 2030, cvv: '9731' }, billing_details: BILLING }));
      bodies.push(pm.body);
      const intent = await f.intent({ amount: 4321 });
      bodies.push(intent.body, (await f.call('POST', `/payment_intents/${intent.body.id}/payments`, { payment_method_id: pm.body.id, cvv2: '8642' })).body);
    }
    bodies.push((await f.call('POST', '/payment_method_intents', tokenize({ payment_method_type: 'card', card: { number: '4242424242424241', exp_month: 1, exp_year: 2030 } }))).body);
    bodies.push((await f.call('POST', '/payment_method_intents', tokenize({ payment_method_type: 'bank', bank: { routing_number: '021000021', account_number: '123456789012' } }))).body);
    const journal = (await s.json('GET', '/__admin/requests?provider=forward&limit=100')).body.requests;
    expect(journal).toHaveLength(17);
    expect(journal.at(-1).body.payment_method_data.card).toMatchObject({ number: '************4242', cvv: '***' });
    await s.platform.close();
    const stored = readFileSync(join(dir, 'db.json'), 'utf8') + readFileSync(join(dir, 'db.json.wal'), 'utf8');
    expect(stored).toContain('424242******4242');
    for (const [where, text] of [['responses', JSON.stringify(bodies)], ['journal', JSON.stringify(journal)], ['logs', JSON.stringify(lines)], ['db', stored]] as const) {
      for (const secret of [...numbers, '4242424242424241', '9731', '8642', '123456789012']) expect([where, text.includes(secret)]).toEqual([where, false]);
    }
  });
});
