/** Mews Connector API, payment requests: module definition, router, credentials and scenarios. */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { z } from 'zod';
import { errorHandler } from '../../core/http/errors.js';
import { jsonBody } from '../../core/http/json-body.js';
import { scenarioGate } from '../../core/http/scenario-gate.js';
import type { Deps, ProviderModule, SandboxEnv } from '../../core/provider.js';
import { throwOnInvalid } from '../../core/validation.js';
import { mewsAdmin } from './admin.js';
import { mewsCredentials, rateKey, type MewsEnv } from './auth.js';
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

    const pipeline = (operation: (typeof OPERATIONS)[number]): MiddlewareHandler<MewsEnv>[] => [
      async (_c, next) => {
        tick(deps.clock.nowMs());
        await next();
      },
      jsonBody(),
      scenarioGate(deps, { provider: 'mews', operation, rateKey, serverErrorMessage: 'Internal server error. Please retry later.' }),
      mewsCredentials(),
    ];

    const router = new OpenAPIHono<MewsEnv>({ defaultHook: throwOnInvalid });
    router.onError(errorHandler(deps.logger, renderMewsError));
    router.openapi({ ...getAllRoute, middleware: pipeline('getAll') }, handlers.getAll);
    router.openapi({ ...addRoute, middleware: pipeline('add') }, handlers.add);
    router.openapi({ ...cancelRoute, middleware: pipeline('cancel') }, handlers.cancel);

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
