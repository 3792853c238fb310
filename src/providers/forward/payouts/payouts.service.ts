/**
 * Payouts: at every 00:00 UTC the sandbox clock crosses, each account's settled transactions not yet
 * paid out are swept into one payout (none when there are none); the payout completes one day
 * later. A payout writes no transaction of its own: per account, the sum of all transactions is
 * pending + available + the net amount of its payouts.
 */
import { ValidationError } from '../../../core/errors.js';
import type { Deps } from '../../../core/provider.js';
import type { StoredAccount } from '../accounts/accounts.schemas.js';
import type { AccountService } from '../accounts/accounts.service.js';
import { DAY_MS, inOrder, iso, type ListQuery, type ListResult } from '../common.schemas.js';
import type { ForwardStore } from '../context.js';
import { newId } from '../ids.js';
import type { Jobs } from '../jobs.js';
import type { StoredTransaction } from '../ledger/ledger.types.js';
import { filteredList, indexList, mergeByCreation } from '../lists.js';
import { payoutMachine } from './payouts.machine.js';
import { PAYOUT_FIELDS } from './payouts.schemas.js';
import type { StoredPayout, TransactionSummary, WirePayout } from './payouts.types.js';

export function toWirePayout(payout: StoredPayout): WirePayout {
  return inOrder<WirePayout>(payout, PAYOUT_FIELDS);
}

const completesAt = (payout: StoredPayout): number => Date.parse(payout.created_at) + DAY_MS;

export class PayoutService {
  /**
   * Per account, how many of its transactions (creation order) are known to be paid out: the
   * sweep starts there, so it does not re-read the account's whole history every midnight.
   * In memory only; rebuilt lazily after a reload.
   */
  private readonly paidThrough = new Map<string, number>();

  constructor(
    private readonly deps: Deps,
    private readonly store: ForwardStore,
    private readonly accounts: AccountService,
    private readonly jobs: Jobs,
  ) {
    jobs.onMidnight((midnightMs) => this.sweep(midnightMs));
    jobs.on('complete_payout', (id, atMs) => this.complete(id, atMs));
    jobs.onReload(() => {
      this.paidThrough.clear();
      for (const payout of this.store.payouts.all()) if (payout.status === 'created') jobs.schedule(completesAt(payout), 'complete_payout', payout.id);
    });
  }

  /** The midnight sweep: one payout per account with settled, unpaid transactions; returns how many were created. */
  sweep(midnightMs: number): number {
    let created = 0;
    for (const account of this.store.accounts.all()) {
      const due = this.due(account.id, midnightMs);
      if (due.length === 0) continue;
      this.payOut(account, due, midnightMs);
      created += 1;
    }
    return created;
  }

  get(account: StoredAccount, id: string): WirePayout {
    const payout = this.store.payouts.mine(account.id, id);
    return toWirePayout(payout);
  }

  list(account: StoredAccount, query: ListQuery): ListResult<WirePayout> {
    return indexList(this.store.payouts.ofAccount(account.id), query, (id) => toWirePayout(this.store.payouts.get(id)!));
  }

  /** Every account's payouts of a business, merged by creation time (404 for an unknown business). */
  listBusiness(businessId: string | undefined, query: ListQuery): ListResult<WirePayout> {
    const id = businessId?.trim();
    if (!id) throw new ValidationError('x-business-id', 'is required');
    const merged = mergeByCreation(this.accounts.ofBusiness(id).map((a) => this.store.payouts.recordsOf(a.id)));
    return filteredList(merged, query, toWirePayout);
  }

  /** The account's transactions settled by `midnightMs` and not yet in a payout (creation order). */
  private due(account: string, midnightMs: number): StoredTransaction[] {
    const ids = this.store.transactions.ofAccount(account).ids;
    let start = this.paidThrough.get(account) ?? 0;
    while (start < ids.length && this.store.transactions.get(ids[start]!)!.payout_id !== null) start += 1;
    this.paidThrough.set(account, start);
    const due: StoredTransaction[] = [];
    for (let i = start; i < ids.length; i += 1) {
      const txn = this.store.transactions.get(ids[i]!)!;
      if (txn.payout_id === null && txn.settled_at !== null && Date.parse(txn.settled_at) <= midnightMs) due.push(txn);
    }
    return due;
  }

  private payOut(account: StoredAccount, due: StoredTransaction[], midnightMs: number): void {
    const at = iso(midnightMs);
    const net = due.reduce((sum, txn) => sum + txn.amount, 0);
    const fees = due.reduce((sum, txn) => (txn.source_type === 'fee' ? sum + txn.amount : sum), 0);
    const payout: StoredPayout = {
      id: newId(this.deps.random, 'po', account.id),
      entity: 'payout',
      status: 'created',
      payout_number: this.store.payouts.ofAccount(account.id).size + 1,
      transaction_count: due.length,
      transaction_summary: summarize(due),
      amount: net - fees,
      net_amount: net,
      fee_amount: -fees || 0,
      batch_fee: 0,
      reject_fee: 0,
      latest_payment_data: null,
      payment_data: [],
      payment_attempt_count: 0,
      payment_reject_count: 0,
      owner_type: 'account',
      owner_id: account.id,
      business_id: account.business_id,
      settlement_status: 'unsettled',
      settled_at: null,
      created_at: at,
      updated_at: at,
      completed_at: null,
      returned_at: null,
      account_id: account.id,
    };
    this.store.transactions.save(...due.map((txn) => ({ ...txn, payout_id: payout.id, updated_at: at })));
    this.store.payouts.save(payout);
    this.jobs.schedule(completesAt(payout), 'complete_payout', payout.id);
  }

  /** One day after its sweep a payout is completed (and settled). */
  private complete(id: string, atMs: number): boolean {
    const payout = this.store.payouts.get(id);
    if (!payout || !payoutMachine.can(payout.status, 'complete')) return false;
    const at = iso(atMs);
    const status = payoutMachine.next(payout.status, 'complete');
    this.store.payouts.save({ ...payout, status, completed_at: at, settlement_status: 'settled', settled_at: at, updated_at: at });
    return true;
  }
}

/** Count and total per source type, sorted by source type. */
function summarize(txns: readonly StoredTransaction[]): TransactionSummary[] {
  const by = new Map<TransactionSummary['source_type'], TransactionSummary>();
  for (const txn of txns) {
    const line = by.get(txn.source_type) ?? { source_type: txn.source_type, count: 0, amount: 0 };
    by.set(txn.source_type, { ...line, count: line.count + 1, amount: line.amount + txn.amount });
  }
  return [...by.values()].sort((a, b) => (a.source_type < b.source_type ? -1 : a.source_type > b.source_type ? 1 : 0));
}
