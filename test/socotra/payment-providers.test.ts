import { describe, expect, it } from 'vitest';
import { ListPageResponsePaymentProvider, PaymentProvider } from '../../src/providers/socotra/payment-providers/payment-providers.schemas.js';
import { makeSandbox } from '../helpers/sandbox.js';
import { BRAINTREE, OTHER_TENANT, socotra, STRIPE_TEST, TENANT, UNKNOWN_LOCATOR } from '../helpers/socotra.js';

const ULID = /^[0-7][0-9A-HJKMNP-TV-Z]{25}$/;

describe('add and fetch', () => {
  it('creates a configuration (200) and answers only locator, state and provider', async () => {
    const s = await makeSandbox();
    const client = socotra(s);
    const added = await client.add(BRAINTREE);
    expect(added.status).toBe(200);
    expect(PaymentProvider.parse(added.body)).toEqual(added.body);
    expect(added.body).toEqual({ locator: expect.stringMatching(ULID), paymentProviderState: 'active', paymentServiceProvider: 'braintreeSandbox' });
    const fetched = await client.get(added.body.locator);
    expect(fetched).toMatchObject({ status: 200, body: added.body });
    expect((await client.get(added.body.locator.toLowerCase())).body).toEqual(added.body);
  });

  it.each([
    ['an unknown locator', UNKNOWN_LOCATOR, 404, 'not_found', `Payment provider configuration ${UNKNOWN_LOCATOR} was not found`],
    ['a malformed locator', 'provider-1', 400, 'validation_error', 'Invalid request: locator must be a ULID (26 characters of Crockford base32)'],
  ])('fetching %s → %d', async (_name, locator, status, code, message) => {
    const s = await makeSandbox();
    const res = await socotra(s).get(locator);
    expect(res.status).toBe(status);
    expect(res.body).toMatchObject({ httpStatus: status, apiErrorCode: code, message, requestMethod: 'GET', requestUri: `/payment-execution/${TENANT}/paymentProviders/${locator}` });
  });

  it('400 for a tenantLocator that is not a UUID', async () => {
    const s = await makeSandbox();
    const res = await socotra(s, { tenant: 'tenant-1' }).add();
    expect(res.status).toBe(400);
    expect(res.body.fieldErrors).toEqual([{ fieldName: 'tenantLocator', code: 'INVALID_VALUE', message: 'must be a UUID' }]);
  });
});

describe('request bodies by paymentServiceProvider', () => {
  const { secretKey: _s, ...stripeWithoutKey } = STRIPE_TEST;
  const { privateKey: _p, ...braintreeWithoutPrivateKey } = BRAINTREE;
  it.each([
    ['no paymentServiceProvider', { paymentProviderState: 'active', secretKey: 'sk_test_x' }, [['paymentServiceProvider', 'MISSING', 'is required (one of braintree, braintreeSandbox, stripe, stripeTest)']]],
    ['an unknown paymentServiceProvider', { ...STRIPE_TEST, paymentServiceProvider: 'adyen' }, [['paymentServiceProvider', 'INVALID_VALUE', 'must be one of braintree, braintreeSandbox, stripe, stripeTest']]],
    ['stripe without secretKey', stripeWithoutKey, [['secretKey', 'MISSING', 'is required']]],
    ['braintree without privateKey', braintreeWithoutPrivateKey, [['privateKey', 'MISSING', 'is required']]],
    ['braintree with Stripe fields', { ...STRIPE_TEST, paymentServiceProvider: 'braintree' }, [['merchantId', 'MISSING', 'is required'], ['privateKey', 'MISSING', 'is required'], ['publicKey', 'MISSING', 'is required']]],
    ['a numeric secretKey', { ...STRIPE_TEST, secretKey: 42 }, [['secretKey', 'INVALID_TYPE', 'must be a string']]],
    ['an empty merchantId', { ...BRAINTREE, merchantId: '' }, [['merchantId', 'INVALID_VALUE', 'must not be empty']]],
    ['an unknown state', { ...STRIPE_TEST, paymentProviderState: 'paused' }, [['paymentProviderState', 'INVALID_VALUE', 'must be one of active, inactive']]],
    ['no state', { ...STRIPE_TEST, paymentProviderState: undefined }, [['paymentProviderState', 'MISSING', 'is required']]],
  ])('400 naming the field: %s (nothing stored)', async (_name, body, fields) => {
    const s = await makeSandbox();
    const client = socotra(s);
    const res = await client.add(body);
    expect(res.status).toBe(400);
    expect(res.body.apiErrorCode).toBe('validation_error');
    expect(res.body.fieldErrors).toEqual(fields.map(([fieldName, code, message]) => ({ fieldName, code, message })));
    expect((await client.list()).body.items).toEqual([]);
  });

  it.each([
    ['stripeTest', 'sk_test_abc', 200],
    ['stripe', 'sk_live_abc', 200],
    ['stripeTest', 'sk_live_abc', 400],
    ['stripe', 'sk_test_abc', 400],
    ['stripeTest', 'not-a-key', 400],
  ])('a %s secretKey %s → %d (swapped test and live keys are caught)', async (psp, secretKey, status) => {
    const s = await makeSandbox();
    const res = await socotra(s).add({ paymentProviderState: 'active', paymentServiceProvider: psp, secretKey });
    expect(res.status).toBe(status);
    if (status === 400) {
      const prefix = psp === 'stripe' ? 'sk_live_' : 'sk_test_';
      expect(res.body).toMatchObject({
        apiErrorCode: 'invalid_secret_key',
        fieldErrors: [{ fieldName: 'secretKey', code: 'INVALID_VALUE', message: `secretKey is not a Stripe ${prefix}… key, which ${psp} requires` }],
      });
    }
  });

  it('rejects a bad body with 400 before checking that the provider exists', async () => {
    const s = await makeSandbox();
    expect((await socotra(s).update(UNKNOWN_LOCATOR, {})).status).toBe(400);
    expect((await socotra(s).update(UNKNOWN_LOCATOR, STRIPE_TEST)).status).toBe(404);
  });
});

