import { createRoute } from '@hono/zod-openapi';
import { FailureBody, InvalidInputsBody } from '../common.schemas.js';
import { outcomes, releaseParams } from '../routes.common.js';
import {
  MerchantDetailsQuery,
  MerchantDetailsSuccess,
  PlainSuccess,
  RegisterDomainBody,
  UnregisterDomainBody,
  ValidateMerchantBody,
  ValidateMerchantSuccess,
} from './apple-pay.schemas.js';

const json = <T>(schema: T) => ({ content: { 'application/json': { schema } }, required: true });

export const validateMerchantRoute = createRoute({
  method: 'post',
  path: '/rest/{release}/payment/validateApplePayMerchant.json',
  operationId: 'validateApplePayMerchant',
  summary: 'Complete the merchant validation of an Apple Pay session for a registered domain; b2b only',
  request: { params: releaseParams, body: json(ValidateMerchantBody) },
  responses: outcomes(ValidateMerchantSuccess, FailureBody, InvalidInputsBody),
});

export const registerDomainRoute = createRoute({
  method: 'post',
  path: '/rest/{release}/payment/registerApplePayDomain.json',
  operationId: 'registerApplePayDomain',
  summary: "Register a domain for Apple Pay for the merchant (registering it again succeeds and changes nothing); b2b only",
  request: { params: releaseParams, body: json(RegisterDomainBody) },
  responses: outcomes(PlainSuccess, FailureBody, InvalidInputsBody),
});

export const unregisterDomainRoute = createRoute({
  method: 'post',
  path: '/rest/{release}/payment/unregisterApplePayDomain.json',
  operationId: 'unregisterApplePayDomain',
  summary: 'Unregister a registered Apple Pay domain of the merchant; b2b only',
  request: { params: releaseParams, body: json(UnregisterDomainBody) },
  responses: outcomes(PlainSuccess, FailureBody, InvalidInputsBody),
});

export const merchantDetailsRoute = createRoute({
  method: 'get',
  path: '/rest/{release}/payment/applePayMerchantDetails.json',
  operationId: 'applePayMerchantDetails',
  summary: "Get the merchant's Apple Pay details, with its registered domains; b2b only",
  request: { params: releaseParams, query: MerchantDetailsQuery },
  responses: outcomes(MerchantDetailsSuccess, FailureBody, InvalidInputsBody),
});
