import { describe, expect, it } from 'vitest';
import { ANONYMOUS, B2B, BASIC, MERCHANT, OAUTH, paytronix } from '../helpers/paytronix.js';
import { makeSandbox } from '../helpers/sandbox.js';

const CONFIG_QUERY = { merchantId: MERCHANT, cardTemplateCode: 1 };

describe('paytronix: transport', () => {
  it.each([
    ['no header', null],
    ['a bearer token', 'Bearer abc'],
    ['Basic without a secret', `Basic ${Buffer.from('id:').toString('base64')}`],
    ['Basic without a colon', `Basic ${Buffer.from('idsecret').toString('base64')}`],
  ])('401 with %s', async (_label, basic) => {
    const s = await makeSandbox();
    const res = await paytronix(s, { basic }).get('paymentConfig', CONFIG_QUERY);
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Basic realm="Paytronix"');
    expect(res.body).toEqual({
      result: 'failure',
      errorCode: 'authentication.basic_auth_required',
      errorMessage: "HTTP Basic authentication with the integration's identifier and secret is required",
    });
  });

  it.each(['25.33', '1.0', '26.01'])('serves release %s', async (release) => {
    const s = await makeSandbox();
    expect((await paytronix(s, { release }).get('paymentConfig', CONFIG_QUERY)).body.result).toBe('success');
  });

  it.each(['v1', '25', '25.33.1', 'latest'])('404 for release %s', async (release) => {
    const s = await makeSandbox();
    const res = await paytronix(s, { release }).get('paymentConfig', CONFIG_QUERY);
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ result: 'failure', errorCode: 'request.not_found' });
  });

  it('404 for an endpoint not served and for the wrong method', async () => {
    const s = await makeSandbox();
    expect((await s.json('GET', '/rest/25.33/payment/noSuchThing.json', undefined, { authorization: BASIC })).status).toBe(404);
    expect((await s.json('POST', '/rest/25.33/payment/paymentConfig.json', { ...B2B }, { authorization: BASIC })).status).toBe(404);
  });

  it.each([
    ['no authentication', {}, 'authentication.invalid_type', 'authentication must be one of b2b, oauth, anonymous'],
    ['an unknown style', { authentication: 'apikey' }, 'authentication.invalid_type', 'authentication must be one of b2b, oauth, anonymous'],
    ['b2b without a password', { authentication: 'b2b', username: 'u' }, 'authentication.missing_credentials', 'Authentication style b2b requires password'],
    ['oauth without credentials', { authentication: 'oauth' }, 'authentication.missing_credentials', 'Authentication style oauth requires access_token and client_id'],
  ])('failure with %s', async (_label, auth, errorCode, errorMessage) => {
    const s = await makeSandbox();
    const res = await paytronix(s, { auth }).get('paymentConfig', CONFIG_QUERY);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ result: 'failure', errorCode, errorMessage });
  });

  it('accepts b2b, oauth and anonymous on paymentConfig', async () => {
    const s = await makeSandbox();
    for (const auth of [B2B, OAUTH, ANONYMOUS]) expect((await paytronix(s, { auth }).get('paymentConfig', CONFIG_QUERY)).body.result).toBe('success');
  });

  it('an unknown scenario header is a 400 failure', async () => {
    const s = await makeSandbox();
    const res = await paytronix(s, { headers: { 'x-sandbox-scenario': 'nope' } }).get('paymentConfig', CONFIG_QUERY);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ result: 'failure', errorCode: 'sandbox.unknown_scenario' });
  });
});