describe('update and inactivate', () => {
  it('update replaces the whole configuration, including the provider', async () => {
    const s = await makeSandbox();
    const client = socotra(s);
    const { locator } = (await client.add(STRIPE_TEST)).body;
    const res = await client.update(locator, { ...BRAINTREE, paymentServiceProvider: 'braintree' });
    expect(res).toMatchObject({ status: 200, body: { locator, paymentProviderState: 'active', paymentServiceProvider: 'braintree' } });
    expect((await client.get(locator)).body.paymentServiceProvider).toBe('braintree');
    const stored = (s.platform.deps.db.data.socotra as { paymentProviders: Record<string, { credentials: object }> }).paymentProviders[locator]!;
    expect(Object.keys(stored.credentials).sort()).toEqual(['merchantId', 'privateKey', 'publicKey']);
  });

  it('inactivate sets inactive (and again is harmless); update with active reactivates', async () => {
    const s = await makeSandbox();
    const client = socotra(s);
    const { locator } = (await client.add(STRIPE_TEST)).body;
    expect((await client.inactivate(locator)).body).toEqual({ locator, paymentProviderState: 'inactive', paymentServiceProvider: 'stripeTest' });
    expect((await client.inactivate(locator)).body.paymentProviderState).toBe('inactive');
    expect((await client.get(locator)).body.paymentProviderState).toBe('inactive');
    expect((await client.update(locator, STRIPE_TEST)).body.paymentProviderState).toBe('active');
    expect((await client.update(locator, { ...STRIPE_TEST, paymentProviderState: 'inactive' })).body.paymentProviderState).toBe('inactive');
  });

  it('404 for an unknown locator', async () => {
    const s = await makeSandbox();
    expect((await socotra(s).inactivate(UNKNOWN_LOCATOR)).status).toBe(404);
  });
});

describe('list', () => {
  async function seeded() {
    const s = await makeSandbox();
    const client = socotra(s);
    const locators: string[] = [];
    for (const body of [STRIPE_TEST, BRAINTREE, STRIPE_TEST, { ...BRAINTREE, paymentServiceProvider: 'braintree' }, STRIPE_TEST]) {
      locators.push((await client.add(body)).body.locator);
    }
    return { client, locators };
  }
  const locatorsOf = (res: { body: { items: { locator: string }[] } }) => res.body.items.map((p) => p.locator);

  it.each([
    ['', [0, 1, 2, 3, 4], true],
    ['?count=2', [0, 1], false],
    ['?offset=2&count=2', [2, 3], false],
    ['?offset=4&count=2', [4], true],
    ['?offset=3&count=2', [3, 4], true],
    ['?offset=9', [], true],
    ['?paymentServiceProvider=stripeTest', [0, 2, 4], true],
    ['?paymentServiceProvider=stripeTest&offset=1&count=1', [2], false],
    ['?paymentServiceProvider=stripeTest&offset=2&count=1', [4], true],
    ['?paymentServiceProvider=braintree', [3], true],
    ['?paymentServiceProvider=stripe', [], true],
  ] as const)('GET list%s pages in creation order, listCompleted exactly at the end', async (query, expected, completed) => {
    const { client, locators } = await seeded();
    const res = await client.list(query);
    expect(ListPageResponsePaymentProvider.parse(res.body)).toEqual(res.body);
    expect(locatorsOf(res)).toEqual(expected.map((i) => locators[i]));
    expect(res.body.listCompleted).toBe(completed);
  });

  it('a client paging until listCompleted sees every provider once', async () => {
    const { client, locators } = await seeded();
    const seen: string[] = [];
    for (let offset = 0, done = false; !done; offset += 2) {
      const page = await client.list(`?offset=${offset}&count=2`);
      seen.push(...locatorsOf(page));
      done = page.body.listCompleted;
    }
    expect(seen).toEqual(locators);
  });

  it.each([
    ['?count=0', 'count', 'must be at least 1'],
    ['?count=1001', 'count', 'must be at most 1000'],
    ['?offset=-1', 'offset', 'must be at least 0'],
    ['?offset=two', 'offset', 'must be a number'],
    ['?paymentServiceProvider=adyen', 'paymentServiceProvider', 'must be one of braintree, braintreeSandbox, stripe, stripeTest'],
  ])('400 for %s', async (query, fieldName, message) => {
    const s = await makeSandbox();
    const res = await socotra(s).list(query);
    expect(res.status).toBe(400);
    expect(res.body.fieldErrors).toMatchObject([{ fieldName, message }]);
  });

  it('accepts count=1000', async () => {
    const s = await makeSandbox();
    expect((await socotra(s).list('?count=1000')).status).toBe(200);
  });
});

describe('tenants', () => {
  it('keep their data apart', async () => {
    const s = await makeSandbox();
    const a = socotra(s, { tenant: TENANT });
    const b = socotra(s, { tenant: OTHER_TENANT });
    const { locator } = (await a.add(STRIPE_TEST)).body;
    expect((await b.get(locator)).status).toBe(404);
    expect((await b.update(locator, STRIPE_TEST)).status).toBe(404);
    expect((await b.inactivate(locator)).status).toBe(404);
    expect((await b.list()).body).toEqual({ listCompleted: true, items: [] });
    expect((await b.addInstrument('01JP0000000000000000000001', { paymentProviderLocator: locator, offlinePaymentToken: 't' })).status).toBe(404);
    expect((await a.get(locator)).body.paymentProviderState).toBe('active');
  });
});
