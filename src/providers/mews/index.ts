/** Mews Connector API, payment requests: module definition, router, credentials and scenarios. */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Handler } from 'hono';
import { z } from 'zod';
import { errorHandler } from '../../core/http/errors.js';
import { mount, operation, readJson, scenario, validate } from '../../core/http/operation.js';
import type { Deps, ProviderModule, SandboxEnv } from '../../core/provider.js';
import { mewsAdmin } from './admin.js';
import { authenticate, rateKey, type MewsEnv } from './auth.js';
import { renderMewsError } from './errors.js';
import { paymentRequestHandlers } from './payment-requests/payment-requests.handlers.js';
import { addRoute, BASE, cancelRoute, getAllRoute } from './payment-requests/payment-requests.routes.js';
import { StoredPaymentRequest } from './payment-requests/payment-requests.schemas.js';
import { PaymentRequestService } from './payment-requests/payment-requests.service.js';
import { MewsStore } from './store.js';

const OPERATIONS = ['getAll', 'add', 'cancel'] as const;

export const mews: ProviderModule = {
  id: 'mews',
  title: 'Mews Connector API — payment requests',
  basePaths: [BASE],
  owns: (path) => path.startsWith('/api/connector/'),
  scenario: {
    operations: OPERATIONS,
    outcomes: ['approve', 'complete', 'expire', 'rate_limit', 'server_error'],
    facts: { Type: 'string', Reason: 'string', Currency: 'string', Value: 'number', AccountId: 'string', ReservationId: 'string' },
  },
  namespace: z
    .object({ paymentRequests: z.record(z.string(), StoredPaymentRequest) })
    .strict()
    .superRefine((ns, ctx) => {
      for (const [id, record] of Object.entries(ns.paymentRequests)) {
        if (record.Id !== id) ctx.addIssue({ code: 'custom', path: ['paymentRequests', id, 'Id'], message: 'must equal its key' });
      }
    }),

  create(deps: Deps) {
    const store = new MewsStore(deps.db);
    const service = new PaymentRequestService(deps, store);
    const handlers = paymentRequestHandlers(service);
    const tick = (nowMs: number) => service.tick(nowMs);

    const router = new OpenAPIHono<MewsEnv>();
    router.onError(errorHandler(deps.logger, renderMewsError));
    const serve = (name: (typeof OPERATIONS)[number], route: typeof getAllRoute | typeof addRoute | typeof cancelRoute, handler: Handler<MewsEnv, any, any>) => {
      const steps = [
        readJson,
        scenario<MewsEnv>(deps, { provider: 'mews', operation: name, rateKey, serverErrorMessage: 'Internal server error. Please retry later.' }),
        authenticate,
        validate<MewsEnv>(route),
      ];
      mount(router, route, operation(deps, tick, steps), handler);
    };
    serve('getAll', getAllRoute, handlers.getAll);
    serve('add', addRoute, handlers.add);
    serve('cancel', cancelRoute, handlers.cancel);

    return {
      router: router as unknown as OpenAPIHono<SandboxEnv>,
      admin: mewsAdmin(service),
      renderError: renderMewsError,
      tick,
      reload() {
        store.reload();
        service.reload();
      },
    };
  },
};
