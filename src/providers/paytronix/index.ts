/**
 * Paytronix Payment Service: module definition and router. Every endpoint is
 * `/rest/{release}/payment/<name>.json` (release like `25.33`, anything else 404) and goes through
 * `transport.ts`: HTTP Basic, the input, the `authentication` style, the scenario, the schema.
 * Outcomes are rendered in `errors.ts`; the seed's error table is `error-table.ts`. Each resource
 * folder registers its endpoints, admin hooks and clock work through the `PaytronixContext`.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import { Hono } from 'hono';
import { RouteNotFoundError } from '../../core/errors.js';
import { errorHandler } from '../../core/http/errors.js';
import { mount, operation, scenario, type Step } from '../../core/http/operation.js';
import type { Deps, ProviderModule, SandboxEnv } from '../../core/provider.js';
import { registerApplePay } from './apple-pay/apple-pay.handlers.js';
import { registerAutoRecharge } from './auto-recharge/auto-recharge.handlers.js';
import { registerCheckout } from './checkout/checkout.handlers.js';
import { PaytronixNamespace } from './common.schemas.js';
import { registerConfig } from './config/config.handlers.js';
import type { PaytronixContext, Serve } from './context.js';
import { ENDPOINTS, type EndpointName } from './endpoints.js';
import { renderPaytronixError } from './errors.js';
import { registerPaymentMethods } from './payment-methods/payment-methods.handlers.js';
import { registerRecharge } from './recharge/recharge.handlers.js';
import { registerSavedCards } from './saved-cards/saved-cards.handlers.js';
import { PaytronixStore } from './store.js';
import { authentication, basicAuth, readInput, validateInput } from './transport.js';

/** Scenario operations no endpoint names: the auto-recharge the clock runs, a guest paying a hosted checkout. */
const CLOCK_OPERATIONS = ['autoRecharge', 'checkoutPay'];

const RELEASE = /^\/rest\/\d+\.\d+\/payment\//;

/** The release segment must look like `25.33`; anything else is no route. */
const release: Step<SandboxEnv> = (c) => {
  if (!RELEASE.test(c.req.path)) throw new RouteNotFoundError(c.req.method, c.req.path);
};

export const paytronix: ProviderModule = {
  id: 'paytronix',
  title: 'Paytronix Payment Service',
  basePaths: ['/rest/{release}/payment'],
  owns: (path) => path.startsWith('/rest/') || path.startsWith('/__sandbox/paytronix'),
  scenario: { operations: [...Object.keys(ENDPOINTS), ...CLOCK_OPERATIONS], outcomes: ['approve', 'decline', 'expire', 'server_error'], facts: { card: 'string', paymentMethodType: 'string' } },
  redactKeys: ['cardNumber', 'cardSecurityCode', 'password', 'access_token', 'token'],
  namespace: PaytronixNamespace,

  create(deps: Deps) {
    const store = new PaytronixStore(deps.db);
    const router = new OpenAPIHono<SandboxEnv>();
    const admin = new Hono<SandboxEnv>();
    const ticks: ((nowMs: number) => number)[] = [];
    router.onError(errorHandler(deps.logger, renderPaytronixError));
    router.openAPIRegistry.registerComponent('securitySchemes', 'basicAuth', { type: 'http', scheme: 'basic' });
    const tick = (nowMs: number) => ticks.reduce((n, fn) => n + fn(nowMs), 0);
    const serve = (name: EndpointName, s: Serve) => {
      const steps: Step<SandboxEnv>[] = [
        release,
        basicAuth,
        readInput(ENDPOINTS[name].method, s.query),
        authentication(name),
        scenario(deps, { provider: 'paytronix', operation: name, serverErrorMessage: 'Internal server error' }),
        validateInput(s.input, s.validate),
      ];
      mount(router, { ...s.route, security: [{ basicAuth: [] }] }, operation(deps, tick, steps), s.handler);
    };
    const ctx: PaytronixContext = { deps, store, serve, router, admin, onTick: (fn) => void ticks.push(fn) };
    registerConfig(ctx);
    registerRecharge(ctx);
    registerSavedCards(ctx);
    registerAutoRecharge(ctx);
    registerPaymentMethods(ctx);
    registerCheckout(ctx);
    registerApplePay(ctx);

    return { router, admin, renderError: renderPaytronixError, tick, reload: () => {} };
  },
};
