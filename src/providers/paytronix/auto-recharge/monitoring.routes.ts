import { createRoute } from '@hono/zod-openapi';
import { FailureBody, InvalidInputsBody } from '../common.schemas.js';
import { outcomes, releaseParams } from '../routes.common.js';
import { SuccessOnly } from './auto-recharge.schemas.js';
import { DisableMonitoringBody, EnableMonitoringBody, PendingQuery, PendingSuccess } from './monitoring.schemas.js';

const json = <T>(schema: T) => ({ content: { 'application/json': { schema } }, required: true });

export const enableMonitoringRoute = createRoute({
  method: 'post',
  path: '/rest/{release}/payment/enableAutoRechargeMonitoring.json',
  operationId: 'enableAutoRechargeMonitoring',
  summary: 'Monitor the stored value balance against the threshold (monitoring only: nothing is charged); b2b only',
  request: { params: releaseParams, body: json(EnableMonitoringBody) },
  responses: outcomes(SuccessOnly, FailureBody, InvalidInputsBody),
});

export const disableMonitoringRoute = createRoute({
  method: 'post',
  path: '/rest/{release}/payment/disableAutoRechargeMonitoring.json',
  operationId: 'disableAutoRechargeMonitoring',
  summary: 'Stop monitoring the card; b2b only',
  request: { params: releaseParams, body: json(DisableMonitoringBody) },
  responses: outcomes(SuccessOnly, FailureBody, InvalidInputsBody),
});

export const pendingRoute = createRoute({
  method: 'get',
  path: '/rest/{release}/payment/pendingAutoRecharges.json',
  operationId: 'pendingAutoRecharges',
  summary: 'Up to 100 monitored cards whose balance fell to or below the threshold in the past 7 days (sandbox clock); b2b only',
  request: { params: releaseParams, query: PendingQuery },
  responses: outcomes(PendingSuccess, FailureBody, InvalidInputsBody),
});
