/**
 * The auto-recharge engine, run by the sandbox clock (before each request and on clock changes).
 * Every enrolled account whose balance is at or below its threshold, once due (`dueAtMs`: just after
 * the balance fell), is charged its amount with its AUTO_RECHARGE default method under the active
 * scenario (operation `autoRecharge`); the attempt is a history entry dated at the tick. If the
 * charge fails (declined, expired card) or leaves the balance still low, the next attempt waits one
 * sandbox day; an account above its threshold is left alone. Looks only at enrolled or monitored
 * accounts (the store's index), and charges the due ones in printed-card order.
 */
import type { Deps } from '../../../core/provider.js';
import type { Scenario } from '../../../core/scenarios/loader.js';
import type { StoredAccount } from '../common.schemas.js';
import { activeScenario } from '../expiry.js';
import { recordCharge } from '../recharge/charge.js';
import { savedMethodUsed } from '../recharge/payment-method.js';
import { authorize, expiredDecline } from '../recharge/processor.js';
import type { PaytronixStore } from '../store.js';
import { attempted, autoRechargeMethod, DAY_MS } from './low-balance.js';

const due = (a: Readonly<StoredAccount>, nowMs: number): boolean =>
  a.autoRecharge !== null && a.cardActive && a.accountActive && a.balanceCents <= a.autoRecharge.thresholdCents && (a.autoRecharge.dueAtMs ?? 0) <= nowMs;

export function autoRechargeTick(deps: Deps, store: PaytronixStore): (nowMs: number) => number {
  return (nowMs) => {
    const dueCards: string[] = [];
    for (const stored of store.watchedAccounts()) if (due(stored, nowMs)) dueCards.push(stored.printedCardNumber);
    if (dueCards.length === 0) return 0;
    // In card order, whatever order the index holds them in: the same ids however the data was loaded.
    dueCards.sort();
    const scenario = activeScenario(deps);
    return dueCards.filter((card) => autoRecharge(deps, store, store.account(card), scenario, nowMs)).length;
  };
}

/** One attempt; false when the account has no method to charge (it waits a day, like a failure). */
function autoRecharge(deps: Deps, store: PaytronixStore, account: StoredAccount, scenario: Scenario, nowMs: number): boolean {
  const enrolled = account.autoRecharge!;
  const method = autoRechargeMethod(account);
  if (!method) {
    enrolled.dueAtMs = nowMs + DAY_MS;
    store.saveAccount(account);
    return false;
  }
  const card = savedMethodUsed(deps, scenario, 'autoRecharge', method);
  const decision = card.expired ? expiredDecline() : authorize(deps, scenario, 'autoRecharge', card.facts);
  recordCharge(deps, account, enrolled.merchantId, card, enrolled.amountCents, decision.approved, nowMs);
  attempted(account, nowMs);
  store.saveAccount(account);
  return true;
}
