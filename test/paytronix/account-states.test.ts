/**
 * Account-state matrix: every Paytronix endpoint that takes a `printedCardNumber`, called with each
 * fixture printed card (data/seed/paytronix.json, 6000100000000001 … 0008), a malformed card and an
 * unknown merchant. Each call is otherwise valid for its endpoint, so the answer is decided by the
 * account's state alone. The expected outcome of every cell is written out below: a change in
 * behaviour fails a row. A refused call must leave the `paytronix` namespace untouched.
 *
 * Fixture cards (merchant 10001, every program enabled):
 *   0001 active · 0002 email not verified · 0003 no email · 0004 card not active ·
 *   0005 account not active · 0006 no stored-value wallet · 0007 recharge prevented ·
 *   0008 expired saved card (SC8H2K4M6P, last four 1111, 12/2024; the clock is 2026-01-01).
 */
import { describe, expect, it } from 'vitest';
import { ADDRESS, CARD, MERCHANT, VISA, paytronix } from '../helpers/paytronix.js';
import { makeSandbox, type TestSandbox } from '../helpers/sandbox.js';

const LABELS = ['0001', '0002', '0003', '0004', '0005', '0006', '0007', '0008', 'malformed', 'unknownMerchant'] as const;
type Label = (typeof LABELS)[number];

/** The card and merchant each label calls with. */
const TARGET: Record<Label, { card: string; merchantId: number }> = {
  '0001': { card: CARD.active, merchantId: MERCHANT },
  '0002': { card: CARD.emailNotVerified, merchantId: MERCHANT },
  '0003': { card: CARD.noEmail, merchantId: MERCHANT },
  '0004': { card: CARD.cardNotActive, merchantId: MERCHANT },
  '0005': { card: CARD.accountNotActive, merchantId: MERCHANT },
  '0006': { card: CARD.noWallet, merchantId: MERCHANT },
  '0007': { card: CARD.rechargePrevented, merchantId: MERCHANT },
  '0008': { card: CARD.expiredSavedCard, merchantId: MERCHANT },
  malformed: { card: '60001', merchantId: MERCHANT },
  unknownMerchant: { card: CARD.active, merchantId: 99999 },
};

/** The fixture's expired saved card (on 0008 only). */
const SAVED_CC = { paymentMethodType: 'SAVED_CC', savedCardCode: 'SC8H2K4M6P', lastFour: '1111' };
/** A saved Spreedly token no fixture account has (editPaymentMethodUsages takes only tokens). */
const SAVED_TOKEN = { paymentMethodType: 'SAVED_SPREEDLY_TOKEN', savedCardCode: 'Ab3dE5gH7j', tokenLastFour: '9Xyz' };

type Call = { verb: 'post' | 'get' | 'delete'; params: Record<string, unknown> };

/** An otherwise valid request for each endpoint. */
const REQUEST = {
  recharge: () => ({ verb: 'post', params: { amount: '25.00', paymentMethod: VISA, address: ADDRESS } }),
  autoRechargeEnable: () => ({ verb: 'post', params: { amount: '25.00', threshold: '10.00', paymentMethod: { ...VISA, saveCard: true }, address: ADDRESS } }),
  autoRechargeDisable: () => ({ verb: 'post', params: { deleteSavedCard: true } }),
  savedCreditCard: () => ({ verb: 'delete', params: { savedCardCode: SAVED_CC.savedCardCode, lastFour: SAVED_CC.lastFour } }),
  savedCard: () => ({ verb: 'get', params: {} }),
  autoRechargeStatus: () => ({ verb: 'get', params: {} }),
  rechargeHistory: () => ({ verb: 'get', params: {} }),
  enableAutoRechargeMonitoring: () => ({ verb: 'post', params: { amount: '25.00', threshold: '10.00' } }),
  disableAutoRechargeMonitoring: () => ({ verb: 'post', params: {} }),
  addPaymentMethod: () => ({ verb: 'post', params: { paymentMethod: { ...VISA, address: ADDRESS }, defaultUsages: [] } }),
  editPaymentMethodUsages: () => ({ verb: 'post', params: { paymentMethod: SAVED_TOKEN, defaultUsages: ['MOBILE_PAYMENT_DEFAULT'] } }),
  // paytronix().delete JSON-encodes object parameters: paymentMethod goes as a JSON string.
  deletePaymentMethod: () => ({ verb: 'delete', params: { paymentMethod: SAVED_CC } }),
  savedPaymentMethod: () => ({ verb: 'get', params: { usage: 'AUTO_RECHARGE' } }),
  savedPaymentMethods: () => ({ verb: 'get', params: {} }),
} satisfies Record<string, () => Call>;
type Endpoint = keyof typeof REQUEST;

