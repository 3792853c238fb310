/** The ledger: balances and transactions (list, fetch, search, CSV download). */
import { createRoute, z } from '@hono/zod-openapi';
import { accountHeaders, errorResponses, IdParams, json } from '../common.schemas.js';
import { Balances, DownloadTransactionsRequest, SearchTransactionsRequest, Transaction, TransactionList, TransactionListQuery, TransactionSearchResult } from './ledger.schemas.js';

const tags = ['Ledger'];

export const getBalancesRoute = createRoute({
  method: 'get',
  path: '/ledger/balances',
  operationId: 'getBalances',
  tags,
  summary: 'Fetch ledger account balances',
  request: { headers: accountHeaders },
  responses: { 200: { description: 'Pending (unsettled) and available (settled) amounts not yet paid out.', ...json(Balances) }, ...errorResponses },
});

export const listTransactionsRoute = createRoute({
  method: 'get',
  path: '/transactions',
  operationId: 'listTransactions',
  tags,
  summary: 'Fetch a list of transactions',
  request: { headers: accountHeaders, query: TransactionListQuery },
  responses: { 200: { description: 'Newest first.', ...json(TransactionList) }, ...errorResponses },
});

export const searchTransactionsRoute = createRoute({
  method: 'post',
  path: '/transactions/search',
  operationId: 'searchTransactions',
  tags,
  summary: 'Search a list of transactions',
  request: { headers: accountHeaders, body: { required: false, ...json(SearchTransactionsRequest) } },
  responses: { 200: { description: 'One numbered page.', ...json(TransactionSearchResult) }, ...errorResponses },
});

export const downloadTransactionsRoute = createRoute({
  method: 'post',
  path: '/transactions/download',
  operationId: 'downloadTransactions',
  tags,
  summary: 'Download list of transactions (CSV)',
  request: { headers: accountHeaders, body: { required: false, ...json(DownloadTransactionsRequest) } },
  responses: {
    200: {
      description: 'RFC 4180 CSV: a header row of the transaction field names, then one row per transaction in the requested order.',
      content: { 'text/csv': { schema: z.string().openapi({ example: 'id,entity,created_at,...\r\ntxn_…,transaction,2026-01-01T00:00:00.000Z,...\r\n' }) } },
    },
    ...errorResponses,
  },
});

export const getTransactionRoute = createRoute({
  method: 'get',
  path: '/transactions/{id}',
  operationId: 'getTransaction',
  tags,
  summary: 'Fetch a transaction',
  request: { headers: accountHeaders, params: IdParams },
  responses: { 200: { description: 'The transaction.', ...json(Transaction) }, ...errorResponses },
});
