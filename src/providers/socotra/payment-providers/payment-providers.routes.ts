/** The five payment provider configuration operations, on Socotra's native paths. */
import { createRoute } from '@hono/zod-openapi';
import { BASE, errorResponses, json, operationDoc } from '../common.schemas.js';
import {
  ListPageResponsePaymentProvider,
  ListQuery,
  PaymentProvider,
  PaymentProviderConfigurationRequest,
  ProviderParams,
  TenantParams,
} from './payment-providers.schemas.js';

const ok = { 200: { description: 'OK', ...json(PaymentProvider) }, ...errorResponses };

export const listRoute = createRoute({
  method: 'get',
  path: `${BASE}/paymentProviders/list`,
  summary: 'Fetch Payment Provider Configurations',
  ...operationDoc('fetchPaymentProviderConfigurations'),
  request: { params: TenantParams, query: ListQuery },
  responses: { 200: { description: 'One page, in creation order; listCompleted once the page reaches the end.', ...json(ListPageResponsePaymentProvider) }, ...errorResponses },
});

export const getRoute = createRoute({
  method: 'get',
  path: `${BASE}/paymentProviders/{locator}`,
  summary: 'Fetch Payment Provider Configuration',
  ...operationDoc('fetchPaymentProviderConfiguration'),
  request: { params: ProviderParams },
  responses: ok,
});

export const addRoute = createRoute({
  method: 'post',
  path: `${BASE}/paymentProviders`,
  summary: 'Add Payment Provider Configuration',
  ...operationDoc('addPaymentProviderConfiguration'),
  request: { params: TenantParams, body: { required: true, ...json(PaymentProviderConfigurationRequest) } },
  responses: ok,
});

export const updateRoute = createRoute({
  method: 'patch',
  path: `${BASE}/paymentProviders/{locator}`,
  summary: 'Update Payment Provider Configuration',
  ...operationDoc('updatePaymentProviderConfiguration'),
  request: { params: ProviderParams, body: { required: true, ...json(PaymentProviderConfigurationRequest) } },
  responses: ok,
});

export const inactivateRoute = createRoute({
  method: 'patch',
  path: `${BASE}/paymentProviders/{locator}/inactivate`,
  summary: 'Inactivate Payment Provider Configuration (deprecated)',
  deprecated: true,
  ...operationDoc('inactivatePaymentProviderConfiguration'),
  request: { params: ProviderParams },
  responses: ok,
});
