/** The ledger: thin handlers, served through the Forward pipeline. */
import type { RouteHandler } from '@hono/zod-openapi';
import { accountOf, type ForwardContext, type ForwardEnv } from '../context.js';
import { downloadTransactionsRoute, getBalancesRoute, getTransactionRoute, listTransactionsRoute, searchTransactionsRoute } from './ledger.routes.js';
import { TransactionService } from './transactions.service.js';

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';

export function registerLedger(ctx: ForwardContext): void {
  const { ledger } = ctx;
  const transactions = new TransactionService(ctx.store, ledger);
  const balances: RouteHandler<typeof getBalancesRoute, ForwardEnv> = (c) => c.json(ledger.balances(accountOf(c).id), 200);
  const list: RouteHandler<typeof listTransactionsRoute, ForwardEnv> = (c) => c.json(transactions.list(accountOf(c), c.req.valid('query')), 200);
  const search: RouteHandler<typeof searchTransactionsRoute, ForwardEnv> = (c) => c.json(transactions.search(accountOf(c), c.req.valid('json')), 200);
  const download: RouteHandler<typeof downloadTransactionsRoute, ForwardEnv> = (c) =>
    c.body(transactions.download(accountOf(c), c.req.valid('json')), 200, { 'content-type': CSV_CONTENT_TYPE, 'content-disposition': 'attachment; filename="transactions.csv"' });
  const get: RouteHandler<typeof getTransactionRoute, ForwardEnv> = (c) => c.json(transactions.get(accountOf(c), c.req.valid('param').id), 200);

  ctx.serve(getBalancesRoute, { id: 'getBalances' }, balances);
  ctx.serve(listTransactionsRoute, { id: 'listTransactions' }, list);
  // Fixed paths before /transactions/{id}.
  ctx.serve(searchTransactionsRoute, { id: 'searchTransactions', optionalBody: true }, search);
  ctx.serve(downloadTransactionsRoute, { id: 'downloadTransactions', optionalBody: true }, download);
  ctx.serve(getTransactionRoute, { id: 'getTransaction' }, get);
}
