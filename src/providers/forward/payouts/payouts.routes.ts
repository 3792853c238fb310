/** Payouts: an account's list, one payout, and every account's payouts of a business. */
import { createRoute, z } from '@hono/zod-openapi';
import { accountHeaders, errorResponses, IdParams, json, ListQuery } from '../common.schemas.js';
import { Payout, PayoutList } from './payouts.schemas.js';

const tags = ['Payouts'];
const list = { 200: { description: 'Newest first.', ...json(PayoutList) }, ...errorResponses };

export const listPayoutsRoute = createRoute({
  method: 'get',
  path: '/payouts',
  operationId: 'listPayouts',
  tags,
  summary: 'Fetch a list of payouts',
  request: { headers: accountHeaders, query: ListQuery },
  responses: list,
});

export const listBusinessPayoutsRoute = createRoute({
  method: 'get',
  path: '/payouts/business',
  operationId: 'listBusinessPayouts',
  tags,
  summary: 'Fetch a list of payouts for a business (every account of it)',
  request: {
    headers: z.object({ 'x-business-id': z.string().openapi({ param: { name: 'x-business-id', in: 'header' }, example: 'bus_2SG6ibTHTo4N6Sdx6Oh66IGg3o3' }) }),
    query: ListQuery,
  },
  responses: list,
});

export const getPayoutRoute = createRoute({
  method: 'get',
  path: '/payouts/{id}',
  operationId: 'getPayout',
  tags,
  summary: 'Fetch a payout by id',
  request: { headers: accountHeaders, params: IdParams },
  responses: { 200: { description: 'The payout.', ...json(Payout) }, ...errorResponses },
});
