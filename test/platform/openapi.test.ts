import { describe, expect, it } from 'vitest';
import { makeSandbox } from '../helpers/sandbox.js';

describe('OpenAPI and docs', () => {
  it('documents the three Mews operations from the Zod schemas that validate them', async () => {
    const s = await makeSandbox();
    const { status, body } = await s.json('GET', '/openapi/mews.json');
    expect(status).toBe(200);
    expect(body.openapi).toBe('3.1.0');
    expect(body.servers).toEqual([{ url: 'http://localhost' }]);
    const ops = Object.entries(body.paths as Record<string, Record<string, { operationId: string }>>).flatMap(([path, m]) =>
      Object.entries(m).map(([method, op]) => `${method} ${path} ${op.operationId}`),
    );
    expect(ops).toEqual([
      'post /api/connector/v1/paymentRequests/getAll paymentRequests_getAll',
      'post /api/connector/v1/paymentRequests/add paymentRequests_add',
      'post /api/connector/v1/paymentRequests/cancel paymentRequests_cancel',
    ]);
    const params = body.components.schemas.PaymentRequestParameters;
    expect(params.required).toEqual(['AccountId', 'Amount', 'Type', 'Reason', 'ExpirationUtc', 'Description']);
    expect(params.properties.Description.maxLength).toBe(1000);
    expect(params.properties.Type.enum).toEqual(['Payment', 'Preauthorization']);
    expect(body.components.schemas.PaymentRequestGetAllParameters.properties.Limitation.properties.Count).toMatchObject({ minimum: 1, maximum: 1000 });
    expect(Object.keys(body.paths['/api/connector/v1/paymentRequests/add'].post.responses)).toEqual(['200', '400', '401', '403', '413', '429', '500']);
  });

  it('404s an unknown provider document', async () => {
    const s = await makeSandbox();
    expect((await s.json('GET', '/openapi/stripe.json')).status).toBe(404);
  });

  it('renders /docs as a self-contained page listing every operation', async () => {
    const s = await makeSandbox();
    const res = await s.call('GET', '/docs');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    for (const op of ['getAll', 'add', 'cancel']) expect(html).toContain(`<code>POST /api/connector/v1/paymentRequests/${op}</code>`);
    expect(html).toContain('href="/openapi/mews.json"');
    expect(html).not.toMatch(/<script|https?:\/\/(?!127)/);
  });

  it('answers unknown paths outside any provider with 404 JSON', async () => {
    const s = await makeSandbox();
    const res = await s.json('GET', '/v1/charges');
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ error: { code: 'route_not_found', message: 'No route for GET /v1/charges' }, requestId: res.headers.get('request-id') });
  });
});
