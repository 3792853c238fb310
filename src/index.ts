/** Entry point: configuration → sandbox → app → HTTP server; flush and exit on SIGINT/SIGTERM. */
import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import { ConfigError, loadEnv } from './env.js';
import { createSandbox } from './sandbox.js';

function fail(message: string, code: number): never {
  process.stderr.write(`payment-sandbox: ${message}\n`);
  process.exit(code);
}

async function main(): Promise<void> {
  let env;
  try {
    env = loadEnv(process.env, process.argv.slice(2));
  } catch (err) {
    if (err instanceof ConfigError) fail(`invalid configuration: ${err.message}`, 2);
    throw err;
  }
  let platform;
  try {
    platform = await createSandbox(env);
  } catch (err) {
    fail(`cannot start: ${(err as Error).message}`, 1);
  }
  const { logger } = platform.deps;
  const app = createApp(platform);
  const server = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, (info) => {
    logger.info('payment-sandbox listening', {
      url: `http://${env.HOST.includes(':') ? `[${env.HOST}]` : env.HOST}:${info.port}`,
      db: env.SANDBOX_DB ?? 'memory',
      seed: env.SANDBOX_SEED,
      clock: env.SANDBOX_CLOCK_TEXT,
    });
  });
  server.on('error', (err: NodeJS.ErrnoException) => {
    fail(err.code === 'EADDRINUSE' ? `port ${env.PORT} on ${env.HOST} is already in use` : `server error: ${err.message}`, 1);
  });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('stopping', { signal });
    setTimeout(() => fail('shutdown took longer than 5 s; exiting', 1), 5000).unref();
    server.close();
    (server as { closeAllConnections?: () => void }).closeAllConnections?.();
    platform
      .close()
      .then(() => process.exit(0))
      .catch((err: Error) => fail(`could not flush the database: ${err.message}`, 1));
  };
  // Request errors are rendered by the apps; anything that still escapes is logged, never fatal.
  process.on('unhandledRejection', (reason) => logger.error('unhandled rejection', { error: String((reason as Error)?.stack ?? reason) }));
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

void main();
