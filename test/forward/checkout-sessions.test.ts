/** Forward checkout sessions: create, read, list, details, the state table, payments, expiry, the hosted page, errors. */
import { beforeEach, describe, expect, it } from 'vitest';
import { ACCOUNT, DEMO_STORE, forward } from '../helpers/forward.js';
import { makeSandbox, T0, type TestSandbox } from '../helpers/sandbox.js';

const T0_MS = Date.parse(T0);
const at = (offsetMs: number) => new Date(T0_MS + offsetMs).toISOString();
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const PAGE = '/__sandbox/forward/checkout';

const BODY = {
  cancel_url: 'https://shop.example/cart',
  success_url: 'https://shop.example/thanks',
  customer_email: 'ada@example.com',
  payment_intent_data: { amount: 9000 },
  subtotal: 10000,
  discount_amount: 1000,
};

const SEED_FIELDS = [
  'id', 'entity', 'url', 'cancel_url', 'success_url', 'customer_email', 'reference_id', 'user_fields', 'payment_method_types',
  'payment_intent_data', 'payment_intent_id', 'subtotal', 'discount_amount', 'status', 'account_id', 'partner_id', 'business_id',
  'created_at', 'updated_at', 'expires_at',
];

let sb: TestSandbox;
let fw: ReturnType<typeof forward>;

beforeEach(async () => {
  sb = await makeSandbox();
  fw = forward(sb, { account: DEMO_STORE });
});

const create = (body: Record<string, unknown> = BODY, headers?: Record<string, string>) => fw.call('POST', '/checkout_sessions', body, headers);
async function open(body: Record<string, unknown> = BODY): Promise<any> {
  const res = await create(body);
  expect(res.status).toBe(200);
  return res.body;
}
const session = (id: string) => fw.call('GET', `/checkout_sessions/${id}`);
const paySession = (id: string, pm = 'pm_card_visa') => fw.call('POST', `/checkout_sessions/${id}/payments`, { payment_method_id: pm });
const setClock = (offsetMs: number) => sb.json('PUT', '/__admin/clock', { now: at(offsetMs) });

describe('create', () => {
  it('returns every seed field, in the seed order, with an absolute url on the request host', async () => {
    const res = await create(
      { ...BODY, reference_id: 'order-42', user_fields: { cart: 'c-1' }, payment_method_types: ['card'], payment_intent_data: { amount: 9000, description: 'Beans' } },
      { host: 'sandbox.test:4100' },
    );
    expect(res.status).toBe(200);
    const cs = res.body;
    expect(Object.keys(cs)).toEqual(SEED_FIELDS);
    expect(cs.id).toMatch(/^cs_[0-9A-Za-z]{27}$/);
    expect(cs.payment_intent_id).toMatch(/^pi_[0-9A-Za-z]{27}$/);
    expect(cs).toEqual({
      id: cs.id,
      entity: 'checkout_session',
      url: `http://sandbox.test:4100${PAGE}/${cs.id}`,
      cancel_url: 'https://shop.example/cart',
      success_url: 'https://shop.example/thanks',
      customer_email: 'ada@example.com',
      reference_id: 'order-42',
      user_fields: { cart: 'c-1' },
      payment_method_types: ['card'],
      payment_intent_data: { amount: 9000, description: 'Beans', capture: true, currency: 'USD' },
      payment_intent_id: cs.payment_intent_id,
      subtotal: 10000,
      discount_amount: 1000,
      status: 'open',
      account_id: DEMO_STORE,
      partner_id: 'par_2SandboxDemoPartner00000000',
      business_id: 'bus_2SandboxDemoBusiness0000000',
      created_at: '2026-01-01T00:00:00.000Z',
      updated_at: '2026-01-01T00:00:00.000Z',
      expires_at: '2026-01-02T00:00:00.000Z',
    });
  });

  it('defaults optional fields to null and the payment method types to the intent\'s', async () => {
    const cs = await open();
    expect(cs.reference_id).toBeNull();
    expect(cs.user_fields).toBeNull();
    expect(cs.payment_method_types).toEqual(['card', 'bank']);
    expect((await open({ ...BODY, payment_intent_data: { amount: 9000, payment_method_types: ['bank'] } })).payment_method_types).toEqual(['bank']);
  });

  it('uses the host of a full request URL', async () => {
    const res = await sb.json('POST', 'http://127.0.0.1:4100/checkout_sessions', BODY, { 'x-api-key': 'k', 'x-account-id': DEMO_STORE });
    expect(res.body.url).toBe(`http://127.0.0.1:4100${PAGE}/${res.body.id}`);
  });

  it('creates its payment intent with the session\'s data, the link hidden from the wire', async () => {
    const cs = await open({ ...BODY, payment_method_types: ['card'], payment_intent_data: { amount: 9000, capture: false, reference_id: 'pi-ref' } });
    const intent = await fw.get(cs.payment_intent_id);
    expect(intent.status).toBe(200);
    expect(intent.body).toMatchObject({ id: cs.payment_intent_id, status: 'created', amount: 9000, capture: false, payment_method_types: ['card'], reference_id: 'pi-ref', account_id: DEMO_STORE });
    expect(intent.body).not.toHaveProperty('checkout_session_id');
    const stored = (await sb.json('GET', '/__admin/state')).body.forward.paymentIntents[cs.payment_intent_id];
    expect(stored.checkout_session_id).toBe(cs.id);
  });

  it('replays an idempotent create', async () => {
    const key = { 'x-idempotency-key': 'create-cs-0001' };
    const first = await create(BODY, key);
    const second = await create(BODY, key);
    expect(first.headers.get('x-idempotent-replayed')).toBeNull();
    expect(second.headers.get('x-idempotent-replayed')).toBe('true');
    expect(second.body).toEqual(first.body);
    expect((await fw.call('GET', '/checkout_sessions')).body.meta.total_count).toBe(1);
    expect((await create({ ...BODY, subtotal: 5 }, key)).status).toBe(409);
  });
});