const OK = 'success';

/**
 * THE MATRIX: endpoint → card label → the `errorCode` answered, or `success`.
 * Columns: 0001 0002 0003 0004 0005 0006 0007 0008 malformed unknownMerchant.
 */
const MATRIX: Record<Endpoint, Record<Label, string>> = {
  recharge: {
    '0001': OK,
    '0002': 'recharge.email_not_verified',
    '0003': 'recharge.no_email_address',
    '0004': 'recharge.card_not_active',
    '0005': 'recharge.account_not_active',
    '0006': 'recharge.no_sv_wallet_attached',
    '0007': 'recharge.recharge_prevent',
    '0008': OK,
    malformed: 'recharge.invalid_card_number',
    unknownMerchant: 'recharge.invalid_merchant_id',
  },
  autoRechargeEnable: {
    '0001': OK,
    '0002': 'recharge.email_not_verified',
    '0003': 'recharge.no_email_address',
    '0004': 'recharge.card_not_active',
    '0005': 'recharge.account_not_active',
    '0006': 'recharge.no_sv_wallet_attached',
    '0007': 'recharge.recharge_prevent',
    '0008': OK,
    malformed: 'recharge.invalid_card_number',
    unknownMerchant: 'recharge.invalid_merchant_id',
  },
  autoRechargeDisable: {
    '0001': 'auto_recharge_disable.not_enrolled',
    '0002': 'auto_recharge_disable.not_enrolled',
    '0003': 'auto_recharge_disable.not_enrolled',
    '0004': 'auto_recharge_disable.card_not_active',
    '0005': 'auto_recharge_disable.account_not_active',
    '0006': 'auto_recharge_disable.not_enrolled',
    '0007': 'auto_recharge_disable.not_enrolled',
    '0008': 'auto_recharge_disable.not_enrolled',
    malformed: 'auto_recharge_disable.invalid_card_number',
    unknownMerchant: 'auto_recharge_disable.invalid_merchant_id',
  },
  savedCreditCard: {
    '0001': 'delete_saved_card.saved_card_not_found',
    '0002': 'delete_saved_card.saved_card_not_found',
    '0003': 'delete_saved_card.saved_card_not_found',
    '0004': 'delete_saved_card.card_not_active',
    '0005': 'delete_saved_card.account_not_active',
    '0006': 'delete_saved_card.saved_card_not_found',
    '0007': 'delete_saved_card.saved_card_not_found',
    '0008': OK,
    malformed: 'delete_saved_card.invalid_printed_card_number',
    unknownMerchant: 'delete_saved_card.invalid_merchant_id',
  },
  savedCard: {
    '0001': 'saved_card.no_saved_card',
    '0002': 'saved_card.no_saved_card',
    '0003': 'saved_card.no_saved_card',
    '0004': 'saved_card.card_not_active',
    '0005': 'saved_card.account_not_active',
    '0006': 'saved_card.no_saved_card',
    '0007': 'saved_card.no_saved_card',
    '0008': 'saved_card.saved_card_expired',
    malformed: 'saved_card.invalid_card_number',
    unknownMerchant: 'saved_card.invalid_merchant_id',
  },
  autoRechargeStatus: {
    '0001': OK,
    '0002': OK,
    '0003': OK,
    '0004': 'recharge.card_not_active',
    '0005': 'recharge.account_not_active',
    '0006': OK,
    '0007': OK,
    '0008': OK,
    malformed: 'recharge.invalid_card_number',
    unknownMerchant: 'recharge.invalid_merchant_id',
  },
  rechargeHistory: {
    '0001': OK,
    '0002': OK,
    '0003': OK,
    '0004': 'recharge_history.card_not_active',
    '0005': 'recharge_history.account_not_active',
    '0006': OK,
    '0007': OK,
    '0008': OK,
    malformed: 'recharge_history.invalid_card_number',
    unknownMerchant: 'recharge_history.invalid_merchant_id',
  },
  enableAutoRechargeMonitoring: {
    '0001': OK,
    '0002': OK,
    '0003': OK,
    '0004': 'auto_recharge_enable_monitoring.card_not_active',
    '0005': 'auto_recharge_enable_monitoring.account_not_active',
    '0006': 'auto_recharge_enable_monitoring.no_sv_wallet_attached',
    '0007': 'auto_recharge_enable_monitoring.account_disabled_by_csr',
    '0008': OK,
    malformed: 'auto_recharge_enable_monitoring.invalid_printed_card_number',
    unknownMerchant: 'auto_recharge_enable_monitoring.invalid_merchant_id',
  },
  disableAutoRechargeMonitoring: {
    '0001': 'auto_recharge_enable_monitoring.not_monitored',
    '0002': 'auto_recharge_enable_monitoring.not_monitored',
    '0003': 'auto_recharge_enable_monitoring.not_monitored',
    '0004': 'auto_recharge_enable_monitoring.card_not_active',
    '0005': 'auto_recharge_enable_monitoring.account_not_active',
    '0006': 'auto_recharge_enable_monitoring.not_monitored',
    '0007': 'auto_recharge_enable_monitoring.not_monitored',
    '0008': 'auto_recharge_enable_monitoring.not_monitored',
    malformed: 'auto_recharge_enable_monitoring.invalid_printed_card_number',
    unknownMerchant: 'auto_recharge_enable_monitoring.invalid_merchant_id',
  },
  addPaymentMethod: {
    '0001': OK,
    '0002': OK,
    '0003': OK,
    '0004': 'payment_method.card_not_active',
    '0005': 'payment_method.account_not_active',
    '0006': OK,
    '0007': OK,
    '0008': OK,
    malformed: 'payment_method.invalid_card_number',
    unknownMerchant: 'payment_method.invalid_merchant_id',
  },
  editPaymentMethodUsages: {
    '0001': 'payment_method.payment_method_not_found',
    '0002': 'payment_method.payment_method_not_found',
    '0003': 'payment_method.payment_method_not_found',
    '0004': 'payment_method.card_not_active',
    '0005': 'payment_method.account_not_active',
    '0006': 'payment_method.payment_method_not_found',
    '0007': 'payment_method.payment_method_not_found',
    '0008': 'payment_method.payment_method_not_found',
    malformed: 'payment_method.invalid_card_number',
    unknownMerchant: 'payment_method.invalid_merchant_id',
  },
  deletePaymentMethod: {
    '0001': 'delete_payment_method.payment_method_not_found',
    '0002': 'delete_payment_method.payment_method_not_found',
    '0003': 'delete_payment_method.payment_method_not_found',
    '0004': 'delete_payment_method.card_not_active',
    '0005': 'delete_payment_method.account_not_active',
    '0006': 'delete_payment_method.payment_method_not_found',
    '0007': 'delete_payment_method.payment_method_not_found',
    '0008': OK,
    malformed: 'delete_payment_method.invalid_card_number',
    unknownMerchant: 'delete_payment_method.invalid_merchant_id',
  },
  savedPaymentMethod: {
    '0001': 'saved_payment_method.not_found',
    '0002': 'saved_payment_method.not_found',
    '0003': 'saved_payment_method.not_found',
    '0004': 'saved_payment_method.card_not_active',
    '0005': 'saved_payment_method.account_not_active',
    '0006': 'saved_payment_method.not_found',
    '0007': 'saved_payment_method.not_found',
    '0008': 'saved_payment_method.not_found',
    malformed: 'saved_payment_method.invalid_card_number',
    unknownMerchant: 'saved_payment_method.invalid_merchant_id',
  },
  savedPaymentMethods: {
    '0001': OK,
    '0002': OK,
    '0003': OK,
    '0004': 'saved_payment_methods.card_not_active',
    '0005': 'saved_payment_methods.account_not_active',
    '0006': OK,
    '0007': OK,
    '0008': OK,
    malformed: 'saved_payment_methods.invalid_card_number',
    unknownMerchant: 'saved_payment_methods.invalid_merchant_id',
  },
};

