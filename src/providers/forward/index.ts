/** Forward Payments API v1.3.0: module definition, pipeline, resources, clock and admin hooks. */
import { OpenAPIHono, type RouteConfig } from '@hono/zod-openapi';
import { Hono, type Handler } from 'hono';
import { z } from 'zod';
import { errorHandler } from '../../core/http/errors.js';
import { mount } from '../../core/http/operation.js';
import { IdempotencyStore } from '../../core/idempotency.js';
import type { Deps, ProviderModule, SandboxEnv } from '../../core/provider.js';
import { AccountService } from './accounts/accounts.service.js';
import { registerCheckoutSessions } from './checkout-sessions/checkout-sessions.handlers.js';
import { storedRecord } from './common.schemas.js';
import { createStore, type ForwardContext, type ForwardEnv, type ServeOptions } from './context.js';
import { registerDisputes } from './disputes/disputes.handlers.js';
import { DisputeService } from './disputes/disputes.service.js';
import { renderForwardError } from './errors.js';
import { registerExternal } from './external/external.handlers.js';
import { pipeline } from './http.js';
import { Jobs } from './jobs.js';
import { registerLedger } from './ledger/ledger.handlers.js';
import { LedgerService } from './ledger/ledger.service.js';
import { OPERATIONS, SCENARIO_FACTS } from './operations.js';
import { registerPaymentIntents } from './payment-intents/payment-intents.handlers.js';
import { PaymentIntentService } from './payment-intents/payment-intents.service.js';
import { registerPaymentMethods } from './payment-methods/payment-methods.handlers.js';
import { PaymentMethodService } from './payment-methods/payment-methods.service.js';
import { registerPayments } from './payments/payments.handlers.js';
import { PaymentService } from './payments/payments.service.js';
import { registerPayouts } from './payouts/payouts.handlers.js';
import { registerProcessingPlans } from './processing-plans/processing-plans.handlers.js';
import { registerRefunds } from './refunds/refunds.handlers.js';
import { RefundService } from './refunds/refunds.service.js';
import { COLLECTIONS } from './store.js';

const IDEMPOTENCY_TTL_MS = 60 * 60 * 1000;
const PREFIXES = ['/checkout_sessions', '/payment_intents', '/payment_method_intents', '/payment_methods', '/refunds', '/external_payments', '/external_refunds', '/disputes', '/ledger', '/transactions', '/payouts', '/processing_plans', '/__sandbox/forward'];

export const forward: ProviderModule = {
  id: 'forward',
  title: 'Forward Payments API v1.3.0',
  basePaths: PREFIXES.filter((p) => !p.startsWith('/__')),
  owns: (path) => PREFIXES.some((p) => path === p || path.startsWith(`${p}/`)),
  scenario: { operations: OPERATIONS, outcomes: ['approve', 'decline', 'dispute', 'expire', 'server_error'], facts: SCENARIO_FACTS },
  namespace: z
    .object({
      ...Object.fromEntries(COLLECTIONS.map((name) => [name, z.record(z.string(), storedRecord)])),
      clock: z.object({ sweptUntil: z.number().nullable() }).strict(),
    })
    .strict(),

  create(deps: Deps) {
    const store = createStore(deps.db);
    const jobs = new Jobs(deps.db);
    const tick = (nowMs: number): number => jobs.tick(nowMs) + idempotency.prune(nowMs);
    const idempotency = new IdempotencyStore(deps.db, deps.clock, 'forward:', IDEMPOTENCY_TTL_MS);
    const methods = new PaymentMethodService(deps, store);
    const accounts = new AccountService(deps, store, (account) => methods.addTestMethods(account));
    const ledger = new LedgerService(deps, store, jobs);
    const disputes = new DisputeService(deps, store, ledger, jobs);
    ledger.onSettled('dispute', (id, at) => disputes.settled(id, at));
    const intents = new PaymentIntentService(deps, store, accounts);
    const payments = new PaymentService(deps, store, accounts, methods, intents, ledger, disputes, jobs);
    const refunds = new RefundService(deps, store, intents, ledger);

    const router = new OpenAPIHono<ForwardEnv>();
    router.onError(errorHandler(deps.logger, renderForwardError));
    router.openAPIRegistry.registerComponent('securitySchemes', 'apiKey', { type: 'apiKey', in: 'header', name: 'x-api-key' });
    const serve = (route: RouteConfig, opts: ServeOptions, handler: Handler<ForwardEnv, any, any>) => {
      mount(router, { ...route, security: [{ apiKey: [] }] }, pipeline({ deps, accounts, idempotency, tick }, route, opts), handler);
    };
    const admin = new Hono<SandboxEnv>();
    const ctx: ForwardContext = { deps, store, jobs, accounts, ledger, disputes, methods, intents, payments, serve, router, admin };

    // Fixed paths before {id} paths that could shadow them.
    registerPaymentMethods(ctx);
    registerPaymentIntents(ctx);
    registerPayments(ctx);
    registerRefunds(ctx, refunds);
    registerCheckoutSessions(ctx);
    registerExternal(ctx, refunds);
    registerDisputes(ctx);
    registerLedger(ctx);
    registerPayouts(ctx);
    registerProcessingPlans(ctx);

    return {
      router: router as unknown as OpenAPIHono<SandboxEnv>,
      admin,
      renderError: renderForwardError,
      tick,
      reload() {
        for (const name of COLLECTIONS) store[name].reload();
        idempotency.reload();
        jobs.reload(deps.clock.nowMs());
      },
    };
  },
};
