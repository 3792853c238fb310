/**
 * What a provider call goes through before its handler, as one middleware built from steps (this
 * path is hot, and every Hono layer costs). Each provider lists its steps in its own order — Mews
 * reads the body before its credentials (they are in the body), Socotra checks its bearer token
 * first. Validation uses the route's own Zod schemas, the ones its OpenAPI document is generated
 * from; handlers read the results with `c.req.valid('json' | 'param' | 'query')`.
 */
import type { RouteConfig } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context, Handler, MiddlewareHandler } from 'hono';
import type { ZodType } from 'zod';
import { RateLimitedError, ScenarioServerError } from '../errors.js';
import type { Deps, SandboxEnv } from '../provider.js';
import { SCENARIO_HEADER } from '../scenarios/engine.js';
import { parseOrThrow } from '../validation.js';
import { readJsonObject } from './json-body.js';

/** What the steps of one call share. */
export interface Call {
  body?: Record<string, unknown>;
}

export type Step<E extends SandboxEnv> = (c: Context<E>, call: Call) => void | Promise<void>;

export function operation<E extends SandboxEnv>(deps: Deps, tick: (nowMs: number) => void, steps: Step<E>[]): MiddlewareHandler<E> {
  return async (c, next) => {
    tick(deps.clock.nowMs());
    const call: Call = {};
    for (const step of steps) {
      const pending = step(c, call);
      if (pending) await pending;
    }
    await next();
  };
}

/** A strict JSON object body (415 for another media type, 400 for invalid JSON). */
export async function readJson(c: Context, call: Call): Promise<void> {
  call.body = await readJsonObject(c);
}

export interface ScenarioStepOptions<E extends SandboxEnv> {
  provider: string;
  operation: string;
  /** Who a rate limit counts against (an access token, an account). */
  rateKey?: (c: Context<E>, call: Call) => string;
  serverErrorMessage: string;
}

/** The call's scenario (header → admin-activated → default) and its transport outcomes. */
export function scenario<E extends SandboxEnv>(deps: Deps, opts: ScenarioStepOptions<E>): Step<E> {
  return (c, call) => {
    const active = deps.scenarios.resolve(opts.provider, c.req.header(SCENARIO_HEADER));
    (c as unknown as Context<SandboxEnv>).set('scenario', active);
    const outcome = deps.scenarios.decide(active, opts.operation, {}, ['server_error', 'rate_limit']);
    if (outcome?.outcome === 'server_error') {
      throw new ScenarioServerError(outcome.status, outcome.message ?? opts.serverErrorMessage);
    }
    if (outcome?.outcome === 'rate_limit') {
      const key = `${opts.provider}:${opts.rateKey?.(c, call) ?? 'all'}`;
      const decision = deps.limiter.hit(key, deps.clock.nowMs(), outcome.limit, outcome.windowSeconds * 1000);
      if (!decision.allowed) throw new RateLimitedError(decision.retryAfterSeconds, outcome.limit, outcome.windowSeconds);
    }
  };
}

type Part = 'params' | 'query' | 'body';

/** The Zod schemas a route documents for its path parameters, query and JSON body. */
function routeSchemas(route: RouteConfig): Partial<Record<Part, ZodType>> {
  const request = route.request;
  const media = request?.body?.content?.['application/json'];
  const body = media && 'schema' in media ? media.schema : undefined;
  return {
    params: request?.params as ZodType | undefined,
    query: request?.query as ZodType | undefined,
    body: body as ZodType | undefined,
  };
}

/** Validate the parts of the request the route documents (the given parts, in the given order). */
export function validate<E extends SandboxEnv>(route: RouteConfig, parts: Part[] = ['params', 'query', 'body']): Step<E> {
  const schemas = routeSchemas(route);
  return (c, call) => {
    for (const part of parts) {
      const schema = schemas[part];
      if (!schema) continue;
      if (part === 'params') c.req.addValidatedData('param', parseOrThrow(schema, c.req.param()) as object);
      else if (part === 'query') c.req.addValidatedData('query', parseOrThrow(schema, c.req.query()) as object);
      else c.req.addValidatedData('json', parseOrThrow(schema, call.body ?? {}) as object);
    }
  };
}

/** Serve a documented route: registered for the OpenAPI document, run with `before` then `handler`. */
export function mount<E extends SandboxEnv>(
  router: OpenAPIHono<E>,
  route: RouteConfig,
  before: MiddlewareHandler<E>,
  handler: Handler<E, any, any>,
): void {
  router.openAPIRegistry.registerPath(route);
  router.on(route.method.toUpperCase(), route.path.replace(/\{(\w+)\}/g, ':$1'), before, handler);
}
