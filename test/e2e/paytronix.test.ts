/** Paytronix through the built server on a file database: no card number, CVV, token or password on disk or in the journal. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ADDRESS, BASIC, B2B } from '../helpers/paytronix.js';
import { start, type Running } from '../helpers/server.js';
import { tempDir } from '../helpers/tmp.js';

const running: Running[] = [];
afterEach(async () => {
  for (const server of running.splice(0)) if (server.proc.exitCode === null && server.proc.signalCode === null) await server.stop('SIGKILL');
});

const CARD = '6000100000000777';
const SECRETS = ['4111111111111111', '5555555555554444', '378282246310005', '"987"', '"654"', 'tok_E2eSecretToken9Xyz', 'b2b-password'];

describe('Paytronix through the built server', () => {
  it('recharges, enrolls, auto-recharges on the clock, pays a hosted checkout and keeps only last fours on disk and in the journal', async () => {
    const dir = tempDir('sandbox-e2e-paytronix-');
    const env = { SANDBOX_DB: join(dir, 'db.json'), SANDBOX_CLOCK: '2026-01-01T00:00:00Z' };
    const server = await start(env);
    running.push(server);
    const url = (name: string) => `${server.url}/rest/25.33/payment/${name}.json`;
    const post = async (name: string, body: object) =>
      (await (await fetch(url(name), { method: 'POST', headers: { 'content-type': 'application/json', authorization: BASIC }, body: JSON.stringify({ ...B2B, ...body }) })).json()) as any;
    const admin = async (path: string, body: object) => (await fetch(`${server.url}/__admin${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })).json() as any;
    const card = (cardNumber: string, cardType: string, cardSecurityCode: string) => ({ paymentMethodType: 'CC', cardType, cardholderName: 'E2E Guest', cardNumber, expirationMonth: 4, expirationYear: 2031, cardSecurityCode, saveCard: true });

    expect((await post('recharge', { merchantId: 10001, printedCardNumber: CARD, amount: '25.00', paymentMethod: card('4111111111111111', 'VISA', '987'), address: ADDRESS })).result).toBe('success');
    const token = await post('addPaymentMethod', { merchantId: 10001, printedCardNumber: CARD, paymentMethod: { paymentMethodType: 'SPREEDLY_TOKEN', token: 'tok_E2eSecretToken9Xyz', nickname: 'Phone' }, defaultUsages: ['MOBILE_PAYMENT_DEFAULT'] });
    expect(token).toEqual({ result: 'success' });
    const enrolled = await post('autoRechargeEnable', { merchantId: 10001, printedCardNumber: CARD, amount: '20.00', paymentMethod: card('5555555555554444', 'MASTERCARD', '654'), address: ADDRESS });
    expect(enrolled.chargeResponse).toMatchObject({ lastFour: '4444', transactionState: 'Succeeded' });
    expect(await admin(`/paytronix/cards/${CARD}/spend`, { amount: '40.00' })).toEqual({ printedCardNumber: CARD, balance: '5.00' });
    await admin('/clock/advance', { seconds: 60 });

    const session = await post('createCheckoutSession', { merchantId: 10001, ccProcessorId: 1, cancelUrl: 'http://127.0.0.1/c', successUrl: 'http://127.0.0.1/s', lineItems: { amount: '12.00', description: 'egift', quantity: 1 } });
    expect(session.checkoutSession.redirectUrl).toBe(`${server.url}/__sandbox/paytronix/checkout/${session.checkoutSession.id}`);
    const paid = await admin(`/paytronix/checkout-sessions/${session.checkoutSession.id}/pay`, { cardNumber: '378282246310005' });
    expect(paid.paymentIntent.status).toBe('REQUIRES_CAPTURE');
    const captured = await post('capturePaymentIntent', { merchantId: 10001, ccProcessorId: 1, paymentIntentId: session.checkoutSession.paymentIntent.id });
    expect(captured.paymentIntent).toMatchObject({ status: 'SUCCEEDED', chargeInfo: { lastFour: '0005', cardType: 'AMEX' } });

    const history = (await (await fetch(`${url('rechargeHistory')}?${new URLSearchParams({ ...B2B, merchantId: '10001', printedCardNumber: CARD })}`, { headers: { authorization: BASIC } })).json()) as any;
    expect(history.history.map((h: any) => [h.amount, h.lastFour, h.transactionState, h.transactionDatetime])).toEqual([
      ['20.00', '4444', 'Succeeded', '2025-12-31 19:01:00 -0500'],
      ['20.00', '4444', 'Succeeded', '2025-12-31 19:00:00 -0500'],
      ['25.00', '1111', 'Succeeded', '2025-12-31 19:00:00 -0500'],
    ]);
    const journal = await (await fetch(`${server.url}/__admin/requests?provider=paytronix&limit=100`)).text();
    expect(journal).toContain('recharge.json');
    for (const secret of SECRETS) expect(journal).not.toContain(secret);

    await server.stop('SIGTERM');
    const onDisk = readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
    expect(onDisk).toContain('"lastFour":"1111"');
    expect(onDisk).toContain('"tokenLastFour":"9Xyz"');
    for (const secret of SECRETS) expect(onDisk).not.toContain(secret);

    const again = await start(env);
    running.push(again);
    const status = (await (await fetch(`${again.url}/rest/25.33/payment/autoRechargeStatus.json?${new URLSearchParams({ ...B2B, merchantId: '10001', printedCardNumber: CARD })}`, { headers: { authorization: BASIC } })).json()) as any;
    expect(status).toMatchObject({ enrolled: true, amount: '20.00', threshold: '10.00', savedCard: { lastFour: '4444', isAutoRechargeDefault: true } });
  });
});
