import { describe, expect, it } from 'vitest';
import { FinancialInstrumentConfigurationResponse } from '../../src/providers/socotra/financial-instruments/financial-instruments.schemas.js';
import { makeSandbox } from '../helpers/sandbox.js';
import { BRAINTREE, INSTRUMENT, socotra, STRIPE_TEST, TENANT, UNKNOWN_LOCATOR } from '../helpers/socotra.js';

async function withProvider() {
  const s = await makeSandbox();
  const client = socotra(s);
  const provider = (await client.add(STRIPE_TEST)).body.locator as string;
  return { s, client, provider };
}

describe('financial instrument configurations', () => {
  it('add answers paymentInstrumentLocator = the path locator, never the offline token', async () => {
    const { client, provider } = await withProvider();
    const res = await client.addInstrument(INSTRUMENT.toLowerCase(), { paymentProviderLocator: provider, offlinePaymentToken: 'tok_OFFLINE_secret_99', externalAccountNumber: 'cus_123' });
    expect(res.status).toBe(200);
    expect(FinancialInstrumentConfigurationResponse.parse(res.body)).toEqual(res.body);
    expect(res.body).toEqual({ paymentInstrumentLocator: INSTRUMENT, paymentProviderLocator: provider, externalAccountNumber: 'cus_123' });
    expect((await client.getInstrument(INSTRUMENT)).body).toEqual(res.body);
  });

  it('omits externalAccountNumber when none was given', async () => {
    const { client, provider } = await withProvider();
    const res = await client.addInstrument(INSTRUMENT, { paymentProviderLocator: provider, offlinePaymentToken: 't' });
    expect(res.body).toEqual({ paymentInstrumentLocator: INSTRUMENT, paymentProviderLocator: provider });
  });

  it('a second add for the same locator is 409 and changes nothing', async () => {
    const { client, provider } = await withProvider();
    const other = (await client.add(BRAINTREE)).body.locator;
    await client.addInstrument(INSTRUMENT, { paymentProviderLocator: provider, offlinePaymentToken: 't' });
    const again = await client.addInstrument(INSTRUMENT, { paymentProviderLocator: other, offlinePaymentToken: 't' });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ httpStatus: 409, apiErrorCode: 'conflict', message: `Financial instrument ${INSTRUMENT} already has a payment execution configuration; update it instead` });
    expect((await client.getInstrument(INSTRUMENT)).body.paymentProviderLocator).toBe(provider);
  });

  it('the provider must exist in the tenant (404) and be active (400)', async () => {
    const { client, provider } = await withProvider();
    const missing = await client.addInstrument(INSTRUMENT, { paymentProviderLocator: UNKNOWN_LOCATOR, offlinePaymentToken: 't' });
    expect(missing.status).toBe(404);
    expect(missing.body.message).toBe(`Payment provider configuration ${UNKNOWN_LOCATOR} was not found`);
    await client.inactivate(provider);
    const inactive = await client.addInstrument(INSTRUMENT, { paymentProviderLocator: provider, offlinePaymentToken: 't' });
    expect(inactive.status).toBe(400);
    expect(inactive.body).toMatchObject({
      apiErrorCode: 'payment_provider_inactive',
      fieldErrors: [{ fieldName: 'paymentProviderLocator', code: 'INVALID_VALUE', message: `Payment provider configuration ${provider} is inactive` }],
    });
    expect((await client.getInstrument(INSTRUMENT)).status).toBe(404);
  });

  it('get is 404 when the instrument has no configuration', async () => {
    const s = await makeSandbox();
    const res = await socotra(s).getInstrument(INSTRUMENT);
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({
      apiErrorCode: 'not_found',
      message: `Payment execution configuration for financial instrument ${INSTRUMENT} was not found`,
      requestUri: `/payment-execution/${TENANT}/financialInstruments/${INSTRUMENT}`,
    });
  });

  it('update replaces the configuration; an instrument without one is 404', async () => {
    const { client, provider } = await withProvider();
    const other = (await client.add(BRAINTREE)).body.locator;
    expect((await client.updateInstrument(INSTRUMENT, { paymentProviderLocator: provider, offlinePaymentToken: 't' })).status).toBe(404);
    await client.addInstrument(INSTRUMENT, { paymentProviderLocator: provider, offlinePaymentToken: 't', externalAccountNumber: 'cus_1' });
    const res = await client.updateInstrument(INSTRUMENT, { paymentProviderLocator: other, offlinePaymentToken: 't2' });
    expect(res.body).toEqual({ paymentInstrumentLocator: INSTRUMENT, paymentProviderLocator: other });
    expect((await client.getInstrument(INSTRUMENT)).body).toEqual(res.body);
  });

  it.each([
    ['no offlinePaymentToken', { paymentProviderLocator: UNKNOWN_LOCATOR }, 'offlinePaymentToken', 'MISSING'],
    ['no paymentProviderLocator', { offlinePaymentToken: 't' }, 'paymentProviderLocator', 'MISSING'],
    ['a malformed paymentProviderLocator', { paymentProviderLocator: 'p1', offlinePaymentToken: 't' }, 'paymentProviderLocator', 'INVALID_VALUE'],
    ['a numeric externalAccountNumber', { paymentProviderLocator: UNKNOWN_LOCATOR, offlinePaymentToken: 't', externalAccountNumber: 5 }, 'externalAccountNumber', 'INVALID_TYPE'],
  ])('400 for %s', async (_name, body, fieldName, code) => {
    const s = await makeSandbox();
    const res = await socotra(s).addInstrument(INSTRUMENT, body);
    expect(res.status).toBe(400);
    expect(res.body.fieldErrors).toMatchObject([{ fieldName, code }]);
  });

  it('400 for a malformed instrument locator', async () => {
    const s = await makeSandbox();
    const res = await socotra(s).getInstrument('instrument-1');
    expect(res.status).toBe(400);
    expect(res.body.fieldErrors).toMatchObject([{ fieldName: 'financialInstrumentLocator', code: 'INVALID_VALUE' }]);
  });
});
