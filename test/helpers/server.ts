/** Spawns the built server (`dist/server.mjs`, built by `npm test`'s pretest) as a user would run it. */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const ENTRY = `${ROOT}dist/server.mjs`;

export interface Running {
  proc: ChildProcess;
  url: string;
  output: () => string;
  /** Send a signal and wait for the exit; resolves with the code and how long it took. */
  stop(signal?: NodeJS.Signals): Promise<{ code: number | null; ms: number }>;
}

export function runToExit(env: Record<string, string>, args: string[] = []): Promise<{ code: number | null; stderr: string; stdout: string }> {
  return new Promise((resolve) => {
    const proc = spawn(process.execPath, [ENTRY, ...args], { env: { PATH: process.env.PATH, LOG_LEVEL: 'warn', PORT: '0', ...env }, cwd: ROOT });
    let stdout = '';
    let stderr = '';
    proc.stdout.on('data', (d) => (stdout += d));
    proc.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => proc.kill('SIGKILL'), 10_000);
    proc.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr, stdout });
    });
  });
}

export function start(env: Record<string, string>, cwd = ROOT): Promise<Running> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [ENTRY], { env: { PATH: process.env.PATH, PORT: '0', LOG_LEVEL: 'info', ...env }, cwd });
    let out = '';
    let listening = false;
    const collect = (d: Buffer) => {
      out += d;
      const match = listening ? null : /"msg":"payment-sandbox listening","url":"([^"]+)"/.exec(out);
      if (!match) return;
      listening = true;
      resolve({
        proc,
        url: match[1]!,
        output: () => out,
        stop(signal = 'SIGTERM') {
          const t0 = performance.now();
          return new Promise((done) => {
            proc.on('exit', (code) => done({ code, ms: performance.now() - t0 }));
            proc.kill(signal);
          });
        },
      });
    };
    proc.stdout.on('data', collect);
    proc.stderr.on('data', collect);
    proc.on('exit', (code) => {
      if (!listening) reject(new Error(`server exited with ${code} before listening:\n${out}`));
    });
  });
}
