/**
 * Forward's time-driven transitions on the sandbox clock: one due queue of (instant, job) plus the
 * daily payout sweep at 00:00 UTC, applied strictly in time order (a settlement due before a
 * midnight is in that midnight's payout). Run lazily before each request and eagerly on
 * clock/advance; nothing sleeps. Jobs are hints: each handler re-checks its object.
 */
import { DueQueue } from '../../core/due-queue.js';
import type { Database } from '../../core/db/database.js';
import { DAY_MS } from './common.schemas.js';
import type { ForwardNamespace } from './store.js';

export type JobKind =
  | 'settle_transaction'
  | 'settle_bank_payment'
  | 'expire_authorization'
  | 'expire_checkout_session'
  | 'dispute_deadline'
  | 'complete_payout';

interface Job {
  kind: JobKind;
  id: string;
}

/** A job handler: applies the transition due at `atMs`; false when the object no longer waits for it. */
export type JobHandler = (id: string, atMs: number) => boolean;

export class Jobs {
  private readonly queue = new DueQueue<Job>();
  private readonly handlers = new Map<JobKind, JobHandler>();
  private readonly sweeps: ((midnightMs: number) => number)[] = [];
  private readonly rebuilders: (() => void)[] = [];

  constructor(private readonly db: Database) {}

  private get clock(): ForwardNamespace['clock'] {
    return (this.db.data.forward as ForwardNamespace).clock;
  }

  on(kind: JobKind, handler: JobHandler): void {
    this.handlers.set(kind, handler);
  }

  /** Work done at every 00:00 UTC the clock crosses (payouts). */
  onMidnight(sweep: (midnightMs: number) => number): void {
    this.sweeps.push(sweep);
  }

  /** Re-schedules a resource's pending jobs from its stored records (start-up, reset, import). */
  onReload(rebuild: () => void): void {
    this.rebuilders.push(rebuild);
  }

  schedule(atMs: number, kind: JobKind, id: string): void {
    this.queue.push(atMs, { kind, id });
  }

  reload(nowMs: number): void {
    this.queue.clear();
    if (this.clock.sweptUntil === null) this.setSweptUntil(Math.floor(nowMs / DAY_MS) * DAY_MS);
    for (const rebuild of this.rebuilders) rebuild();
  }

  /** Apply everything due at or before `nowMs`, in time order; returns how many transitions ran. */
  tick(nowMs: number): number {
    let applied = 0;
    // The clock was set back before the last sweep: the next midnight after now sweeps again.
    const sweptUntil = this.clock.sweptUntil;
    if (sweptUntil !== null && sweptUntil > nowMs) this.setSweptUntil(Math.floor(nowMs / DAY_MS) * DAY_MS);
    for (;;) {
      const midnight = (this.clock.sweptUntil ?? Math.floor(nowMs / DAY_MS) * DAY_MS) + DAY_MS;
      const job = this.queue.popOne(Math.min(nowMs, midnight));
      if (job) {
        if (this.handlers.get(job.key.kind)?.(job.key.id, job.at)) applied += 1;
        continue;
      }
      if (midnight > nowMs) return applied;
      for (const sweep of this.sweeps) applied += sweep(midnight);
      this.setSweptUntil(midnight);
    }
  }

  private setSweptUntil(ms: number): void {
    this.clock.sweptUntil = ms;
    this.db.changed(['forward', 'clock']);
  }
}