const EXPIRED_SAVED_CARD = {
  type: 'SAVED_CC',
  cardType: 'VISA',
  cardholderName: 'Expired Guest',
  lastFour: '1111',
  expirationMonth: 12,
  expirationYear: 2024,
  savedCardCode: 'SC8H2K4M6P',
  isAutoRechargeDefault: false,
  isPayByMobileDefault: false,
};
const charged = (lastFour: string) => ({
  result: 'success',
  chargeResponse: { amount: '25.00', paymentMethodType: 'CC', cardType: 'VISA', lastFour, transactionState: 'Succeeded', processorResponseCode: 0 },
});

/** The success body each endpoint answers (matched with toMatchObject; arrays match exactly). */
const SUCCESS: Record<Endpoint, (label: Label) => Record<string, unknown>> = {
  recharge: () => charged('1111'),
  autoRechargeEnable: () => charged('1111'),
  autoRechargeDisable: () => ({ result: 'success' }),
  savedCreditCard: () => ({ result: 'success' }),
  savedCard: () => ({ result: 'success' }),
  // The seed's AutoRechargeStatusResponse has no `result` field.
  autoRechargeStatus: () => ({ enrolled: false }),
  rechargeHistory: () => ({ result: 'success', history: [] }),
  enableAutoRechargeMonitoring: () => ({ result: 'success' }),
  disableAutoRechargeMonitoring: () => ({ result: 'success' }),
  addPaymentMethod: () => ({ result: 'success' }),
  editPaymentMethodUsages: () => ({ result: 'success' }),
  deletePaymentMethod: () => ({ result: 'success' }),
  savedPaymentMethod: () => ({ result: 'success' }),
  savedPaymentMethods: (label) => ({ result: 'success', paymentMethods: label === '0008' ? [EXPIRED_SAVED_CARD] : [] }),
};

