/**
 * What follows a change of an account's stored value balance (a recharge, an auto-recharge, a
 * purchase). Monitoring flags the card the moment its balance falls to or below the threshold
 * (`lowAtMs`, kept while it stays low) and unflags it once above. Auto-recharge becomes due just
 * after the balance falls to or below its threshold (`dueAtMs`: the next tick once the sandbox clock
 * has moved on), and forgets it once the balance is above the threshold again.
 */
import type { StoredAccount } from '../common.schemas.js';

export const DAY_MS = 86_400_000;

export function balanceChanged(account: StoredAccount, nowMs: number): void {
  const m = account.monitoring;
  if (m) {
    if (account.balanceCents > m.thresholdCents) m.lowAtMs = null;
    else if (m.lowAtMs === null) m.lowAtMs = nowMs;
  }
  const ar = account.autoRecharge;
  if (ar) {
    if (account.balanceCents > ar.thresholdCents) delete ar.dueAtMs;
    else ar.dueAtMs ??= nowMs + 1;
  }
}

/** After an auto-recharge attempt (or the enabling charge) that left the balance low: the next one a sandbox day later. */
export function attempted(account: StoredAccount, nowMs: number): void {
  const ar = account.autoRecharge;
  if (ar && account.balanceCents <= ar.thresholdCents) ar.dueAtMs = nowMs + DAY_MS;
}

/** The method auto-recharge charges: the account's AUTO_RECHARGE default. */
export const autoRechargeMethod = (account: StoredAccount) => account.paymentMethods.find((m) => m.defaultUsages.includes('AUTO_RECHARGE'));
