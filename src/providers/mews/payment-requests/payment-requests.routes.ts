/** The three Mews payment-request operations: exact paths, POST only, JSON bodies. */
import { createRoute } from '@hono/zod-openapi';
import { AddBody, CancelBody, GetAllBody, GetAllResult, MewsError, PaymentRequestsResult } from './payment-requests.schemas.js';

export const BASE = '/api/connector/v1/paymentRequests';

const json = <T>(schema: T) => ({ content: { 'application/json': { schema } } });
const errors = {
  400: { description: 'Invalid JSON, an invalid field or identifier, or an unknown sandbox scenario.', ...json(MewsError) },
  401: { description: 'Missing or malformed ClientToken or AccessToken.', ...json(MewsError) },
  403: { description: 'A business rule refused the request.', ...json(MewsError) },
  413: { description: 'Body larger than 1 MiB.', ...json(MewsError) },
  429: { description: 'Rate limit (rate-limited scenario); see Retry-After.', ...json(MewsError) },
  500: { description: 'Server error (server-errors scenario).', ...json(MewsError) },
};

export const getAllRoute = createRoute({
  method: 'post',
  path: `${BASE}/getAll`,
  operationId: 'paymentRequests_getAll',
  summary: 'Get all payment requests',
  description: 'Newest first; page with Limitation.Cursor = the previous response Cursor.',
  request: { body: { required: true, ...json(GetAllBody) } },
  responses: { 200: { description: 'The filtered payment requests.', ...json(GetAllResult) }, ...errors },
});

export const addRoute = createRoute({
  method: 'post',
  path: `${BASE}/add`,
  operationId: 'paymentRequests_add',
  summary: 'Add payment requests',
  request: { body: { required: true, ...json(AddBody) } },
  responses: { 200: { description: 'The added payment requests.', ...json(PaymentRequestsResult) }, ...errors },
});

export const cancelRoute = createRoute({
  method: 'post',
  path: `${BASE}/cancel`,
  operationId: 'paymentRequests_cancel',
  summary: 'Cancel payment requests',
  description: 'Only Pending payment requests can be canceled; if any cannot, none is (403).',
  request: { body: { required: true, ...json(CancelBody) } },
  responses: { 200: { description: 'The canceled payment requests.', ...json(PaymentRequestsResult) }, ...errors },
});
