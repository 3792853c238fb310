/**
 * recharge and rechargeHistory. Recharge is the shared charge flow (`charge.ts`): the seed's checks
 * in order, then authorization, stored-value adjustment and capture; a declined attempt changes no
 * balance but is kept in the history as `Failed`. Only the last four digits, brand and expiry of a
 * card (the last four of a Spreedly token) are ever kept.
 */
import type { Deps } from '../../../core/provider.js';
import type { Scenario } from '../../../core/scenarios/loader.js';
import { codesFor, requireAccount } from '../accounts.js';
import { money, paytronixDate } from '../format.js';
import type { PaytronixStore } from '../store.js';
import { ChargeFlow } from './charge.js';
import type { ChargeHistoryResponse, ChargeResponse, RechargeBody } from './recharge.schemas.js';

export class RechargeService {
  private readonly flow: ChargeFlow;

  constructor(
    deps: Deps,
    private readonly store: PaytronixStore,
  ) {
    this.flow = new ChargeFlow(deps, store);
  }

  recharge(input: RechargeBody, scenario: Scenario): ChargeResponse {
    return this.flow.commit(this.flow.prepare(input, 'recharge', scenario), scenario, 'recharge');
  }

  history(merchantId: number, printedCardNumber: string): ChargeHistoryResponse[] {
    const { merchant, account } = requireAccount(this.store, merchantId, printedCardNumber, codesFor('recharge_history'));
    return account.history
      .slice()
      .reverse()
      .map((h) => ({
        transactionDatetime: paytronixDate(h.atMs, merchant.timeZone),
        transactionState: h.transactionState,
        processorResponseCode: h.processorResponseCode,
        processorResponseMessage: h.processorResponseMessage,
        processorReferenceNumber: h.processorReferenceNumber,
        authCode: h.authCode,
        amount: money(h.amountCents),
        cardType: h.cardType,
        lastFour: h.lastFour,
        expDate: h.expDate,
      }));
  }
}
