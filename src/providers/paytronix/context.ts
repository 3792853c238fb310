/**
 * What every Paytronix resource registers with: the platform's deps, the store, `serve` (mounts one
 * of the seed's endpoints behind the transport pipeline), the admin router (`/__admin/paytronix`),
 * the sandbox pages router, and `onTick` for work the sandbox clock drives.
 */
import type { OpenAPIHono, RouteConfig } from '@hono/zod-openapi';
import type { Handler, Hono } from 'hono';
import type { ZodType } from 'zod';
import type { Deps, SandboxEnv } from '../../core/provider.js';
import type { EndpointName } from './endpoints.js';
import type { PaytronixStore } from './store.js';
import type { QueryShape, ValidateOptions } from './transport.js';

export interface Serve {
  route: RouteConfig;
  /** The schema the input (body, or decoded query) is validated with. */
  input: ZodType;
  handler: Handler<SandboxEnv, any, any>;
  query?: QueryShape;
  validate?: ValidateOptions;
}

export interface PaytronixContext {
  deps: Deps;
  store: PaytronixStore;
  serve(name: EndpointName, s: Serve): void;
  router: OpenAPIHono<SandboxEnv>;
  /** Hooks mounted at `/__admin/paytronix` (events no public API can cause). */
  admin: Hono<SandboxEnv>;
  /** Runs `fn(nowMs)` when the sandbox clock moves and before each request; returns how many changes it applied. */
  onTick(fn: (nowMs: number) => number): void;
}
