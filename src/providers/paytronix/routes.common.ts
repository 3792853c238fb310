/** What every Paytronix route documents: the release in the path and the three HTTP 200 outcomes. */
import { createRoute, z } from '@hono/zod-openapi';
import type { ZodType } from 'zod';
import { FailureBody, InvalidInputsBody } from './common.schemas.js';
import { ENDPOINTS, type EndpointName } from './endpoints.js';

export const releaseParams = z.object({ release: z.string().regex(/^\d+\.\d+$/).openapi({ param: { name: 'release', in: 'path' }, example: '25.33' }) });

export function outcomes(success: ZodType, failure: ZodType, invalid?: ZodType) {
  const schema = invalid ? z.union([success, failure, invalid]) : z.union([success, failure]);
  return {
    200: { description: 'success, failure or invalidInputs (the `result` field says which)', content: { 'application/json': { schema } } },
    401: { description: 'Missing or malformed HTTP Basic credentials', content: { 'application/json': { schema: failure } } },
  };
}

/**
 * The route of one of the seed's endpoints: its method from endpoints.ts, the path
 * `/rest/{release}/payment/<name>.json`, the input as the JSON body (POST) or the query (GET,
 * DELETE), and the success, failure and invalidInputs outcomes.
 */
export function paytronixRoute(name: EndpointName, summary: string, input: ZodType, success: ZodType) {
  const { method } = ENDPOINTS[name];
  const request =
    method === 'post'
      ? { params: releaseParams, body: { content: { 'application/json': { schema: input } }, required: true } }
      : { params: releaseParams, query: input as z.ZodObject };
  return createRoute({ method, path: `/rest/{release}/payment/${name}.json`, operationId: name, summary, request, responses: outcomes(success, FailureBody, InvalidInputsBody) });
}
