/**
 * Paytronix Payment Service: module definition and router. Every endpoint is
 * `/rest/{release}/payment/<name>.json` (release like `25.33`, anything else 404) and goes through
 * `transport.ts`: HTTP Basic, the input, the `authentication` style, the scenario, the schema.
 * Outcomes are rendered in `errors.ts`; the seed's error table is `error-table.ts`.
 */
import { OpenAPIHono, type RouteConfig } from '@hono/zod-openapi';
import type { Handler } from 'hono';
import type { ZodType } from 'zod';
import { RouteNotFoundError } from '../../core/errors.js';
import { errorHandler } from '../../core/http/errors.js';
import { mount, operation, scenario, type Step } from '../../core/http/operation.js';
import type { Deps, ProviderModule, SandboxEnv } from '../../core/provider.js';
import { PaytronixNamespace } from './common.schemas.js';
import { configHandlers } from './config/config.handlers.js';
import { paymentConfigRoute } from './config/config.routes.js';
import { PaymentConfigQuery } from './config/config.schemas.js';
import { ConfigService } from './config/config.service.js';
import { ENDPOINTS, type EndpointName } from './endpoints.js';
import { renderPaytronixError } from './errors.js';
import { rechargeHandlers } from './recharge/recharge.handlers.js';
import { rechargeHistoryRoute, rechargeRoute } from './recharge/recharge.routes.js';
import { HistoryQuery, RechargeBody } from './recharge/recharge.schemas.js';
import { RechargeService } from './recharge/recharge.service.js';
import { savedCardHandlers } from './saved-cards/saved-cards.handlers.js';
import { savedCardRoute } from './saved-cards/saved-cards.routes.js';
import { SavedCardQuery } from './saved-cards/saved-cards.schemas.js';
import { SavedCardService } from './saved-cards/saved-cards.service.js';
import { PaytronixStore } from './store.js';
import { authentication, basicAuth, readInput, validateInput, type QueryShape, type ValidateOptions } from './transport.js';

const RELEASE = /^\/rest\/\d+\.\d+\/payment\//;

/** The release segment must look like `25.33`; anything else is no route. */
const release: Step<SandboxEnv> = (c) => {
  if (!RELEASE.test(c.req.path)) throw new RouteNotFoundError(c.req.method, c.req.path);
};

interface Serve {
  route: RouteConfig;
  input: ZodType;
  handler: Handler<SandboxEnv, any, any>;
  query?: QueryShape;
  validate?: ValidateOptions;
}

export const paytronix: ProviderModule = {
  id: 'paytronix',
  title: 'Paytronix Payment Service',
  basePaths: ['/rest/{release}/payment'],
  owns: (path) => path.startsWith('/rest/'),
  scenario: { operations: Object.keys(ENDPOINTS), outcomes: ['approve', 'decline', 'server_error'], facts: { card: 'string', paymentMethodType: 'string' } },
  redactKeys: ['cardNumber', 'cardSecurityCode', 'password', 'access_token'],
  namespace: PaytronixNamespace,

  create(deps: Deps) {
    const store = new PaytronixStore(deps.db);
    const config = configHandlers(new ConfigService(store));
    const recharge = rechargeHandlers(new RechargeService(deps, store));
    const savedCards = savedCardHandlers(new SavedCardService(deps.clock, store));

    const router = new OpenAPIHono<SandboxEnv>();
    router.onError(errorHandler(deps.logger, renderPaytronixError));
    router.openAPIRegistry.registerComponent('securitySchemes', 'basicAuth', { type: 'http', scheme: 'basic' });
    const serve = (name: EndpointName, s: Serve) => {
      const steps: Step<SandboxEnv>[] = [
        release,
        basicAuth,
        readInput(ENDPOINTS[name].method, s.query),
        authentication(name),
        scenario(deps, { provider: 'paytronix', operation: name, serverErrorMessage: 'Internal server error' }),
        validateInput(s.input, s.validate),
      ];
      mount(router, { ...s.route, security: [{ basicAuth: [] }] }, operation(deps, () => {}, steps), s.handler);
    };
    serve('paymentConfig', { route: paymentConfigRoute, input: PaymentConfigQuery, handler: config.paymentConfig, query: { integers: ['merchantId', 'cardTemplateCode'] } });
    serve('recharge', { route: rechargeRoute, input: RechargeBody, handler: recharge.recharge, validate: { unknownKind: 'recharge.invalid_payment_method' } });
    serve('rechargeHistory', { route: rechargeHistoryRoute, input: HistoryQuery, handler: recharge.history, query: { integers: ['merchantId'] } });
    serve('savedCard', { route: savedCardRoute, input: SavedCardQuery, handler: savedCards.savedCard, query: { integers: ['merchantId'] } });

    return {
      router,
      renderError: renderPaytronixError,
      tick: () => 0,
      reload: () => {},
    };
  },
};
