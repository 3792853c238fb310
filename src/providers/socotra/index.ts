/** Socotra Payment Execution: module definition, router, bearer-token permissions and scenarios. */
import { OpenAPIHono, type RouteConfig } from '@hono/zod-openapi';
import type { Handler } from 'hono';
import { z } from 'zod';
import { errorHandler } from '../../core/http/errors.js';
import { mount, operation, readJson, scenario, validate, type Step } from '../../core/http/operation.js';
import type { Deps, ProviderModule, SandboxEnv } from '../../core/provider.js';
import { authorize } from './auth.js';
import { PERMISSIONS, type OperationId } from './common.schemas.js';
import { renderSocotraError } from './errors.js';
import { financialInstrumentHandlers } from './financial-instruments/financial-instruments.handlers.js';
import { addInstrumentRoute, getInstrumentRoute, updateInstrumentRoute } from './financial-instruments/financial-instruments.routes.js';
import { StoredInstrument } from './financial-instruments/financial-instruments.schemas.js';
import { FinancialInstrumentService } from './financial-instruments/financial-instruments.service.js';
import { paymentProviderHandlers } from './payment-providers/payment-providers.handlers.js';
import { addRoute, getRoute, inactivateRoute, listRoute, updateRoute } from './payment-providers/payment-providers.routes.js';
import { StoredProvider } from './payment-providers/payment-providers.schemas.js';
import { PaymentProviderService } from './payment-providers/payment-providers.service.js';
import { SocotraStore } from './store.js';

/** Write-only fields: never in a response, the journal or the logs. */
const WRITE_ONLY = ['merchantId', 'publicKey', 'privateKey', 'secretKey', 'offlinePaymentToken'] as const;

export const socotra: ProviderModule = {
  id: 'socotra',
  title: 'Socotra Payment Execution',
  basePaths: ['/payment-execution/{tenantLocator}/paymentProviders', '/payment-execution/{tenantLocator}/financialInstruments'],
  owns: (path) => path.startsWith('/payment-execution/'),
  scenario: {
    operations: Object.keys(PERMISSIONS),
    outcomes: ['decline', 'server_error'],
    facts: { paymentServiceProvider: 'string' },
  },
  redactKeys: WRITE_ONLY,
  namespace: z
    .object({ paymentProviders: z.record(z.string(), StoredProvider), financialInstruments: z.record(z.string(), StoredInstrument) })
    .strict(),

  create(deps: Deps) {
    const store = new SocotraStore(deps.db);
    const providers = new PaymentProviderService(deps, store);
    const instruments = new FinancialInstrumentService(store, providers);
    const p = paymentProviderHandlers(providers);
    const fi = financialInstrumentHandlers(instruments);

    const router = new OpenAPIHono<SandboxEnv>();
    router.onError(errorHandler(deps.logger, renderSocotraError));
    router.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', { type: 'http', scheme: 'bearer' });
    const serve = (id: OperationId, route: RouteConfig, handler: Handler<SandboxEnv, any, any>) => {
      // Token first (401/403), then the scenario, then the input (400) — the body last, if any.
      const steps: Step<SandboxEnv>[] = [
        authorize(id),
        scenario(deps, { provider: 'socotra', operation: id, serverErrorMessage: 'Internal server error' }),
        validate(route, ['params', 'query']),
      ];
      if (route.request?.body) steps.push(readJson, validate(route, ['body']));
      mount(router, route, operation(deps, () => {}, steps), handler);
    };
    serve('fetchPaymentProviderConfigurations', listRoute, p.list); // before {locator}: "list" is not a ULID
    serve('fetchPaymentProviderConfiguration', getRoute, p.get);
    serve('addPaymentProviderConfiguration', addRoute, p.add);
    serve('updatePaymentProviderConfiguration', updateRoute, p.update);
    serve('inactivatePaymentProviderConfiguration', inactivateRoute, p.inactivate);
    serve('fetchPaymentExecutionConfigurationForFinancialInstrument', getInstrumentRoute, fi.get);
    serve('addPaymentExecutionConfigurationForFinancialInstrument', addInstrumentRoute, fi.add);
    serve('updatePaymentExecutionConfigurationForFinancialInstrument', updateInstrumentRoute, fi.update);

    return {
      router,
      renderError: renderSocotraError,
      tick: () => 0,
      reload: () => store.reload(),
    };
  },
};
