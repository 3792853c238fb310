/**
 * Monitoring-only auto-recharge: a monitored card is flagged (`lowAtMs`) when its stored value
 * balance falls to or below its threshold, and pendingAutoRecharges lists the flagged cards of the
 * past 7 days on the sandbox clock (at most 100, the longest-flagged first, then by card number).
 * Nothing is ever charged. Enabling again replaces the amount and threshold.
 */
import type { Deps } from '../../../core/provider.js';
import { codesFor, requireAccount, requireMerchant } from '../accounts.js';
import type { StoredAccount, StoredMerchant } from '../common.schemas.js';
import { PaytronixFailure } from '../errors.js';
import { money, toCents } from '../format.js';
import type { PaytronixStore } from '../store.js';
import { savedCardOf } from '../wallet.js';
import { responseMethod } from '../payment-methods/response-method.js';
import { autoRechargeMethod, DAY_MS } from './low-balance.js';
import type { EnableMonitoringBody, PendingAutoRechargesResponse } from './monitoring.schemas.js';

const P = 'auto_recharge_enable_monitoring';
const PENDING = 'auto_recharge_get_pending_auto_recharges';
export const PENDING_WINDOW_MS = 7 * DAY_MS;
export const PENDING_LIMIT = 100;

export class MonitoringService {
  constructor(
    private readonly deps: Deps,
    private readonly store: PaytronixStore,
  ) {}

  enable(input: EnableMonitoringBody): void {
    const { merchant, account } = this.monitoredAccount(input.merchantId, input.printedCardNumber);
    if (!account.svWalletAttached) throw new PaytronixFailure(`${P}.no_sv_wallet_attached`);
    const program = merchant.programs[String(account.cardTemplateCode)];
    if (!program?.autoRechargeEnabled) throw new PaytronixFailure(`${P}.not_configured`);
    const cents = toCents(input.amount)!;
    if (cents < program.minCents) throw new PaytronixFailure(`${P}.amount_below_minimum`);
    if (cents > program.maxCents) throw new PaytronixFailure(`${P}.amount_above_maximum`);
    if (account.rechargePrevented) throw new PaytronixFailure(`${P}.account_disabled_by_csr`);
    const thresholdCents = program.isThresholdPerAccount && input.threshold !== undefined ? toCents(input.threshold)! : program.thresholdCents;
    const nowMs = this.deps.clock.nowMs();
    const low = account.balanceCents <= thresholdCents;
    account.monitoring = { amountCents: cents, thresholdCents, enabledAtMs: nowMs, lowAtMs: low ? (account.monitoring?.lowAtMs ?? nowMs) : null };
    this.store.saveAccount(account);
  }

  disable(merchantId: number, printedCardNumber: string): void {
    const { account } = this.monitoredAccount(merchantId, printedCardNumber);
    if (account.monitoring === null) throw new PaytronixFailure(`${P}.not_monitored`);
    account.monitoring = null;
    this.store.saveAccount(account);
  }

  pending(merchantId: number): PendingAutoRechargesResponse[] {
    const merchant = requireMerchant(this.store, merchantId, `${PENDING}.invalid_merchant_id`);
    if (!merchant.monitoringAllowed) throw new PaytronixFailure(`${PENDING}.monitoring_only_not_enabled`);
    if (!Object.values(merchant.programs).some((p) => p.autoRechargeEnabled)) throw new PaytronixFailure(`${PENDING}.not_configured`);
    const since = this.deps.clock.nowMs() - PENDING_WINDOW_MS;
    const flagged: Readonly<StoredAccount>[] = [];
    for (const account of this.store.watchedAccounts()) {
      const m = account.monitoring;
      if (m && m.lowAtMs !== null && m.lowAtMs >= since && account.balanceCents <= m.thresholdCents) flagged.push(account);
    }
    flagged.sort((a, b) => a.monitoring!.lowAtMs! - b.monitoring!.lowAtMs! || a.printedCardNumber.localeCompare(b.printedCardNumber));
    return flagged.slice(0, PENDING_LIMIT).map((account) => {
      const m = account.monitoring!;
      const saved = savedCardOf(account) ?? autoRechargeMethod(account);
      return {
        printedCardNumber: account.printedCardNumber,
        amount: money(m.amountCents),
        storedValueBalance: money(account.balanceCents),
        threshold: money(m.thresholdCents),
        ...(saved ? { savedCard: responseMethod(saved) } : {}),
      };
    });
  }

  /** Merchant, card and account checks (the table's order), then whether the merchant allows monitoring. */
  private monitoredAccount(merchantId: number, printedCardNumber: string): { merchant: StoredMerchant; account: StoredAccount } {
    const found = requireAccount(this.store, merchantId, printedCardNumber, codesFor(P, 'invalid_printed_card_number'));
    if (!found.merchant.monitoringAllowed) throw new PaytronixFailure(`${P}.monitoring_only_not_enabled`);
    return found;
  }
}
