/**
 * Configuration: environment variables, or CLI flags of the same name in kebab-case
 * (`--port 4200`, `--sandbox-db=memory`), flags winning. Parsed and validated once at start-up.
 */
import { z } from 'zod';
import { parseClockSpec, type ClockSpec } from './core/clock.js';
import { LOG_LEVELS, type LogLevel } from './core/logger.js';

export interface Env {
  PORT: number;
  HOST: string;
  /** A file path, or null for `memory`. */
  SANDBOX_DB: string | null;
  SANDBOX_SCENARIOS_DIR: string;
  SANDBOX_FIXTURES_DIR: string;
  SANDBOX_SEED: number;
  SANDBOX_CLOCK: ClockSpec;
  SANDBOX_CLOCK_TEXT: string;
  SANDBOX_ADMIN_TOKEN: string | null;
  SANDBOX_JOURNAL_SIZE: number;
  LOG_LEVEL: LogLevel;
}

const integer = (min: number, max: number) =>
  z
    .string()
    .regex(/^-?\d+$/, `must be a whole number from ${min} to ${max}`)
    .transform(Number)
    .pipe(z.number().min(min, `must be a whole number from ${min} to ${max}`).max(max, `must be a whole number from ${min} to ${max}`));

const text = z.string().min(1, 'must not be empty');

const schema = z.object({
  PORT: integer(0, 65535).default(4100),
  HOST: text.default('127.0.0.1'),
  SANDBOX_DB: text.default('data/db.json'),
  SANDBOX_SCENARIOS_DIR: text.default('scenarios'),
  SANDBOX_FIXTURES_DIR: text.default('data/seed'),
  SANDBOX_SEED: integer(0, 2 ** 31 - 1).default(1),
  SANDBOX_CLOCK: text.default('system'),
  SANDBOX_ADMIN_TOKEN: text.optional(),
  SANDBOX_JOURNAL_SIZE: integer(0, 100_000).default(1000),
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
});

export const ENV_KEYS = Object.keys(schema.shape) as (keyof typeof schema.shape)[];

export class ConfigError extends Error {}

/** Flags → `{ KEY: value }`: `--sandbox-db x`, `--sandbox-db=x`. */
export function flagsToEnv(argv: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const match = /^--([a-z][a-z-]*)(?:=(.*))?$/.exec(arg);
    if (!match) throw new ConfigError(`unexpected argument "${arg}" (flags look like --port 4100)`);
    const key = match[1]!.toUpperCase().replaceAll('-', '_');
    if (!(ENV_KEYS as string[]).includes(key)) throw new ConfigError(`unknown flag --${match[1]} (known: ${ENV_KEYS.map((k) => `--${k.toLowerCase().replaceAll('_', '-')}`).join(' ')})`);
    const value = match[2] ?? argv[++i];
    if (value === undefined) throw new ConfigError(`flag --${match[1]} needs a value`);
    out[key] = value;
  }
  return out;
}

export function loadEnv(env: Readonly<Record<string, string | undefined>>, argv: readonly string[] = []): Env {
  const raw: Record<string, string> = {};
  for (const key of ENV_KEYS) {
    const value = env[key];
    if (value !== undefined && value !== '') raw[key] = value;
  }
  Object.assign(raw, flagsToEnv(argv));
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const key = String(issue.path[0]);
    throw new ConfigError(`${key} ${issue.message} (got "${raw[key]}")`);
  }
  const clock = parseClockSpec(parsed.data.SANDBOX_CLOCK);
  if (typeof clock === 'string') throw new ConfigError(`SANDBOX_CLOCK ${clock}`);
  return {
    ...parsed.data,
    SANDBOX_DB: parsed.data.SANDBOX_DB === 'memory' ? null : parsed.data.SANDBOX_DB,
    SANDBOX_CLOCK: clock,
    SANDBOX_CLOCK_TEXT: parsed.data.SANDBOX_CLOCK,
    SANDBOX_ADMIN_TOKEN: parsed.data.SANDBOX_ADMIN_TOKEN ?? null,
  };
}
