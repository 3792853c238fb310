/** What a provider module gives the platform, and what the platform gives it. */
import type { Context, Hono } from 'hono';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { ZodType } from 'zod';
import type { Clock } from './clock.js';
import type { Database } from './db/database.js';
import type { SandboxError } from './errors.js';
import type { Journal } from './journal.js';
import type { Logger } from './logger.js';
import type { Random } from './random.js';
import type { SlidingWindowLimiter } from './rate-limit.js';
import type { ScenarioEngine } from './scenarios/engine.js';
import type { Scenario, ScenarioSpec } from './scenarios/loader.js';

export interface Deps {
  clock: Clock;
  random: Random;
  db: Database;
  scenarios: ScenarioEngine;
  limiter: SlidingWindowLimiter;
  journal: Journal;
  logger: Logger;
  version: string;
}

/** Hono variables every request carries. */
export type SandboxEnv = {
  Variables: {
    requestId: string;
    scenario: Scenario;
  };
};

export interface ProviderModule {
  id: string;
  title: string;
  /** Native path prefixes, listed by the admin API and the docs. */
  basePaths: readonly string[];
  /** Does this provider own a request path (for 404s and errors raised before routing)? */
  owns(path: string): boolean;
  scenario: ScenarioSpec;
  /** Write-only fields the journal and logs must never show. */
  redactKeys?: readonly string[];
  /** The provider's namespace in the database document (validated on load and import). */
  namespace: ZodType;
  create(deps: Deps): ProviderInstance;
}

export interface ProviderInstance {
  /** Routes on native paths, mounted at the root. */
  router: OpenAPIHono<SandboxEnv>;
  /** Provider hooks mounted at `/__admin/<id>` (events no public API can cause). */
  admin?: Hono<SandboxEnv>;
  /** Renders any named error in the provider's own envelope (the one place that does). */
  renderError(err: SandboxError, c: Context<SandboxEnv>): Response;
  /** Applies time-driven transitions due at `nowMs`; returns how many were applied. */
  tick(nowMs: number): number;
  /** Rebuilds in-memory indexes after the namespace was replaced (start-up, reset, import). */
  reload(): void;
}
