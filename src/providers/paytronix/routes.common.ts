/** What every Paytronix route documents: the release in the path and the three HTTP 200 outcomes. */
import { z } from '@hono/zod-openapi';
import type { ZodType } from 'zod';

export const releaseParams = z.object({ release: z.string().regex(/^\d+\.\d+$/).openapi({ param: { name: 'release', in: 'path' }, example: '25.33' }) });

export function outcomes(success: ZodType, failure: ZodType, invalid?: ZodType) {
  const schema = invalid ? z.union([success, failure, invalid]) : z.union([success, failure]);
  return {
    200: { description: 'success, failure or invalidInputs (the `result` field says which)', content: { 'application/json': { schema } } },
    401: { description: 'Missing or malformed HTTP Basic credentials', content: { 'application/json': { schema: failure } } },
  };
}
