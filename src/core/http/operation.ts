/**
 * What every provider call goes through before its handler, as one middleware (this path is hot,
 * and each Hono layer costs): due transitions, a strict JSON body, the scenario (header →
 * admin-activated → default) with its transport outcomes (`server_error`, `rate_limit`), the
 * provider's own authentication, then validation with the route's Zod schema — the same schema its
 * OpenAPI document is generated from. Handlers read the result with `c.req.valid('json')`.
 */
import type { Context, MiddlewareHandler } from 'hono';
import type { ZodType } from 'zod';
import { RateLimitedError, ScenarioServerError } from '../errors.js';
import type { Deps, SandboxEnv } from '../provider.js';
import { SCENARIO_HEADER } from '../scenarios/engine.js';
import { parseOrThrow } from '../validation.js';
import { readJsonObject } from './json-body.js';

export interface OperationOptions<E extends SandboxEnv> {
  provider: string;
  operation: string;
  body: ZodType;
  /** Time-driven transitions due now (lazy evaluation on every call). */
  tick(nowMs: number): void;
  /** The provider's credentials check; throws a named error (401, 403…). */
  authenticate(c: Context<E>, body: Record<string, unknown>): void;
  /** Who a rate limit counts against (an access token, an account), from the raw body. */
  rateKey(c: Context<E>, body: Record<string, unknown>): string;
  serverErrorMessage: string;
}

export function operation<E extends SandboxEnv>(deps: Deps, opts: OperationOptions<E>): MiddlewareHandler<E> {
  return async (c, next) => {
    opts.tick(deps.clock.nowMs());
    const body = await readJsonObject(c);
    const scenario = deps.scenarios.resolve(opts.provider, c.req.header(SCENARIO_HEADER));
    (c as unknown as Context<SandboxEnv>).set('scenario', scenario);
    const outcome = deps.scenarios.decide(scenario, opts.operation, {}, ['server_error', 'rate_limit']);
    if (outcome?.outcome === 'server_error') {
      throw new ScenarioServerError(outcome.status, outcome.message ?? opts.serverErrorMessage);
    }
    if (outcome?.outcome === 'rate_limit') {
      const key = `${opts.provider}:${opts.rateKey(c, body)}`;
      const decision = deps.limiter.hit(key, deps.clock.nowMs(), outcome.limit, outcome.windowSeconds * 1000);
      if (!decision.allowed) throw new RateLimitedError(decision.retryAfterSeconds, outcome.limit, outcome.windowSeconds);
    }
    opts.authenticate(c, body);
    c.req.addValidatedData('json', parseOrThrow(opts.body, body) as object);
    await next();
  };
}
