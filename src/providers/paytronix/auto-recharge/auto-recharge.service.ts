/**
 * autoRechargeEnable, autoRechargeDisable and autoRechargeStatus. Enabling is the recharge charge
 * flow (same checks, in order, plus the program's auto-recharge switch): the card is charged at once,
 * and only when that charge is approved is the account enrolled, with the method used saved as its
 * AUTO_RECHARGE default (a card also becomes the account's saved card). Enabling again re-enrolls:
 * a new charge, and the amount, threshold and method replace the previous ones.
 */
import type { Deps } from '../../../core/provider.js';
import type { Scenario } from '../../../core/scenarios/loader.js';
import { codesFor, requireAccount } from '../accounts.js';
import type { StoredAccount, StoredMerchant } from '../common.schemas.js';
import { PaytronixFailure, type FieldCode } from '../errors.js';
import { money, toCents } from '../format.js';
import { ChargeFlow } from '../recharge/charge.js';
import type { ChargeResponse } from '../recharge/recharge.schemas.js';
import type { PaytronixStore } from '../store.js';
import { methodByCode, removeMethod, savedCardOf, setDefaultUsages } from '../wallet.js';
import type { AutoRechargeEnableBody, AutoRechargeStatusResponse } from './auto-recharge.schemas.js';
import { responseMethod, savedCardResponse } from '../payment-methods/response-method.js';
import { attempted, autoRechargeMethod } from './low-balance.js';

export class AutoRechargeService {
  private readonly flow: ChargeFlow;

  constructor(
    private readonly deps: Deps,
    private readonly store: PaytronixStore,
  ) {
    this.flow = new ChargeFlow(deps, store);
  }

  enable(input: AutoRechargeEnableBody, scenario: Scenario): ChargeResponse {
    const pm = input.paymentMethod;
    const fieldErrors: Record<string, FieldCode[]> = {};
    if ((pm.paymentMethodType === 'CC' || pm.paymentMethodType === 'SPREEDLY_TOKEN') && pm.saveCard === false) {
      fieldErrors['paymentMethod/saveCard'] = ['cannot_auto_recharge_without_saving_card'];
    }
    const p = this.flow.prepare(input, 'autoRechargeEnable', scenario, fieldErrors);
    const thresholdCents = p.program.isThresholdPerAccount && input.threshold !== undefined ? toCents(input.threshold)! : p.program.thresholdCents;
    return this.flow.commit(p, scenario, 'autoRechargeEnable', (account, savedCardCode) => {
      const method = methodByCode(account, savedCardCode!)!;
      if (method.type === 'SAVED_CC') account.savedCardCode = method.savedCardCode;
      setDefaultUsages(account, method.savedCardCode, [...method.defaultUsages, 'AUTO_RECHARGE']);
      const nowMs = this.deps.clock.nowMs();
      account.autoRecharge = { merchantId: p.merchant.merchantId, amountCents: p.cents, thresholdCents, enrolledAtMs: nowMs };
      attempted(account, nowMs);
    });
  }

  /** Leaves auto-recharge; the method it charged is deleted unless `deleteSavedCard` is false. */
  disable(merchantId: number, printedCardNumber: string, deleteSavedCard = true): void {
    const { merchant, account } = requireAccount(this.store, merchantId, printedCardNumber, codesFor('auto_recharge_disable'));
    if (!this.autoRechargeOffered(merchant, account)) throw new PaytronixFailure('auto_recharge_disable.auto_recharge_not_active');
    if (account.autoRecharge === null) throw new PaytronixFailure('auto_recharge_disable.not_enrolled');
    const method = autoRechargeMethod(account);
    if (deleteSavedCard && method) removeMethod(account, method.savedCardCode);
    account.autoRecharge = null;
    this.store.saveAccount(account);
  }

  /** The seed's AutoRechargeStatusResponse (no `result` field). */
  status(merchantId: number, printedCardNumber: string): AutoRechargeStatusResponse {
    const { merchant, account } = requireAccount(this.store, merchantId, printedCardNumber, codesFor('recharge'));
    if (!this.autoRechargeOffered(merchant, account)) throw new PaytronixFailure('recharge.auto_recharge_not_enabled');
    const enrolled = account.autoRecharge;
    if (enrolled === null) return { enrolled: false };
    const saved = savedCardOf(account);
    const method = autoRechargeMethod(account);
    return {
      enrolled: true,
      amount: money(enrolled.amountCents),
      threshold: money(enrolled.thresholdCents),
      ...(saved ? { savedCard: savedCardResponse(saved) } : {}),
      ...(method ? { savedPaymentMethod: responseMethod(method) } : {}),
    };
  }

  private autoRechargeOffered(merchant: StoredMerchant, account: StoredAccount): boolean {
    return merchant.programs[String(account.cardTemplateCode)]?.autoRechargeEnabled === true;
  }
}