describe('get and list', () => {
  it('gets a session by id', async () => {
    const cs = await open();
    const res = await session(cs.id);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ...cs, url: `http://localhost${PAGE}/${cs.id}` });
  });

  it('lists newest first and pages both directions', async () => {
    const [a, b, c] = [await open(), await open(), await open()];
    const ids = (res: { body: { data: { id: string }[] } }) => res.body.data.map((s) => s.id);
    const first = await fw.call('GET', '/checkout_sessions?limit=2');
    expect(ids(first)).toEqual([c.id, b.id]);
    expect(first.body.meta).toEqual({ has_more: true, total_count: 3, limit: 2 });
    const older = await fw.call('GET', `/checkout_sessions?limit=2&starting_after=${b.id}`);
    expect(ids(older)).toEqual([a.id]);
    expect(older.body.meta).toEqual({ has_more: false, total_count: 3, limit: 2 });
    const newer = await fw.call('GET', `/checkout_sessions?limit=1&ending_before=${a.id}`);
    expect(ids(newer)).toEqual([b.id]);
    expect(newer.body.meta).toEqual({ has_more: true, total_count: 3, limit: 1 });
    const all = await fw.call('GET', '/checkout_sessions');
    expect(ids(all)).toEqual([c.id, b.id, a.id]);
    expect(all.body.data[0]).toEqual({ ...c, url: `http://localhost${PAGE}/${c.id}` });
  });

  it('lists only the account\'s sessions and rejects a bad cursor', async () => {
    await open();
    const other = forward(sb);
    expect((await other.call('GET', '/checkout_sessions')).body).toEqual({ data: [], meta: { has_more: false, total_count: 0, limit: 10 } });
    const bad = await fw.call('GET', '/checkout_sessions?starting_after=cs_nope&limit=51');
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('WRONG_ARGUMENTS');
    expect(Object.keys(bad.body.argument_errors)).toEqual(['limit']);
  });
});

describe('details', () => {
  const BRANDING = {
    business_name: 'Sandbox Demo Coffee Co.',
    logo_url: 'https://example.com/sandbox-demo-logo.png',
    primary_color: '#6B3E26',
    secondary_color: '#FFFFFF',
    support_email: 'support@sandbox-demo.example',
  };

  it('returns the session with its account\'s branding, with or without x-account-id', async () => {
    const cs = await open();
    const withAccount = await fw.call('GET', `/checkout_sessions/${cs.id}/details`);
    expect(withAccount.status).toBe(200);
    expect(withAccount.body).toEqual({ checkout_session: { ...cs, url: `http://localhost${PAGE}/${cs.id}` }, branding: BRANDING });
    const anonymous = await forward(sb, { account: null }).call('GET', `/checkout_sessions/${cs.id}/details`);
    expect(anonymous.status).toBe(200);
    expect(anonymous.body).toEqual(withAccount.body);
  });

  it('404s for an unknown id and for another account\'s session', async () => {
    const cs = await open();
    expect((await forward(sb, { account: null }).call('GET', '/checkout_sessions/cs_unknown/details')).status).toBe(404);
    const other = await forward(sb).call('GET', `/checkout_sessions/${cs.id}/details`);
    expect(other.status).toBe(404);
    expect(other.body).toEqual({ type: 'not_found_error', code: 'NOT_FOUND', message: `No checkout_session ${cs.id} in this account` });
  });
});

