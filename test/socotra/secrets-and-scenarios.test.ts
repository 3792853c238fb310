import { describe, expect, it } from 'vitest';
import { captureLogs, makeSandbox } from '../helpers/sandbox.js';
import { BRAINTREE, INSTRUMENT, socotra, STRIPE_TEST } from '../helpers/socotra.js';

const SECRETS = [STRIPE_TEST.secretKey, BRAINTREE.merchantId, BRAINTREE.privateKey, BRAINTREE.publicKey, 'tok_OFFLINE_secret_99'];

describe('write-only fields', () => {
  it('never appear in a response, the journal, the logs or the stored data', async () => {
    const logs = captureLogs();
    const s = await makeSandbox({}, logs.logger);
    const client = socotra(s);
    const bodies: unknown[] = [];
    const keep = (res: { body: unknown }) => (bodies.push(res.body), res);
    const stripe = keep(await client.add(STRIPE_TEST)).body as { locator: string };
    const braintree = keep(await client.add(BRAINTREE)).body as { locator: string };
    keep(await client.update(stripe.locator, STRIPE_TEST));
    keep(await client.update(braintree.locator, BRAINTREE));
    keep(await client.add({ ...STRIPE_TEST, paymentServiceProvider: 'stripe' })); // refused: sk_test_ for live
    keep(await client.get(stripe.locator));
    keep(await client.list());
    keep(await client.inactivate(braintree.locator));
    const instrument = { paymentProviderLocator: stripe.locator, offlinePaymentToken: 'tok_OFFLINE_secret_99', externalAccountNumber: 'cus_1' };
    keep(await client.addInstrument(INSTRUMENT, instrument));
    keep(await client.updateInstrument(INSTRUMENT, instrument));
    keep(await client.getInstrument(INSTRUMENT));
    keep(await client.addInstrument(INSTRUMENT, { ...instrument, paymentProviderLocator: braintree.locator })); // 409

    const journal = (await s.json('GET', '/__admin/requests?provider=socotra&limit=100')).body.requests;
    const state = (await s.json('GET', '/__admin/state')).body;
    expect(journal).toHaveLength(12);
    expect(journal[0].body).toMatchObject({ offlinePaymentToken: '[redacted]' });
    expect(journal.find((e: { method: string; body: { privateKey?: string } }) => e.body?.privateKey)?.body).toMatchObject({
      merchantId: '[redacted]',
      privateKey: '[redacted]',
      publicKey: '[redacted]',
    });
    expect(logs.lines.length).toBeGreaterThan(0); // the refused add and the 409 were logged
    for (const [where, value] of [['responses', bodies], ['journal', journal], ['state', state], ['logs', logs.lines]] as const) {
      const text = JSON.stringify(value);
      for (const secret of SECRETS) expect(text.includes(secret), `${secret} in ${where}`).toBe(false);
    }
    expect(state.socotra.paymentProviders[stripe.locator].credentials).toEqual({ secretKey: { last4: STRIPE_TEST.secretKey.slice(-4), length: STRIPE_TEST.secretKey.length } });
  });
});

describe('Socotra scenarios', () => {
  it('credentials-rejected: add and update fail with 400 invalid_credentials and store nothing', async () => {
    const s = await makeSandbox();
    const client = socotra(s);
    const { locator } = (await client.add(STRIPE_TEST)).body;
    await s.json('PUT', '/__admin/scenarios/socotra', { scenario: 'credentials-rejected' });
    const added = await client.add(BRAINTREE);
    expect(added.status).toBe(400);
    expect(added.body).toMatchObject({ httpStatus: 400, apiErrorCode: 'invalid_credentials', message: 'braintreeSandbox refused the credentials (invalid_credentials)', fieldErrors: [] });
    const updated = await client.update(locator, { ...STRIPE_TEST, paymentProviderState: 'inactive' });
    expect(updated.body.apiErrorCode).toBe('invalid_credentials');
    expect((await client.list()).body.items).toEqual([{ locator, paymentProviderState: 'active', paymentServiceProvider: 'stripeTest' }]);
    expect((await client.inactivate(locator)).status).toBe(200);
  });

  it('server-errors: every authorized call fails with 500 in the exception body', async () => {
    const s = await makeSandbox();
    const client = socotra(s, { headers: { 'X-Sandbox-Scenario': 'server-errors' } });
    for (const res of [await client.list(), await client.add(), await client.getInstrument(INSTRUMENT)]) {
      expect(res.status).toBe(500);
      expect(res.body).toMatchObject({ httpStatus: 500, httpErrorCode: 500, apiErrorCode: 'internal_error', message: 'Internal server error' });
    }
    expect((await socotra(s, { token: null, headers: { 'X-Sandbox-Scenario': 'server-errors' } }).list()).status).toBe(401);
  });

  it('an unknown X-Sandbox-Scenario is a 400 in the exception body', async () => {
    const s = await makeSandbox();
    const res = await socotra(s, { headers: { 'X-Sandbox-Scenario': 'nope' } }).list();
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ apiErrorCode: 'unknown_scenario', message: 'Unknown sandbox scenario "nope" for socotra; known: credentials-rejected, default, server-errors' });
  });

  it('unknown paths under /payment-execution are 404 in the exception body', async () => {
    const s = await makeSandbox();
    const res = await socotra(s).call('DELETE', '/paymentProviders/01JP0000000000000000000001');
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ httpStatus: 404, apiErrorCode: 'not_found', requestMethod: 'DELETE' });
  });
});

describe('Socotra on the platform', () => {
  it('documents all eight operations at /openapi/socotra.json, with the seed schema names', async () => {
    const s = await makeSandbox();
    const doc = (await s.json('GET', '/openapi/socotra.json')).body;
    const ops = Object.values(doc.paths as Record<string, Record<string, { operationId: string }>>).flatMap((m) => Object.values(m).map((o) => o.operationId));
    expect(ops.sort()).toEqual([
      'addPaymentExecutionConfigurationForFinancialInstrument',
      'addPaymentProviderConfiguration',
      'fetchPaymentExecutionConfigurationForFinancialInstrument',
      'fetchPaymentProviderConfiguration',
      'fetchPaymentProviderConfigurations',
      'inactivatePaymentProviderConfiguration',
      'updatePaymentExecutionConfigurationForFinancialInstrument',
      'updatePaymentProviderConfiguration',
    ]);
    for (const name of ['BraintreeConfigurationRequest', 'StripeConfigurationRequest', 'PaymentProvider', 'ListPageResponsePaymentProvider', 'FinancialInstrumentConfigurationRequest', 'FinancialInstrumentConfigurationResponse', 'ExceptionResponse']) {
      expect(doc.components.schemas).toHaveProperty(name);
    }
    expect(doc.components.schemas.StripeConfigurationRequest.properties.secretKey.writeOnly).toBe(true);
    expect(doc.components.securitySchemes).toEqual({ bearerAuth: { type: 'http', scheme: 'bearer' } });
  });

  it('reset clears what clients created and restores the fixtures', async () => {
    const s = await makeSandbox();
    const client = socotra(s);
    await client.add(STRIPE_TEST);
    await s.json('PUT', '/__admin/scenarios/socotra', { scenario: 'server-errors' });
    expect((await s.json('POST', '/__admin/reset', { provider: 'socotra' })).body.reset).toEqual(['socotra']);
    expect((await client.list()).body).toEqual({ listCompleted: true, items: [] });
    const scenarios = (await s.json('GET', '/__admin/scenarios')).body.socotra;
    expect(scenarios.active).toBe('default');
  });
});
