/** The three financial instrument payment execution operations, on Socotra's native paths. */
import { createRoute } from '@hono/zod-openapi';
import { BASE, errorResponses, json, operationDoc, SocotraError } from '../common.schemas.js';
import { FinancialInstrumentConfigurationRequest, FinancialInstrumentConfigurationResponse, InstrumentParams } from './financial-instruments.schemas.js';

const PATH = `${BASE}/financialInstruments/{financialInstrumentLocator}`;
const ok = { 200: { description: 'OK', ...json(FinancialInstrumentConfigurationResponse) }, ...errorResponses };
const body = { required: true, ...json(FinancialInstrumentConfigurationRequest) };

export const getInstrumentRoute = createRoute({
  method: 'get',
  path: PATH,
  summary: 'Fetch Payment Execution Configuration For Financial Instrument',
  ...operationDoc('fetchPaymentExecutionConfigurationForFinancialInstrument'),
  request: { params: InstrumentParams },
  responses: ok,
});

export const addInstrumentRoute = createRoute({
  method: 'post',
  path: PATH,
  summary: 'Add Payment Execution Configuration For Financial Instrument',
  ...operationDoc('addPaymentExecutionConfigurationForFinancialInstrument'),
  request: { params: InstrumentParams, body },
  responses: { ...ok, 409: { description: 'This financial instrument already has a configuration.', ...json(SocotraError) } },
});

export const updateInstrumentRoute = createRoute({
  method: 'patch',
  path: PATH,
  summary: 'Update Payment Execution Configuration For Financial Instrument',
  ...operationDoc('updatePaymentExecutionConfigurationForFinancialInstrument'),
  request: { params: InstrumentParams, body },
  responses: ok,
});