describe('transitions', () => {
  const reach = {
    open: async () => open(),
    completed: async () => {
      const cs = await open();
      expect((await paySession(cs.id)).body.status).toBe('captured');
      return cs;
    },
    expired: async () => {
      const cs = await open();
      expect((await fw.call('POST', `/checkout_sessions/${cs.id}/expire`)).body.status).toBe('expired');
      return cs;
    },
  };
  const act = {
    complete: (id: string) => fw.call('POST', `/checkout_sessions/${id}/complete`),
    expire: (id: string) => fw.call('POST', `/checkout_sessions/${id}/expire`),
    pay: (id: string) => paySession(id),
  };
  // [from, action, HTTP status, resulting session status or error code]
  const rows: [keyof typeof reach, keyof typeof act, number, string][] = [
    ['open', 'complete', 400, 'CHECKOUT_SESSION_NOT_PAID'],
    ['open', 'expire', 200, 'expired'],
    ['open', 'pay', 200, 'completed'],
    ['completed', 'complete', 400, 'CHECKOUT_SESSION_NOT_OPEN'],
    ['completed', 'expire', 400, 'CHECKOUT_SESSION_NOT_OPEN'],
    ['completed', 'pay', 400, 'CHECKOUT_SESSION_NOT_OPEN'],
    ['expired', 'complete', 400, 'CHECKOUT_SESSION_NOT_OPEN'],
    ['expired', 'expire', 400, 'CHECKOUT_SESSION_NOT_OPEN'],
    ['expired', 'pay', 400, 'CHECKOUT_SESSION_NOT_OPEN'],
  ];

  it.each(rows)('%s + %s → %i %s', async (from, action, status, outcome) => {
    const cs = await reach[from]();
    const res = await act[action](cs.id);
    expect(res.status).toBe(status);
    if (status === 200) expect((await session(cs.id)).body.status).toBe(outcome);
    else {
      expect(res.body.code).toBe(outcome);
      expect(res.body.type).toBe('invalid_request_error');
      expect((await session(cs.id)).body.status).toBe(from);
    }
  });

  it('names the state in the refusal', async () => {
    const cs = await reach.expired();
    expect((await act.complete(cs.id)).body).toEqual({ type: 'invalid_request_error', code: 'CHECKOUT_SESSION_NOT_OPEN', message: 'Cannot complete a checkout session with status expired' });
  });
});

describe('payments', () => {
  it('an approved payment completes the session', async () => {
    const cs = await open();
    await setClock(HOUR);
    const res = await paySession(cs.id);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ entity: 'payment', status: 'captured', amount: 9000, amount_captured: 9000, payment_intent_id: cs.payment_intent_id, payment_method_id: 'pm_card_visa' });
    expect(res.body).not.toHaveProperty('checkout_session_id');
    const after = (await session(cs.id)).body;
    expect(after).toMatchObject({ status: 'completed', updated_at: at(HOUR), expires_at: at(DAY) });
    expect((await fw.get(cs.payment_intent_id)).body).toMatchObject({ status: 'captured', latest_payment: { id: res.body.id } });
  });

  it('a declined payment leaves the session open for another attempt', async () => {
    const cs = await open();
    const declined = await paySession(cs.id, 'pm_card_declined');
    expect(declined.status).toBe(200);
    expect(declined.body).toMatchObject({ status: 'failed', auth_response_text: 'Declined', amount_captured: 0 });
    expect((await session(cs.id)).body.status).toBe('open');
    expect((await fw.get(cs.payment_intent_id)).body.status).toBe('failed');
    const approved = await paySession(cs.id);
    expect(approved.body.status).toBe('captured');
    expect((await session(cs.id)).body.status).toBe('completed');
  });

  it('an authorization (capture: false) completes the session too', async () => {
    const cs = await open({ ...BODY, payment_intent_data: { amount: 9000, capture: false } });
    expect((await paySession(cs.id)).body.status).toBe('uncaptured');
    expect((await session(cs.id)).body.status).toBe('completed');
  });

  it('rejects a payment method type the session does not accept, leaving it open', async () => {
    const cs = await open({ ...BODY, payment_method_types: ['bank'] });
    const res = await paySession(cs.id);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('PAYMENT_METHOD_TYPE_NOT_ALLOWED');
    expect((await session(cs.id)).body.status).toBe('open');
  });

  it('complete needs a payment; paying the intent directly is enough', async () => {
    const cs = await open();
    const unpaid = await fw.call('POST', `/checkout_sessions/${cs.id}/complete`);
    expect(unpaid.status).toBe(400);
    expect(unpaid.body).toMatchObject({ type: 'invalid_request_error', code: 'CHECKOUT_SESSION_NOT_PAID' });
    expect((await fw.pay(cs.payment_intent_id, 'pm_card_visa')).body.status).toBe('captured');
    expect((await session(cs.id)).body.status).toBe('open');
    await setClock(2 * HOUR);
    const done = await fw.call('POST', `/checkout_sessions/${cs.id}/complete`, undefined, { 'x-idempotency-key': 'complete-0001' });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ id: cs.id, status: 'completed', updated_at: at(2 * HOUR) });
  });
});

