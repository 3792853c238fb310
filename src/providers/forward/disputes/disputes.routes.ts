/** Disputes: read-only in the API (the list and one by id); opened and resolved through admin hooks. */
import { createRoute } from '@hono/zod-openapi';
import { accountHeaders, errorResponses, IdParams, json } from '../common.schemas.js';
import { Dispute, DisputeList, ListDisputesQuery } from './disputes.schemas.js';

const tags = ['Disputes'];

export const listDisputesRoute = createRoute({
  method: 'get',
  path: '/disputes',
  operationId: 'listDisputes',
  tags,
  summary: 'Fetch list of disputes matching query',
  request: { headers: accountHeaders, query: ListDisputesQuery },
  responses: { 200: { description: 'Newest first.', ...json(DisputeList) }, ...errorResponses },
});

export const getDisputeRoute = createRoute({
  method: 'get',
  path: '/disputes/{id}',
  operationId: 'getDispute',
  tags,
  summary: 'Fetch dispute by id',
  request: { headers: accountHeaders, params: IdParams },
  responses: { 200: { description: 'The dispute.', ...json(Dispute) }, ...errorResponses },
});
