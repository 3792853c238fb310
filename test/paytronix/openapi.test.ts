/** /openapi/paytronix.json documents the seed's 24 endpoints with their methods and HTTP Basic. */
import { describe, expect, it } from 'vitest';
import { ENDPOINTS } from '../../src/providers/paytronix/endpoints.js';
import { makeSandbox } from '../helpers/sandbox.js';

describe('paytronix: OpenAPI document', () => {
  it('has every endpoint at /rest/{release}/payment/<name>.json with the seed method, basicAuth and the three outcomes', async () => {
    const s = await makeSandbox();
    const { status, body } = await s.json('GET', '/openapi/paytronix.json');
    expect(status).toBe(200);
    const documented = Object.entries(body.paths as Record<string, Record<string, { operationId: string; security: unknown; responses: Record<string, unknown> }>>).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({ path, method, op })),
    );
    const expected = Object.entries(ENDPOINTS).map(([name, e]) => `${e.method} /rest/{release}/payment/${name}.json ${name}`);
    expect(documented.map((d) => `${d.method} ${d.path} ${d.op.operationId}`).sort()).toEqual(expected.sort());
    expect(documented).toHaveLength(24);
    for (const { op } of documented) {
      expect(op.security).toEqual([{ basicAuth: [] }]);
      expect(Object.keys(op.responses).sort()).toEqual(['200', '401']);
    }
    expect(body.components.securitySchemes.basicAuth).toEqual({ type: 'http', scheme: 'basic' });
  });
});
