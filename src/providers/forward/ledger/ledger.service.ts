/**
 * The ledger: every movement of an account's money is a transaction (payment +, fee −, refund −,
 * dispute −, reversal +). Transactions settle one day after creation; balances are computed from
 * the transactions not yet paid out. A settled transaction also settles its source object.
 */
import type { Deps } from '../../../core/provider.js';
import { DAY_MS, iso } from '../common.schemas.js';
import type { ForwardStore } from '../context.js';
import { newId } from '../ids.js';
import type { Jobs } from '../jobs.js';
import type { SourceType, StoredTransaction } from './ledger.types.js';

export interface Balances {
  currency: 'USD';
  pending: number;
  available: number;
}

export class LedgerService {
  private readonly settledHooks = new Map<SourceType, (sourceId: string, settledAt: string) => void>();

  constructor(
    private readonly deps: Deps,
    private readonly store: ForwardStore,
    jobs: Jobs,
    private readonly schedule: (atMs: number, id: string) => void = (at, id) => jobs.schedule(at, 'settle_transaction', id),
  ) {
    jobs.on('settle_transaction', (id, at) => this.settle(id, at));
    jobs.onReload(() => {
      for (const txn of this.store.transactions.all()) {
        if (txn.settlement_status === 'unsettled') this.schedule(Date.parse(txn.created_at) + DAY_MS, txn.id);
      }
    });
  }

  /** When a transaction of this source type settles, its source settles too. */
  onSettled(type: SourceType, hook: (sourceId: string, settledAt: string) => void): void {
    this.settledHooks.set(type, hook);
  }

  record(entry: { account: string; type: SourceType; sourceId: string; amount: number; description: string; atMs: number; intentId: string | null }): StoredTransaction {
    const at = iso(entry.atMs);
    const txn: StoredTransaction = {
      id: newId(this.deps.random, 'txn', entry.account),
      entity: 'transaction',
      created_at: at,
      updated_at: at,
      ledger_account_id: entry.account,
      payout_id: null,
      bank_transfer_id: null,
      source_type: entry.type,
      source_id: entry.sourceId,
      source_account_id: entry.account,
      amount: entry.amount,
      settlement_id: null,
      settlement_status: 'unsettled',
      settled_at: null,
      description: entry.description,
      account_id: entry.account,
      payment_intent_id: entry.intentId,
    };
    this.store.transactions.save(txn);
    this.schedule(entry.atMs + DAY_MS, txn.id);
    return txn;
  }

  private settle(id: string, atMs: number): boolean {
    const txn = this.store.transactions.get(id);
    if (!txn || txn.settlement_status === 'settled') return false;
    const at = iso(atMs);
    this.store.transactions.save({ ...txn, settlement_status: 'settled', settled_at: at, updated_at: at });
    this.settledHooks.get(txn.source_type)?.(txn.source_id, at);
    return true;
  }

  /** Pending: unsettled and not paid out; available: settled and not paid out. */
  balances(account: string): Balances {
    let pending = 0;
    let available = 0;
    for (const id of this.store.transactions.ofAccount(account).ids) {
      const txn = this.store.transactions.get(id)!;
      if (txn.payout_id !== null) continue;
      if (txn.settlement_status === 'settled') available += txn.amount;
      else pending += txn.amount;
    }
    return { currency: 'USD', pending, available };
  }

  /** An account's transactions in creation order. */
  ofAccount(account: string): StoredTransaction[] {
    return this.store.transactions.recordsOf(account);
  }
}
