import { describe, expect, it } from 'vitest';
import { ConfigError, flagsToEnv, loadEnv } from '../../src/env.js';

describe('configuration', () => {
  it('has the documented defaults', () => {
    expect(loadEnv({})).toEqual({
      PORT: 4100,
      HOST: '127.0.0.1',
      SANDBOX_DB: 'data/db.json',
      SANDBOX_SCENARIOS_DIR: 'scenarios',
      SANDBOX_FIXTURES_DIR: 'data/seed',
      SANDBOX_SEED: 1,
      SANDBOX_CLOCK: { mode: 'system' },
      SANDBOX_CLOCK_TEXT: 'system',
      SANDBOX_ADMIN_TOKEN: null,
      SANDBOX_JOURNAL_SIZE: 1000,
      LOG_LEVEL: 'info',
    });
  });

  it('reads variables, and kebab-case flags that win over them', () => {
    const env = loadEnv({ PORT: '5000', SANDBOX_DB: 'memory', SANDBOX_CLOCK: '2026-01-01T00:00:00Z' }, ['--port', '6000', '--sandbox-seed=42', '--log-level', 'silent']);
    expect(env).toMatchObject({ PORT: 6000, SANDBOX_DB: null, SANDBOX_SEED: 42, LOG_LEVEL: 'silent', SANDBOX_CLOCK: { mode: 'frozen', atMs: Date.parse('2026-01-01T00:00:00Z') } });
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT must be a whole number from 0 to 65535 (got "abc")'],
    [{ PORT: '70000' }, 'PORT must be a whole number from 0 to 65535 (got "70000")'],
    [{ SANDBOX_SEED: '1.5' }, 'SANDBOX_SEED must be a whole number from 0 to 2147483647 (got "1.5")'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL must be one of debug, info, warn, error, silent (got "loud")'],
    [{ SANDBOX_CLOCK: 'tomorrow' }, 'SANDBOX_CLOCK must be "system" or an ISO-8601 instant such as 2026-01-01T00:00:00Z (got "tomorrow")'],
    [{ SANDBOX_JOURNAL_SIZE: '-1' }, 'SANDBOX_JOURNAL_SIZE must be a whole number from 0 to 100000 (got "-1")'],
  ])('rejects %j with one line', (env, message) => {
    expect(() => loadEnv(env)).toThrow(new ConfigError(message));
  });

  it.each([
    [['--colour', 'red'], /unknown flag --colour/],
    [['--port'], /flag --port needs a value/],
    [['4100'], /unexpected argument "4100"/],
  ])('rejects flags %j', (argv, message) => expect(() => flagsToEnv(argv)).toThrow(message));
});