/** Endpoints whose success changes the account (every other success, and every refusal, changes nothing). */
const WRITES: ReadonlySet<Endpoint> = new Set<Endpoint>(['recharge', 'autoRechargeEnable', 'savedCreditCard', 'enableAutoRechargeMonitoring', 'addPaymentMethod', 'deletePaymentMethod']);

const namespace = (s: TestSandbox) => JSON.stringify(s.platform.deps.db.data.paytronix);

async function call(s: TestSandbox, endpoint: Endpoint, label: Label) {
  const { card, merchantId } = TARGET[label];
  const { verb, params } = REQUEST[endpoint]() as Call;
  return paytronix(s)[verb](endpoint, { merchantId, printedCardNumber: card, ...params });
}

const ROWS = (Object.keys(MATRIX) as Endpoint[]).flatMap((endpoint) => LABELS.map((label) => [endpoint, label, MATRIX[endpoint][label]] as const));

describe('paytronix: account states × endpoints taking a printedCardNumber', () => {
  it('the matrix covers every endpoint and every label', () => {
    expect(ROWS).toHaveLength(14 * 10);
    for (const endpoint of Object.keys(MATRIX) as Endpoint[]) expect(Object.keys(MATRIX[endpoint]).sort()).toEqual([...LABELS].sort());
  });

  it.each(ROWS)('%s × %s → %s', async (endpoint, label, expected) => {
    const s = await makeSandbox();
    const before = namespace(s);
    const res = await call(s, endpoint, label);
    expect(res.status).toBe(200);
    if (expected === OK) {
      expect(res.body).toMatchObject(SUCCESS[endpoint](label));
      if (endpoint === 'autoRechargeStatus') expect(res.body).toEqual({ enrolled: false });
      // the probe sees writes: a write succeeded, so the namespace moved; a read left it alone
      if (WRITES.has(endpoint)) expect(namespace(s)).not.toBe(before);
      else expect(namespace(s)).toBe(before);
    } else {
      expect(res.body).toMatchObject({ result: 'failure', errorCode: expected });
      expect(res.body.errorMessage).toEqual(expect.any(String));
      // a refused call changes nothing
      expect(namespace(s)).toBe(before);
    }
  });
});
