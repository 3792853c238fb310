/**
 * The one charge flow recharge and autoRechargeEnable share (and the clock's auto-recharge records
 * with): the seed's checks in order (fields, merchant, card, account, wallet, email, recharge
 * allowed, program, amount bounds, payment method and card type), then authorization, the history
 * entry, the stored-value adjustment and the method saved. A declined attempt changes no balance and
 * saves nothing but is kept in the history as `Failed`.
 */
import type { Deps } from '../../../core/provider.js';
import type { Scenario } from '../../../core/scenarios/loader.js';
import { codesFor, requireAccount } from '../accounts.js';
import { balanceChanged } from '../auto-recharge/low-balance.js';
import type { StoredAccount, StoredAddress, StoredCharge, StoredMerchant, StoredPaymentMethod, StoredProgram } from '../common.schemas.js';
import { InvalidInputsError, PaytronixFailure, type FieldCode } from '../errors.js';
import { money, paytronixDate, toCents } from '../format.js';
import type { PaytronixStore } from '../store.js';
import { addMethod, replaceSavedCard } from '../wallet.js';
import { resolvePaymentMethod, type CardUsed } from './payment-method.js';
import { authorize, expiredDecline } from './processor.js';
import type { ChargeResponse, RechargePaymentMethod } from './recharge.schemas.js';

export type ChargeOperation = 'recharge' | 'autoRechargeEnable';

export interface ChargeInput {
  merchantId: number;
  printedCardNumber: string;
  amount: number | string;
  paymentMethod: RechargePaymentMethod;
  address?: StoredAddress;
}

export interface PreparedCharge {
  merchant: StoredMerchant;
  program: StoredProgram;
  account: StoredAccount;
  cents: number;
  card: CardUsed;
}

/** Record one charge on the account: a history entry; when approved, the balance (and what follows it). */
export function recordCharge(deps: Deps, account: StoredAccount, merchantId: number, card: CardUsed, cents: number, approved: boolean, atMs: number): StoredCharge {
  const ref = deps.random.base62('paytronix.processorReference', 12).toUpperCase();
  const auth = approved ? deps.random.base62('paytronix.authCode', 6).replace(/[^0-9]/g, (ch) => String(ch.charCodeAt(0) % 10)) : '';
  const charge: StoredCharge = {
    atMs,
    merchantId,
    transactionState: approved ? 'Succeeded' : 'Failed',
    processorResponseCode: approved ? 0 : 12,
    processorResponseMessage: approved ? 'Approved' : 'Declined',
    processorReferenceNumber: ref,
    authCode: auth,
    amountCents: cents,
    paymentMethodType: card.paymentMethodType,
    cardType: card.cardType,
    lastFour: card.lastFour,
    expDate: card.expDate,
  };
  account.history.push(charge);
  if (approved) {
    account.balanceCents += cents;
    balanceChanged(account, atMs);
  }
  return charge;
}

/** The seed's ChargeResponse (brand and expiry only when known: not for a Spreedly token). */
export function toChargeResponse(charge: StoredCharge, card: CardUsed, timeZone: string): ChargeResponse {
  const { atMs, merchantId: _m, amountCents, cardType, expDate, paymentMethodType, ...wire } = charge;
  return {
    ...wire,
    amount: money(amountCents),
    paymentMethodType: paymentMethodType as ChargeResponse['paymentMethodType'],
    ...(cardType ? { cardType } : {}),
    ...(expDate ? { expDate } : {}),
    ...(card.nickname !== undefined ? { paymentMethodNickname: card.nickname } : {}),
    processorAuthCode: charge.authCode,
    transactionDatetime: paytronixDate(atMs, timeZone),
  };
}

export class ChargeFlow {
  constructor(
    private readonly deps: Deps,
    private readonly store: PaytronixStore,
  ) {}

  /** Every check before the card is charged, in the seed's order; `fieldErrors` join the field checks. */
  prepare(input: ChargeInput, operation: ChargeOperation, scenario: Scenario, fieldErrors: Record<string, FieldCode[]> = {}): PreparedCharge {
    this.checkInputs(input, fieldErrors);
    const { merchant, account } = requireAccount(this.store, input.merchantId, input.printedCardNumber, codesFor('recharge'));
    if (!account.svWalletAttached) throw new PaytronixFailure('recharge.no_sv_wallet_attached');
    if (account.email === null) throw new PaytronixFailure('recharge.no_email_address');
    if (!account.emailVerified) throw new PaytronixFailure('recharge.email_not_verified');
    if (account.rechargePrevented) throw new PaytronixFailure('recharge.recharge_prevent');
    const program = merchant.programs[String(account.cardTemplateCode)];
    if (!program) throw new PaytronixFailure('recharge.not_configured');
    if (operation === 'recharge' && !program.oneTimeRechargeEnabled) throw new PaytronixFailure('recharge.not_configured');
    if (operation === 'autoRechargeEnable' && !program.autoRechargeEnabled) throw new PaytronixFailure('recharge.auto_recharge_not_enabled');
    const cents = toCents(input.amount)!;
    if (cents < program.minCents) throw new PaytronixFailure('recharge.amount_below_minimum');
    if (cents > program.maxCents) throw new PaytronixFailure('recharge.amount_above_maximum');
    const card = resolvePaymentMethod(input.paymentMethod, account, {
      deps: this.deps,
      scenario,
      operation,
      cardTypes: program.cardTypes,
      ...(input.address ? { address: input.address } : {}),
      save: operation === 'autoRechargeEnable',
    });
    return { merchant, program, account, cents, card };
  }

  /**
   * Authorize and record. When approved: the balance, the method saved (a card becomes the account's
   * saved card), then `onApproved` with the code of the method used. Saves the account; throws the decline.
   */
  commit(p: PreparedCharge, scenario: Scenario, operation: ChargeOperation, onApproved?: (account: StoredAccount, savedCardCode: string | undefined) => void): ChargeResponse {
    const { account, card } = p;
    const decision = card.expired ? expiredDecline() : authorize(this.deps, scenario, operation, card.facts);
    const nowMs = this.deps.clock.nowMs();
    const charge = recordCharge(this.deps, account, p.merchant.merchantId, card, p.cents, decision.approved, nowMs);
    if (decision.approved) {
      let code = card.savedCardCode;
      if (card.toSave) {
        code = this.deps.random.base62('paytronix.savedCardCode', 10);
        const method = { ...card.toSave, savedCardCode: code, savedAtMs: nowMs } as StoredPaymentMethod;
        if (method.type === 'SAVED_CC') replaceSavedCard(account, method);
        else addMethod(account, method);
      }
      onApproved?.(account, code);
    }
    this.store.saveAccount(account);
    if (!decision.approved) throw new PaytronixFailure(decision.code!, decision.details);
    return toChargeResponse(charge, card, p.merchant.timeZone);
  }

  /** Field checks the schema cannot make: the address a CC needs, and an expiry in the past. */
  private checkInputs(input: ChargeInput, extra: Record<string, FieldCode[]>): void {
    const errors: Record<string, FieldCode[]> = { ...extra };
    const pm = input.paymentMethod;
    if (pm.paymentMethodType === 'CC') {
      if (!input.address) errors.address = ['null_field'];
      const now = this.deps.clock.now();
      const [year, month] = [now.getUTCFullYear(), now.getUTCMonth() + 1];
      if (pm.expirationYear < year || (pm.expirationYear === year && pm.expirationMonth < month)) errors['paymentMethod/expirationYear'] = ['invalid_date'];
    }
    if (Object.keys(errors).length > 0) throw new InvalidInputsError(errors);
  }
}
