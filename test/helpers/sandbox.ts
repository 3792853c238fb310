/** Collects log lines as objects. */
export function captureLogs(): { logger: Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  return { lines, logger: createLogger('debug', (line) => void lines.push(JSON.parse(line))) };
}

/** A fresh in-process sandbox: Memory database, seed 1, clock frozen at 2026-01-01T00:00:00Z. */
import { createApp } from '../../src/app.js';
import { createLogger, type Logger } from '../../src/core/logger.js';
import { loadEnv } from '../../src/env.js';
import { createSandbox, type Platform } from '../../src/sandbox.js';

export const T0 = '2026-01-01T00:00:00Z';

export interface TestSandbox {
  platform: Platform;
  app: ReturnType<typeof createApp>;
  call(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
  json<T = any>(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<{ status: number; body: T; headers: Headers }>;
}

export async function makeSandbox(env: Record<string, string> = {}, logger: Logger = createLogger('silent')): Promise<TestSandbox> {
  const platform = await createSandbox(loadEnv({ SANDBOX_DB: 'memory', SANDBOX_CLOCK: T0, SANDBOX_SEED: '1', LOG_LEVEL: 'silent', ...env }), { logger });
  const app = createApp(platform);
  const call = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    Promise.resolve(
      app.request(path, {
        method,
        headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
        body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      }),
    );
  return {
    platform,
    app,
    call,
    async json(method, path, body, headers) {
      const res = await call(method, path, body, headers);
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : undefined, headers: res.headers };
    },
  };
}
