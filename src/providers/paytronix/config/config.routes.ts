import { createRoute } from '@hono/zod-openapi';
import { FailureBody, InvalidInputsBody } from '../common.schemas.js';
import { releaseParams, outcomes } from '../routes.common.js';
import { PaymentConfigQuery, PaymentConfigSuccess } from './config.schemas.js';

export const paymentConfigRoute = createRoute({
  method: 'get',
  path: '/rest/{release}/payment/paymentConfig.json',
  operationId: 'paymentConfig',
  summary: 'Get payment configuration (auto-recharge values and card types); b2b, oauth or anonymous',
  request: { params: releaseParams, query: PaymentConfigQuery },
  responses: outcomes(PaymentConfigSuccess, FailureBody, InvalidInputsBody),
});