describe('expiry', () => {
  it('expires 24 hours after creation, on read after the clock is set', async () => {
    const cs = await open();
    await setClock(DAY - 1);
    expect((await session(cs.id)).body.status).toBe('open');
    await setClock(DAY);
    const res = await session(cs.id);
    expect(res.body).toMatchObject({ status: 'expired', updated_at: at(DAY), expires_at: at(DAY) });
    expect((await fw.get(cs.payment_intent_id)).body).toMatchObject({ status: 'cancelled', cancellation_reason: 'abandoned', cancelled_at: at(DAY) });
  });

  it('expires on POST /__admin/clock/advance, before any API call', async () => {
    const cs = await open();
    const advanced = await sb.json('POST', '/__admin/clock/advance', { seconds: 24 * 60 * 60 });
    expect(advanced.body.transitions.forward).toBe(1);
    const stored = (await sb.json('GET', '/__admin/state')).body.forward;
    expect(stored.checkoutSessions[cs.id].status).toBe('expired');
    expect(stored.paymentIntents[cs.payment_intent_id].status).toBe('cancelled');
  });

  it('the expirations scenario makes a session expire after 60 seconds', async () => {
    const cs = (await create(BODY, { 'X-Sandbox-Scenario': 'expirations' })).body;
    expect(cs.expires_at).toBe(at(60_000));
    await sb.json('POST', '/__admin/clock/advance', { seconds: 59 });
    expect((await session(cs.id)).body.status).toBe('open');
    await sb.json('POST', '/__admin/clock/advance', { seconds: 1 });
    expect((await session(cs.id)).body).toMatchObject({ status: 'expired', updated_at: at(60_000) });
  });

  it('the expire endpoint cancels an unpaid or declined intent', async () => {
    for (const declineFirst of [false, true]) {
      const cs = await open();
      if (declineFirst) await paySession(cs.id, 'pm_card_declined');
      const res = await fw.call('POST', `/checkout_sessions/${cs.id}/expire`, undefined, { 'x-idempotency-key': `expire-${cs.id}` });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'expired', updated_at: at(0) });
      expect((await fw.get(cs.payment_intent_id)).body).toMatchObject({ status: 'cancelled', cancellation_reason: 'abandoned' });
    }
  });

  it('expiring leaves an intent that was already paid alone', async () => {
    const cs = await open();
    await fw.pay(cs.payment_intent_id, 'pm_card_visa');
    await setClock(DAY);
    expect((await session(cs.id)).body.status).toBe('expired');
    expect((await fw.get(cs.payment_intent_id)).body.status).toBe('captured');
  });

  it('a completed session does not expire', async () => {
    const cs = await open();
    await paySession(cs.id);
    await setClock(2 * DAY);
    expect((await session(cs.id)).body).toMatchObject({ status: 'completed', updated_at: at(0) });
  });

  it('pending expiries survive a state export and import', async () => {
    const cs = await open();
    const doc = (await sb.json('GET', '/__admin/state')).body;
    expect((await sb.json('PUT', '/__admin/state', doc)).status).toBe(200);
    const advanced = await sb.json('POST', '/__admin/clock/advance', { seconds: 24 * 60 * 60 });
    expect(advanced.body.transitions.forward).toBe(1);
    expect((await session(cs.id)).body.status).toBe('expired');
  });
});

