/** The built server as a user runs it: configuration errors, storage on disk, signals, determinism. */
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp.js';
import { BASE, credentials, newRequest } from '../helpers/mews.js';
import { ROOT, runToExit, start, type Running } from '../helpers/server.js';

const running: Running[] = [];
afterEach(async () => {
  for (const server of running.splice(0)) if (server.proc.exitCode === null && server.proc.signalCode === null) await server.stop('SIGKILL');
});
async function boot(env: Record<string, string>, cwd?: string): Promise<Running> {
  const server = await start(env, cwd);
  running.push(server);
  return server;
}
const tmp = () => tempDir('sandbox-e2e-');
const post = (server: Running, op: string, body: unknown) =>
  fetch(`${server.url}${BASE}/${op}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const add = async (server: Running) => ((await (await post(server, 'add', { ...credentials(), PaymentRequests: [newRequest({ ExpirationUtc: '2099-01-01T00:00:00Z' })] })).json()) as { PaymentRequests: { Id: string }[] }).PaymentRequests[0]!.Id;
const ids = async (server: Running) =>
  ((await (await post(server, 'getAll', { ...credentials(), Limitation: { Count: 100 } })).json()) as { PaymentRequests: { Id: string }[] }).PaymentRequests.map((p) => p.Id);

describe('start-up', () => {
  it.each([
    [{ PORT: 'abc' }, [], 2, 'payment-sandbox: invalid configuration: PORT must be a whole number from 0 to 65535 (got "abc")\n'],
    [{ SANDBOX_CLOCK: 'yesterday' }, [], 2, 'payment-sandbox: invalid configuration: SANDBOX_CLOCK must be "system" or an ISO-8601 instant such as 2026-01-01T00:00:00Z (got "yesterday")\n'],
    [{}, ['--log-level', 'chatty'], 2, 'payment-sandbox: invalid configuration: LOG_LEVEL must be one of debug, info, warn, error, silent (got "chatty")\n'],
  ])('exits with a one-line reason on bad configuration %j %j', async (env, args, code, stderr) => {
    const result = await runToExit({ SANDBOX_DB: 'memory', ...env }, args);
    expect(result).toMatchObject({ code, stderr });
  });

  it('refuses a corrupt database file with a clear message and leaves it untouched', async () => {
    const file = join(tmp(), 'db.json');
    writeFileSync(file, '{"version": 1, "admin": ');
    const result = await runToExit({ SANDBOX_DB: file });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`^payment-sandbox: cannot start: ${file} is not valid JSON \\(.+\\); the sandbox will not overwrite it`));
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(readFileSync(file, 'utf8')).toBe('{"version": 1, "admin": ');
  });

  it('refuses a bad scenario file, naming the file and the field', async () => {
    const dir = tmp();
    cpSync(join(ROOT, 'scenarios'), dir, { recursive: true });
    writeFileSync(join(dir, 'mews', 'expirations.json'), JSON.stringify({ description: 'x', rules: [{ then: { outcome: 'expire', afterSeconds: -1 } }] }));
    const result = await runToExit({ SANDBOX_DB: 'memory', SANDBOX_SCENARIOS_DIR: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`payment-sandbox: cannot start: ${join(dir, 'mews', 'expirations.json')}: rules[0].then.afterSeconds must be at least 0\n`);
  });
});

describe('storage and signals', () => {
  it('creates data/db.json from the seed fixtures, flushes on SIGTERM within a second, and keeps data across restarts', async () => {
    const file = join(tmp(), 'data', 'db.json');
    const first = await boot({ SANDBOX_DB: file });
    expect(JSON.parse(readFileSync(file, 'utf8')).mews.paymentRequests).toHaveProperty('bcc76295-4e47-4cf1-a7cb-afae00bd1c35');
    const id = await add(first);
    const stopped = await first.stop('SIGTERM');
    expect(stopped.code).toBe(0);
    expect(stopped.ms).toBeLessThan(1000);
    expect(JSON.parse(readFileSync(file, 'utf8')).mews.paymentRequests).toHaveProperty(id);
    const second = await boot({ SANDBOX_DB: file });
    expect(await ids(second)).toEqual([id]);
  });

  it('loses nothing older than the flush interval on SIGKILL (write-ahead log replayed at start)', async () => {
    const file = join(tmp(), 'db.json');
    const first = await boot({ SANDBOX_DB: file });
    const id = await add(first);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await first.stop('SIGKILL');
    expect(readFileSync(`${file}.wal`, 'utf8')).toContain(id);
    const second = await boot({ SANDBOX_DB: file });
    expect(await ids(second)).toEqual([id]);
    expect(readFileSync(`${file}.wal`, 'utf8')).toBe('');
  });

  it('keeps nothing on disk with SANDBOX_DB=memory', async () => {
    const cwd = tmp();
    const server = await boot({ SANDBOX_DB: 'memory', SANDBOX_SCENARIOS_DIR: join(ROOT, 'scenarios'), SANDBOX_FIXTURES_DIR: join(ROOT, 'data/seed') }, cwd);
    await add(server);
    expect((await server.stop()).code).toBe(0);
    expect(readdirSync(cwd)).toEqual([]);
    expect(existsSync(join(cwd, 'data'))).toBe(false);
  });
});

describe('determinism across processes', () => {
  it('two fresh servers with the same seed and clock answer the same requests with identical bytes', async () => {
    const env = { SANDBOX_DB: 'memory', SANDBOX_SEED: '7', SANDBOX_CLOCK: '2026-01-01T00:00:00Z' };
    const transcript = async (server: Running) => {
      const lines: string[] = [];
      for (const [op, body] of [
        ['add', { ...credentials(), PaymentRequests: [newRequest(), newRequest()] }],
        ['getAll', { ...credentials(), Limitation: { Count: 1 } }],
        ['add', { ...credentials(), PaymentRequests: [newRequest({ Type: 'Bogus' })] }],
      ] as const) {
        const res = await post(server, op, body);
        lines.push(`${res.status} ${res.headers.get('request-id')} ${await res.text()}`);
      }
      return lines;
    };
    const [a, b] = await Promise.all([boot(env), boot(env)]);
    const [ta, tb] = await Promise.all([transcript(a), transcript(b)]);
    expect(tb).toEqual(ta);
    expect(ta[2]).toMatch(/^400 /);
  });
});

describe('Forward through the built server', () => {
  it('pays, replays an idempotent call, and keeps the payment across a restart (no card number on disk)', async () => {
    const dir = tmp();
    const env = { SANDBOX_DB: join(dir, 'db.json'), SANDBOX_CLOCK: '2026-01-01T00:00:00Z' };
    const headers = { 'content-type': 'application/json', 'x-api-key': 'sk_test', 'x-account-id': 'acct_E2eAccount01' };
    const call = (server: Running, path: string, body?: unknown, extra: Record<string, string> = {}) =>
      fetch(`${server.url}${path}`, { method: body === undefined ? 'GET' : 'POST', headers: { ...headers, ...extra }, body: body === undefined ? undefined : JSON.stringify(body) });
    const first = await boot(env);
    const pm = (await (await call(first, '/payment_method_intents', { payment_method_data: { payment_method_type: 'card', card: { number: '5555555555554444', exp_month: 4, exp_year: 2031, cvv: '321' } } })).json()) as { id: string };
    const intent = (await (await call(first, '/payment_intents', { amount: 1999 })).json()) as { id: string };
    const key = { 'x-idempotency-key': 'e2e-payment-0001' };
    const paid = await call(first, `/payment_intents/${intent.id}/payments`, { payment_method_id: pm.id }, key);
    const replay = await call(first, `/payment_intents/${intent.id}/payments`, { payment_method_id: pm.id }, key);
    expect([paid.status, replay.status, replay.headers.get('x-idempotent-replayed')]).toEqual([200, 200, 'true']);
    expect(await replay.text()).toBe(await paid.text());
    await first.stop('SIGTERM');
    const stored = readFileSync(join(dir, 'db.json'), 'utf8');
    expect(stored).toContain('555555******4444');
    expect(stored).not.toContain('5555555555554444');
    const second = await boot(env);
    const after = (await (await call(second, `/payment_intents/${intent.id}`)).json()) as { status: string; amount_captured: number };
    expect([after.status, after.amount_captured]).toEqual(['captured', 1999]);
  });
});
