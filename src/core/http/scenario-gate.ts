/**
 * Resolves the request's scenario (header → admin-activated → default) and applies the transport
 * outcomes before the operation runs: `server_error` and `rate_limit`.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { RateLimitedError, ScenarioServerError } from '../errors.js';
import type { Deps, SandboxEnv } from '../provider.js';
import { SCENARIO_HEADER } from '../scenarios/engine.js';

export interface GateOptions {
  provider: string;
  operation: string;
  /** Who a rate limit counts against (an access token, an account). */
  rateKey: (c: Context<SandboxEnv>) => string | Promise<string>;
  serverErrorMessage: string;
}

export function scenarioGate<E extends SandboxEnv>(deps: Deps, opts: GateOptions): MiddlewareHandler<E> {
  return async (ctx, next) => {
    const c = ctx as unknown as Context<SandboxEnv>;
    const scenario = deps.scenarios.resolve(opts.provider, c.req.header(SCENARIO_HEADER));
    c.set('scenario', scenario);
    const outcome = deps.scenarios.decide(scenario, opts.operation, {}, ['server_error', 'rate_limit']);
    if (outcome?.outcome === 'server_error') {
      throw new ScenarioServerError(outcome.status, outcome.message ?? opts.serverErrorMessage);
    }
    if (outcome?.outcome === 'rate_limit') {
      const key = `${opts.provider}:${await opts.rateKey(c)}`;
      const decision = deps.limiter.hit(key, deps.clock.nowMs(), outcome.limit, outcome.windowSeconds * 1000);
      if (!decision.allowed) throw new RateLimitedError(decision.retryAfterSeconds, outcome.limit, outcome.windowSeconds);
    }
    await next();
  };
}
