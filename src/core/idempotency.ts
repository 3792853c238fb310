/**
 * Idempotent replays, per scope (a provider's account) and client key: the first *successful*
 * response (status, content type and body) is stored and replayed for `ttlMs` of sandbox time; the
 * same key with a different request is a conflict; concurrent requests with one key run the
 * operation once and all receive its outcome. Failures are never stored.
 *
 * Entries live in the database's `idempotency` record under `<scope>\u0000<key>` (the scope starts
 * with the provider id, so a per-provider reset can clear them).
 */
import { createHash } from 'node:crypto';
import type { Clock } from './clock.js';
import type { Database } from './db/database.js';
import { DueQueue } from './due-queue.js';

export interface StoredResponse {
  status: number;
  contentType: string;
  body: string;
}

interface Entry extends StoredResponse {
  fingerprint: string;
  at: number;
}

export type IdempotentResult =
  | { kind: 'fresh'; response: StoredResponse }
  | { kind: 'replay'; response: StoredResponse }
  | { kind: 'mismatch' };

/** A stable digest of a request: method, path and the body with its keys sorted. */
export function fingerprint(method: string, path: string, body: unknown): string {
  return createHash('sha256').update(`${method} ${path}\n${canonicalJson(body)}`).digest('base64url');
}

export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export class IdempotencyStore {
  private readonly inFlight = new Map<string, { fingerprint: string; done: Promise<StoredResponse> }>();
  private readonly expiry = new DueQueue<string>();

  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly prefix: string,
    private readonly ttlMs: number,
  ) {}

  private get entries(): Record<string, Entry> {
    return this.db.data.idempotency as Record<string, Entry>;
  }

  /** Rebuild the expiry schedule from the stored entries of this prefix. */
  reload(): void {
    this.expiry.clear();
    for (const [id, entry] of Object.entries(this.entries)) if (id.startsWith(this.prefix)) this.expiry.push(entry.at + this.ttlMs, id);
  }

  /** Forget entries older than the time-to-live. */
  prune(nowMs: number): number {
    let removed = 0;
    for (const { key } of this.expiry.popDue(nowMs)) {
      const entry = this.entries[key];
      if (entry && entry.at + this.ttlMs <= nowMs) {
        delete this.entries[key];
        this.db.changed(['idempotency', key]);
        removed += 1;
      }
    }
    return removed;
  }

  /**
   * Run `exec` once for (scope, key). `exec` returns the response and whether it succeeded; a
   * thrown error or an unsuccessful response is passed to concurrent waiters but not stored.
   */
  async run(scope: string, key: string, print: string, exec: () => Promise<{ response: StoredResponse; ok: boolean }>): Promise<IdempotentResult> {
    const id = `${this.prefix}${scope}\u0000${key}`;
    const nowMs = this.clock.nowMs();
    const stored = this.entries[id];
    if (stored && stored.at + this.ttlMs > nowMs) {
      if (stored.fingerprint !== print) return { kind: 'mismatch' };
      return { kind: 'replay', response: { status: stored.status, contentType: stored.contentType, body: stored.body } };
    }
    const running = this.inFlight.get(id);
    if (running) {
      if (running.fingerprint !== print) return { kind: 'mismatch' };
      return { kind: 'replay', response: await running.done };
    }
    const done = exec().then(({ response, ok }) => {
      if (ok) {
        const at = this.clock.nowMs();
        this.entries[id] = { ...response, fingerprint: print, at };
        this.db.changed(['idempotency', id]);
        this.expiry.push(at + this.ttlMs, id);
      }
      return response;
    });
    this.inFlight.set(id, { fingerprint: print, done });
    try {
      return { kind: 'fresh', response: await done };
    } finally {
      this.inFlight.delete(id);
    }
  }
}
