import { describe, expect, it } from 'vitest';
import { ANONYMOUS, MERCHANT, NO_AUTO_RECHARGE_MERCHANT, OAUTH, paytronix } from '../helpers/paytronix.js';
import { makeSandbox } from '../helpers/sandbox.js';

const CONFIG = {
  autoRechargeEnabled: true,
  autoRechargeThreshold: '10.00',
  rechargeMinAmount: '10.00',
  rechargeMaxAmount: '500.00',
  cardTypes: [
    { code: 'VISA', label: 'Visa' },
    { code: 'MASTERCARD', label: 'MasterCard' },
    { code: 'AMEX', label: 'American Express' },
    { code: 'DISCOVER', label: 'Discover' },
  ],
  oneTimeRechargeEnabled: true,
  isThresholdPerAccount: true,
  ccProcessorType: { autoRecharge: 'PAYFLOW', egift: 'PAYFLOW', webCardSales: 'PAYFLOW', loyaltyCardSales: 'PAYFLOW', subscriptions: 'SPREEDLY', mobilePayment: 'SPREEDLY' },
};

describe('paytronix: paymentConfig', () => {
  it.each([
    ['b2b', undefined],
    ['oauth', OAUTH],
    ['anonymous', ANONYMOUS],
  ])('returns merchant 10001 program 1 with %s authentication', async (_style, auth) => {
    const s = await makeSandbox();
    const res = await paytronix(s, { auth }).get('paymentConfig', { merchantId: MERCHANT, cardTemplateCode: 1 });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ result: 'success', config: CONFIG });
  });

  it('merchant 10002 has auto-recharge disabled', async () => {
    const s = await makeSandbox();
    const res = await paytronix(s).get('paymentConfig', { merchantId: NO_AUTO_RECHARGE_MERCHANT, cardTemplateCode: 1 });
    expect(res.body.config).toMatchObject({ autoRechargeEnabled: false, isThresholdPerAccount: false });
  });

  it.each([
    [{ merchantId: 99999, cardTemplateCode: 1 }, 'payment_config.invalid_merchant_id', 'Invalid merchant ID'],
    [{ merchantId: MERCHANT, cardTemplateCode: 0 }, 'payment_config.invalid_card_template_code', 'Invalid cardTemplateCode'],
    [{ merchantId: MERCHANT, cardTemplateCode: 7 }, 'payment_config.not_configured', 'Recharge is not configured for this combination of merchantId and cardTemplateCode'],
  ])('%j → %s', async (query, errorCode, errorMessage) => {
    const s = await makeSandbox();
    const res = await paytronix(s).get('paymentConfig', query);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ result: 'failure', errorCode, errorMessage });
  });

  it.each([
    [{ cardTemplateCode: 1 }, { merchantId: ['null_field'] }],
    [{ merchantId: 'abc', cardTemplateCode: 1 }, { merchantId: ['invalid_non_integral'] }],
    [{ merchantId: '10001.5', cardTemplateCode: '' }, { merchantId: ['invalid_non_integral'], cardTemplateCode: ['null_field'] }],
  ])('invalid query %j → invalidInputs %j', async (query, errorsByField) => {
    const s = await makeSandbox();
    const res = await paytronix(s).get('paymentConfig', query);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ result: 'invalidInputs', errorCode: 'enrollment_input.validation_error', errorMessage: 'Validation error for input fields', errorsByField });
  });
});
