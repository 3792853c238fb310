import { describe, expect, it } from 'vitest';
import { makeSandbox } from '../helpers/sandbox.js';
import { DEMO_INSTRUMENT, DEMO_STRIPE, DEMO_TENANT, socotra, STRIPE_TEST } from '../helpers/socotra.js';

const ALL = ['payment-providers.list', 'payment-providers.read', 'payment-providers.write', 'financial-instruments.read', 'financial-instruments.write'];

/** Each operation, its permission, and a call that succeeds with enough grants (on the fixture tenant). */
const OPERATIONS = [
  ['fetchPaymentProviderConfigurations', 'payment-providers.list', (c: ReturnType<typeof socotra>) => c.list()],
  ['fetchPaymentProviderConfiguration', 'payment-providers.read', (c: ReturnType<typeof socotra>) => c.get(DEMO_STRIPE)],
  ['addPaymentProviderConfiguration', 'payment-providers.write', (c: ReturnType<typeof socotra>) => c.add(STRIPE_TEST)],
  ['updatePaymentProviderConfiguration', 'payment-providers.write', (c: ReturnType<typeof socotra>) => c.update(DEMO_STRIPE, STRIPE_TEST)],
  ['inactivatePaymentProviderConfiguration', 'payment-providers.write', (c: ReturnType<typeof socotra>) => c.inactivate(DEMO_STRIPE)],
  ['fetchPaymentExecutionConfigurationForFinancialInstrument', 'financial-instruments.read', (c: ReturnType<typeof socotra>) => c.getInstrument(DEMO_INSTRUMENT)],
  [
    'addPaymentExecutionConfigurationForFinancialInstrument',
    'financial-instruments.write',
    (c: ReturnType<typeof socotra>) => c.addInstrument('01JP0000000000000000000ABC', { paymentProviderLocator: DEMO_STRIPE, offlinePaymentToken: 'tok' }),
  ],
  [
    'updatePaymentExecutionConfigurationForFinancialInstrument',
    'financial-instruments.write',
    (c: ReturnType<typeof socotra>) => c.updateInstrument(DEMO_INSTRUMENT, { paymentProviderLocator: DEMO_STRIPE, offlinePaymentToken: 'tok' }),
  ],
] as const;

const TOKENS = [
  ['an ordinary token (grants everything)', () => 'eyJhbGciOiJIUzI1NiJ9.e30.sig', true],
  ['a personal access token', () => 'SOCP_01JG8XQ6N4R2B7V5C3M9K1T0WZ', true],
  ['sandbox: exactly the permission', (needed: string) => `sandbox:${needed}`, true],
  ['sandbox: every permission', () => `sandbox:${ALL.join(',')}`, true],
  ['sandbox: every other permission', (needed: string) => `sandbox:${ALL.filter((p) => p !== needed).join(',')}`, false],
  ['sandbox: nothing', () => 'sandbox:', false],
] as const;

describe('Socotra token grants × operation', () => {
  for (const [operation, needed, run] of OPERATIONS) {
    it.each(TOKENS)(`${operation} with %s`, async (_name, token, allowed) => {
      const s = await makeSandbox();
      const res = await run(socotra(s, { tenant: DEMO_TENANT, token: token(needed) }));
      if (allowed) {
        expect(res.status).toBe(200);
      } else {
        expect(res.status).toBe(403);
        expect(res.body).toMatchObject({
          httpStatus: 403,
          httpErrorCode: 403,
          apiErrorCode: 'forbidden',
          message: `The token does not grant ${needed}, which ${operation} requires`,
          fieldErrors: [],
        });
      }
    });
  }
});

describe('Socotra authentication', () => {
  it.each([
    ['no Authorization header', {}],
    ['an empty bearer token', { authorization: 'Bearer ' }],
    ['another scheme', { authorization: 'Basic dXNlcjpwYXNz' }],
  ])('401 with %s, in the exception body', async (_name, headers) => {
    const s = await makeSandbox();
    const res = await socotra(s, { token: null, tenant: DEMO_TENANT, headers }).list();
    expect(res.status).toBe(401);
    expect(res.body).toEqual({
      httpStatus: 401,
      httpErrorCode: 401,
      apiErrorCode: 'unauthorized',
      message: 'Authentication required: send Authorization: Bearer <token>',
      fieldErrors: [],
      requestMethod: 'GET',
      requestUri: `/payment-execution/${DEMO_TENANT}/paymentProviders/list`,
      referenceId: res.headers.get('request-id'),
    });
  });

  it('401 for a malformed sandbox token, naming the bad grant', async () => {
    const s = await makeSandbox();
    const res = await socotra(s, { token: 'sandbox:payment-providers.read,payments.write' }).list();
    expect(res.status).toBe(401);
    expect(res.body.message).toBe('Malformed sandbox token: "payments.write" is not <payment-providers|financial-instruments>.<list|read|write>');
  });

  it('checks the token before the input: 401 and 403 come before 400', async () => {
    const s = await makeSandbox();
    expect((await socotra(s, { token: null, tenant: 'not-a-uuid' }).list()).status).toBe(401);
    expect((await socotra(s, { token: 'sandbox:', tenant: 'not-a-uuid' }).add({})).status).toBe(403);
    expect((await socotra(s, { tenant: 'not-a-uuid' }).list()).status).toBe(400);
  });
});
