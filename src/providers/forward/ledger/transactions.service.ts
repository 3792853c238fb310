/**
 * Transactions as the API reads them: one account's, by id, as a cursor list (optionally one
 * payout's), searched and sorted, or downloaded as CSV. The ledger service writes them.
 */
import type { StoredAccount } from '../accounts/accounts.schemas.js';
import { inOrder, type ListResult, type SearchResult } from '../common.schemas.js';
import type { ForwardStore } from '../context.js';
import { filteredList, inRange, indexList, searchList } from '../lists.js';
import { toCsv } from './csv.js';
import type { LedgerService } from './ledger.service.js';
import { TRANSACTION_FIELDS, type SearchTransactionsRequest, type TransactionFilters, type TransactionListQuery } from './ledger.schemas.js';
import type { StoredTransaction, WireTransaction } from './ledger.types.js';

export function toWireTransaction(txn: StoredTransaction): WireTransaction {
  return inOrder<WireTransaction>(txn, TRANSACTION_FIELDS);
}

export class TransactionService {
  constructor(
    private readonly store: ForwardStore,
    private readonly ledger: LedgerService,
  ) {}

  get(account: StoredAccount, id: string): WireTransaction {
    const txn = this.store.transactions.mine(account.id, id);
    return toWireTransaction(txn);
  }

  list(account: StoredAccount, query: TransactionListQuery): ListResult<WireTransaction> {
    if (query.payout_id === undefined) return indexList(this.store.transactions.ofAccount(account.id), query, (id) => toWireTransaction(this.store.transactions.get(id)!));
    const ofPayout = this.ledger.ofAccount(account.id).filter((txn) => txn.payout_id === query.payout_id);
    return filteredList(ofPayout, query, toWireTransaction);
  }

  search(account: StoredAccount, body: SearchTransactionsRequest): SearchResult<WireTransaction> {
    return searchList(this.matching(account, body), { ...this.order(body), page: body.page, limit: body.limit }, toWireTransaction);
  }

  /** Every match, sorted as a search would be, as CSV (header row of the wire field names). */
  download(account: StoredAccount, body: TransactionFilters): string {
    const matches = this.matching(account, body);
    const sorted = searchList(matches, { ...this.order(body), page: 1, limit: Math.max(matches.length, 1) }, toWireTransaction).data;
    return toCsv(TRANSACTION_FIELDS, sorted);
  }

  private order(body: TransactionFilters) {
    const column = body.sort_column;
    return { column: (txn: StoredTransaction) => txn[column], direction: body.sort_direction };
  }

  private matching(account: StoredAccount, body: TransactionFilters): StoredTransaction[] {
    return this.ledger.ofAccount(account.id).filter((txn) => {
      if (body.source_type !== undefined && txn.source_type !== body.source_type) return false;
      if (body.settlement_status !== undefined && txn.settlement_status !== body.settlement_status) return false;
      if (body.amount_min !== undefined && txn.amount < body.amount_min) return false;
      if (body.amount_max !== undefined && txn.amount > body.amount_max) return false;
      return inRange(txn.created_at, body.start_date, body.end_date);
    });
  }
}
