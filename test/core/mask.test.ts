import { describe, expect, it } from 'vitest';
import { luhnValid, maskHeaders, maskText, maskValue, REDACTED } from '../../src/core/mask.js';

describe('masking', () => {
  it.each([
    ['4242424242424242', '************4242'],
    ['card 4242 4242 4242 4242 ok', 'card ************4242 ok'],
    ['5555-5555-5555-4444', '************4444'],
    ['378282246310005', '***********0005'],
    ['order 1234567890123 is not a card', 'order 1234567890123 is not a card'],
    ['bcc76295-4e47-4cf1-a7cb-afae00bd1c35', 'bcc76295-4e47-4cf1-a7cb-afae00bd1c35'],
  ])('maskText(%s)', (text, masked) => expect(maskText(text)).toBe(masked));

  it('checks Luhn', () => {
    expect(luhnValid('4242424242424242')).toBe(true);
    expect(luhnValid('4242424242424241')).toBe(false);
  });

  it('masks card numbers, security codes, credentials and write-only fields in a JSON body', () => {
    const body = {
      ClientToken: 'E0D439EE522F44368DC78E1BFB03710C-D24FB11DBE31D4621C4817E028D9E1D',
      AccessToken: 'short',
      Client: 'My client 1.0',
      card: { number: '4111 1111 1111 1111', cvv: '123', exp_month: 12, cardNumberNumeric: 4242424242424242 },
      payments: [{ note: 'paid with 4000000000000002' }],
      secretKey: 'sk_test_abcdefghijklmnopqrstuvwxyz',
      merchantId: 'm-123',
      amount: 100000000000,
    };
    expect(maskValue(body, { redactKeys: ['merchantId'] })).toEqual({
      ClientToken: '****9E1D',
      AccessToken: '****',
      Client: 'My client 1.0',
      card: { number: '************1111', cvv: '***', exp_month: 12, cardNumberNumeric: '************4242' },
      payments: [{ note: 'paid with ************0002' }],
      secretKey: '****wxyz',
      merchantId: REDACTED,
      amount: 100000000000,
    });
  });

  it('masks credential headers', () => {
    const headers = new Headers({ authorization: 'Bearer abcdefghijklmnopqrstuvwxyz', 'x-api-key': 'key_123456789012345678', accept: 'application/json' });
    expect(maskHeaders(headers)).toEqual({ authorization: '****wxyz', 'x-api-key': '****5678', accept: 'application/json' });
  });
});
