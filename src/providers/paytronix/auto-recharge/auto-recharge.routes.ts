import { createRoute } from '@hono/zod-openapi';
import { FailureBody, InvalidInputsBody } from '../common.schemas.js';
import { RechargeSuccess } from '../recharge/recharge.schemas.js';
import { outcomes, releaseParams } from '../routes.common.js';
import { AutoRechargeDisableBody, AutoRechargeEnableBody, AutoRechargeStatusQuery, AutoRechargeStatusResponse, SuccessOnly } from './auto-recharge.schemas.js';

const json = <T>(schema: T) => ({ content: { 'application/json': { schema } }, required: true });

export const autoRechargeEnableRoute = createRoute({
  method: 'post',
  path: '/rest/{release}/payment/autoRechargeEnable.json',
  operationId: 'autoRechargeEnable',
  summary: 'Charge the card at once and enroll the account in auto-recharge (the card is saved); b2b or oauth',
  request: { params: releaseParams, body: json(AutoRechargeEnableBody) },
  responses: outcomes(RechargeSuccess, FailureBody, InvalidInputsBody),
});

export const autoRechargeDisableRoute = createRoute({
  method: 'post',
  path: '/rest/{release}/payment/autoRechargeDisable.json',
  operationId: 'autoRechargeDisable',
  summary: 'Leave auto-recharge (deleteSavedCard, default true, also deletes the saved card); b2b or oauth',
  request: { params: releaseParams, body: json(AutoRechargeDisableBody) },
  responses: outcomes(SuccessOnly, FailureBody, InvalidInputsBody),
});

export const autoRechargeStatusRoute = createRoute({
  method: 'get',
  path: '/rest/{release}/payment/autoRechargeStatus.json',
  operationId: 'autoRechargeStatus',
  summary: 'Is the account enrolled in auto-recharge (amount, threshold, saved card); no `result` field on success; b2b or oauth',
  request: { params: releaseParams, query: AutoRechargeStatusQuery },
  responses: outcomes(AutoRechargeStatusResponse, FailureBody, InvalidInputsBody),
});
