/** Composition: configuration → clock, random, database, scenarios, providers. */
import { readFileSync } from 'node:fs';
import { createClock, type Clock } from './core/clock.js';
import { Database } from './core/db/database.js';
import { Journal } from './core/journal.js';
import { createLogger, type Logger } from './core/logger.js';
import type { Deps, ProviderInstance, ProviderModule } from './core/provider.js';
import { createRandom } from './core/random.js';
import { SlidingWindowLimiter } from './core/rate-limit.js';
import { ScenarioEngine } from './core/scenarios/engine.js';
import { loadScenarios } from './core/scenarios/loader.js';
import type { Env } from './env.js';
import { providers as allProviders } from './providers/index.js';
import { stateTools, type StateTools } from './state.js';

export interface MountedProvider {
  module: ProviderModule;
  instance: ProviderInstance;
}

export interface Platform {
  env: Env;
  deps: Deps;
  state: StateTools;
  providers: MountedProvider[];
  owner(path: string): MountedProvider | undefined;
  /** Run every provider's due transitions; how many each applied. */
  tickAll(): Record<string, number>;
  /** Persist the clock after a set or advance. */
  saveClock(): void;
  close(): Promise<void>;
}

export interface SandboxOptions {
  logger?: Logger;
  /** Real time for a `system` clock (tests inject one). */
  realNow?: () => number;
  providers?: readonly ProviderModule[];
}

export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

export async function createSandbox(env: Env, opts: SandboxOptions = {}): Promise<Platform> {
  const logger = opts.logger ?? createLogger(env.LOG_LEVEL);
  const modules = opts.providers ?? allProviders;
  const catalog = loadScenarios(env.SANDBOX_SCENARIOS_DIR, Object.fromEntries(modules.map((m) => [m.id, m.scenario])));
  const state = stateTools(modules, env.SANDBOX_FIXTURES_DIR);
  const db = await Database.open({ file: env.SANDBOX_DB, initial: state.initial, validate: state.validate, logger });

  const clock: Clock = createClock(env.SANDBOX_CLOCK, env.SANDBOX_CLOCK_TEXT, opts.realNow);
  const saved = db.data.admin.clock;
  if (saved && saved.origin === env.SANDBOX_CLOCK_TEXT) clock.restore(saved);

  for (const [provider, name] of Object.entries(db.data.admin.scenarios)) {
    if (!catalog.get(provider)?.has(name)) {
      logger.warn('the active scenario stored in the database no longer exists; using default', { provider, scenario: name });
      delete db.data.admin.scenarios[provider];
      db.changed(['admin', 'scenarios', provider]);
    }
  }
  const scenarios = new ScenarioEngine(catalog, {
    get: (provider) => db.data.admin.scenarios[provider],
    set(provider, name) {
      if (name === undefined) delete db.data.admin.scenarios[provider];
      else db.data.admin.scenarios[provider] = name;
      db.changed(['admin', 'scenarios', provider]);
    },
  });

  const deps: Deps = {
    clock,
    random: createRandom(env.SANDBOX_SEED, db.sequences),
    db,
    scenarios,
    limiter: new SlidingWindowLimiter(),
    journal: new Journal(env.SANDBOX_JOURNAL_SIZE),
    logger,
    version: packageVersion(),
  };
  const providers = modules.map((module) => ({ module, instance: module.create(deps) }));
  for (const { instance } of providers) instance.reload();

  return {
    env,
    deps,
    state,
    providers,
    owner: (path) => providers.find((p) => p.module.owns(path)),
    tickAll() {
      const now = clock.nowMs();
      return Object.fromEntries(providers.map((p) => [p.module.id, p.instance.tick(now)]));
    },
    saveClock() {
      db.data.admin.clock = clock.state();
      db.changed(['admin', 'clock']);
    },
    close: () => db.close(),
  };
}
