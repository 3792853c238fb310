/** Processing plans: the seed's "Fetch Partner Processing Plan", and the account's plans as a list. */
import { createRoute } from '@hono/zod-openapi';
import { ProcessingPlan } from '../accounts/accounts.schemas.js';
import { accountHeaders, errorResponses, IdParams, json, ListQuery, listOf } from '../common.schemas.js';

const tags = ['Accounts'];
export const ProcessingPlanList = listOf(ProcessingPlan, 'ProcessingPlanList');

export const listProcessingPlansRoute = createRoute({
  method: 'get',
  path: '/processing_plans',
  operationId: 'listProcessingPlans',
  tags,
  summary: "Fetch the account's processing plans (newest first)",
  request: { headers: accountHeaders, query: ListQuery },
  responses: { 200: { description: 'Newest first.', ...json(ProcessingPlanList) }, ...errorResponses },
});

export const getProcessingPlanRoute = createRoute({
  method: 'get',
  path: '/processing_plans/{id}',
  operationId: 'getProcessingPlan',
  tags,
  summary: 'Fetch Partner Processing Plan',
  request: { headers: accountHeaders, params: IdParams },
  responses: { 200: { description: 'The processing plan.', ...json(ProcessingPlan) }, ...errorResponses },
});