describe('hosted page', () => {
  it('serves HTML with the branding, amount and status, without an API key', async () => {
    const cs = await open();
    const res = await sb.call('GET', `${PAGE}/${cs.id}`, undefined, { host: 'sandbox.test:4100' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toContain('<h1>Sandbox Demo Coffee Co.</h1>');
    expect(html).toContain('<p class="amount" data-amount="9000">$90.00</p>');
    expect(html).toContain('<span class="status" id="status">open</span>');
    expect(html).toContain(`curl -X POST http://sandbox.test:4100/checkout_sessions/${cs.id}/payments`);
  });

  it('shows an expired session as expired', async () => {
    const cs = await open();
    await sb.json('PUT', '/__admin/clock', { now: at(DAY) });
    expect(await (await sb.call('GET', `${PAGE}/${cs.id}`)).text()).toContain('<span class="status" id="status">expired</span>');
  });

  it('404s in HTML for an unknown id', async () => {
    const res = await sb.call('GET', `${PAGE}/cs_unknown`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await res.text()).toContain('No checkout session <code>cs_unknown</code>');
  });
});

describe('errors', () => {
  it('401 without x-api-key', async () => {
    const res = await forward(sb, { apiKey: null }).call('GET', '/checkout_sessions');
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ type: 'authentication_error', code: 'UNAUTHORIZED' });
  });

  it('400 WRONG_ARGUMENTS without x-account-id', async () => {
    const res = await forward(sb, { account: null }).call('POST', '/checkout_sessions', BODY);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'WRONG_ARGUMENTS', argument_errors: { 'x-account-id': 'is required' } });
  });

  const { cancel_url: _cancel, ...withoutCancel } = BODY;
  const bad: [string, Record<string, unknown>, Record<string, string>][] = [
    ['missing cancel_url', withoutCancel, { cancel_url: 'is required' }],
    ['unknown field', { ...BODY, colour: 'red' }, { colour: 'should not exist' }],
    ['negative subtotal', { ...BODY, subtotal: -1 }, { subtotal: 'must be at least 0' }],
    ['discount over subtotal', { ...BODY, discount_amount: 10001 }, { discount_amount: 'must not be more than subtotal' }],
    ['bad method type', { ...BODY, payment_method_types: ['cash'] }, { 'payment_method_types[0]': 'must be one of card, bank' }],
    ['bad email', { ...BODY, customer_email: 'not-an-email' }, { customer_email: 'has an invalid format' }],
    ['bad intent data', { ...BODY, payment_intent_data: { amount: 1.5, currency: 'EUR' } }, { 'payment_intent_data.amount': 'must be an integer', 'payment_intent_data.currency': 'must be USD' }],
  ];
  it.each(bad)('400 WRONG_ARGUMENTS for %s', async (_name, body, argumentErrors) => {
    const res = await create(body);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('WRONG_ARGUMENTS');
    expect(res.body.argument_errors).toEqual(argumentErrors);
    expect((await fw.call('GET', '/checkout_sessions')).body.meta.total_count).toBe(0);
  });

  it('400 for a session payment without payment_method_id and for a body on expire', async () => {
    const cs = await open();
    expect((await fw.call('POST', `/checkout_sessions/${cs.id}/payments`, {})).body.argument_errors).toEqual({ payment_method_id: 'is required' });
    expect((await fw.call('POST', `/checkout_sessions/${cs.id}/expire`, { reason: 'x' })).body.argument_errors).toEqual({ reason: 'should not exist' });
    expect((await session(cs.id)).body.status).toBe('open');
  });

  it('404 for another account\'s session on every operation', async () => {
    const cs = await open();
    const other = forward(sb, { account: ACCOUNT });
    const calls = [
      other.call('GET', `/checkout_sessions/${cs.id}`),
      other.call('POST', `/checkout_sessions/${cs.id}/complete`),
      other.call('POST', `/checkout_sessions/${cs.id}/expire`),
      other.call('POST', `/checkout_sessions/${cs.id}/payments`, { payment_method_id: 'pm_card_visa' }),
    ];
    for (const res of await Promise.all(calls)) {
      expect(res.status).toBe(404);
      expect(res.body).toEqual({ type: 'not_found_error', code: 'NOT_FOUND', message: `No checkout_session ${cs.id} in this account` });
    }
    expect((await session(cs.id)).body.status).toBe('open');
  });
});
