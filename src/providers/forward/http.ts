/**
 * The pipeline every Forward call goes through, as one middleware: x-api-key (401), x-account-id
 * (400 WRONG_ARGUMENTS; an unseen account is provisioned), the JSON body, idempotency (replay,
 * 409 on a different request, single-flight), the scenario's transport outcomes, then validation
 * against the route's own Zod schemas.
 */
import type { RouteConfig } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { RejectedError, UnauthorizedError, ValidationError } from '../../core/errors.js';
import { readJsonObject } from '../../core/http/json-body.js';
import { scenario, validate, type Call, type Step } from '../../core/http/operation.js';
import { fingerprint, type IdempotencyStore } from '../../core/idempotency.js';
import type { Deps } from '../../core/provider.js';
import type { AccountService } from './accounts/accounts.service.js';
import type { ForwardEnv, ServeOptions } from './context.js';

export const ACCOUNT_ID = /^acct_[0-9A-Za-z]{1,64}$/;
export const REPLAYED_HEADER = 'x-idempotent-replayed';

const apiKey: Step<ForwardEnv> = (c) => {
  if (!c.req.header('x-api-key')?.trim()) throw new UnauthorizedError('Missing API key: send your private key in the x-api-key header');
};

function accountStep(accounts: AccountService, mode: ServeOptions['account']): Step<ForwardEnv> {
  return (c) => {
    const id = c.req.header('x-account-id')?.trim();
    if (!id) {
      if (mode === 'required') throw new ValidationError('x-account-id', 'is required');
      c.set('account', undefined);
      return;
    }
    if (!ACCOUNT_ID.test(id)) throw new ValidationError('x-account-id', 'must be an account id such as acct_2SG6ibTHTo4N6Sdx6Oh66IGg3o3');
    c.set('account', accounts.ensure(id));
  };
}

/** A JSON body, or `{}` when none was sent (actions whose fields are all optional). */
async function optionalJson(c: Context, call: Call): Promise<void> {
  const length = c.req.header('content-length');
  if (!c.req.header('content-type') && (length === undefined || length === '0') && !c.req.header('transfer-encoding')) {
    call.body = {};
    return;
  }
  call.body = await readJsonObject(c);
}

async function requiredJson(c: Context, call: Call): Promise<void> {
  call.body = await readJsonObject(c);
}

export interface PipelineDeps {
  deps: Deps;
  accounts: AccountService;
  idempotency: IdempotencyStore;
  tick: (nowMs: number) => void;
}

export function pipeline(p: PipelineDeps, route: RouteConfig, opts: ServeOptions): MiddlewareHandler<ForwardEnv> {
  const mode = opts.account ?? 'required';
  const before: Step<ForwardEnv>[] = [apiKey];
  if (mode !== 'none') before.push(accountStep(p.accounts, mode));
  const hasBody = route.request?.body !== undefined;
  if (hasBody) before.push(opts.optionalBody ? optionalJson : requiredJson);
  const after: Step<ForwardEnv>[] = [
    scenario<ForwardEnv>(p.deps, { provider: 'forward', operation: opts.id, serverErrorMessage: 'Internal server error' }),
    validate<ForwardEnv>(route),
  ];

  return async (c, next) => {
    p.tick(p.deps.clock.nowMs());
    const call: Call = {};
    for (const step of before) await step(c, call);
    const rest = async () => {
      for (const step of after) await step(c, call);
      await next();
    };
    const key = opts.idempotent ? c.req.header('x-idempotency-key') : undefined;
    if (key === undefined) return rest();
    if (key.length < 10) throw new ValidationError('x-idempotency-key', 'must be at least 10 characters long');
    if (key.length > 255) throw new ValidationError('x-idempotency-key', 'must be at most 255 characters long');
    const scope = c.var.account?.id ?? c.req.header('x-business-id') ?? '-';
    const print = fingerprint(c.req.method, c.req.path, call.body ?? {});
    const result = await p.idempotency.run(scope, key, print, async () => {
      await rest();
      const res = c.res;
      return { ok: res.status < 400, response: { status: res.status, contentType: res.headers.get('content-type') ?? 'application/json', body: await res.clone().text() } };
    });
    if (result.kind === 'mismatch') {
      throw new RejectedError(409, 'IDEMPOTENCY_KEY_REUSED', `The idempotency key ${key} was already used with a different request`);
    }
    if (result.kind === 'replay') {
      c.header(REPLAYED_HEADER, 'true');
      c.header('content-type', result.response.contentType);
      return c.body(result.response.body, result.response.status as ContentfulStatusCode);
    }
  };
}
