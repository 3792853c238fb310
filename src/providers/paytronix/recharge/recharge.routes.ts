import { createRoute } from '@hono/zod-openapi';
import { FailureBody, InvalidInputsBody } from '../common.schemas.js';
import { outcomes, releaseParams } from '../routes.common.js';
import { HistoryQuery, HistorySuccess, RechargeBody, RechargeSuccess } from './recharge.schemas.js';

export const rechargeRoute = createRoute({
  method: 'post',
  path: '/rest/{release}/payment/recharge.json',
  operationId: 'recharge',
  summary: 'Recharge a stored value card with a credit card (or saved credit card); b2b or oauth',
  request: { params: releaseParams, body: { content: { 'application/json': { schema: RechargeBody } }, required: true } },
  responses: outcomes(RechargeSuccess, FailureBody, InvalidInputsBody),
});

export const rechargeHistoryRoute = createRoute({
  method: 'get',
  path: '/rest/{release}/payment/rechargeHistory.json',
  operationId: 'rechargeHistory',
  summary: "Get the cardholder's recharge history, newest first; b2b or oauth",
  request: { params: releaseParams, query: HistoryQuery },
  responses: outcomes(HistorySuccess, FailureBody, InvalidInputsBody),
});
