/** core/idempotency and core/pagination on their own. */
import { describe, expect, it } from 'vitest';
import { createClock } from '../../src/core/clock.js';
import { Database } from '../../src/core/db/database.js';
import { emptyAdmin, type Doc } from '../../src/core/db/document.js';
import { canonicalJson, fingerprint, IdempotencyStore } from '../../src/core/idempotency.js';
import { createLogger } from '../../src/core/logger.js';
import { cursorPage, numberedPage } from '../../src/core/pagination.js';

const ITEMS = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
const at = (id: string) => ITEMS.indexOf(id);
const fail = (field: string, id: string): never => {
  throw new Error(`${field}:${id}`);
};

describe('cursorPage (oldest-first list, newest-first pages)', () => {
  it.each([
    [{ limit: 3 }, ['g', 'f', 'e'], true],
    [{ limit: 3, starting_after: 'e' }, ['d', 'c', 'b'], true],
    [{ limit: 3, starting_after: 'b' }, ['a'], false],
    [{ limit: 3, ending_before: 'a' }, ['d', 'c', 'b'], true],
    [{ limit: 3, ending_before: 'd' }, ['g', 'f', 'e'], false],
    [{ limit: 10 }, ['g', 'f', 'e', 'd', 'c', 'b', 'a'], false],
  ])('%j → %j (has_more %s)', (query, data, hasMore) => {
    expect(cursorPage(ITEMS, query, at, fail)).toEqual({ data, has_more: hasMore });
  });

  it('an unknown cursor goes to the caller', () => {
    expect(() => cursorPage(ITEMS, { limit: 2, ending_before: 'z' }, at, fail)).toThrow('ending_before:z');
  });

  it('numberedPage is 1-based', () => {
    expect(numberedPage(ITEMS, 2, 3)).toEqual(['d', 'e', 'f']);
    expect(numberedPage(ITEMS, 4, 3)).toEqual([]);
  });
});

describe('IdempotencyStore', () => {
  const open = async () => {
    const doc = (): Doc => ({ version: 1, admin: emptyAdmin(), idempotency: {} });
    const db = await Database.open({ file: null, initial: doc, validate: (d) => d as Doc, logger: createLogger('silent') });
    const clock = createClock({ mode: 'frozen', atMs: Date.parse('2026-01-01T00:00:00Z') }, '2026-01-01T00:00:00Z');
    return { db, clock, store: new IdempotencyStore(db, clock, 'p:', 1000) };
  };
  const ok = (body: string) => async () => ({ ok: true, response: { status: 200, contentType: 'application/json', body } });

  it('stores success, replays it, refuses a different fingerprint, forgets it after the ttl', async () => {
    const { db, clock, store } = await open();
    expect(await store.run('acct', 'key', 'fp1', ok('one'))).toEqual({ kind: 'fresh', response: { status: 200, contentType: 'application/json', body: 'one' } });
    expect((await store.run('acct', 'key', 'fp1', ok('two'))).kind).toBe('replay');
    expect(await store.run('acct', 'key', 'fp2', ok('two'))).toEqual({ kind: 'mismatch' });
    clock.advance(1000);
    expect(store.prune(clock.nowMs())).toBe(1);
    expect(db.data.idempotency).toEqual({});
    expect((await store.run('acct', 'key', 'fp2', ok('three'))).kind).toBe('fresh');
  });

  it('does not store failures, and shares one run between concurrent callers', async () => {
    const { store } = await open();
    let runs = 0;
    const slow = async () => {
      runs += 1;
      await new Promise((r) => setImmediate(r));
      return { ok: false, response: { status: 400, contentType: 'application/json', body: 'bad' } };
    };
    const results = await Promise.all([store.run('a', 'k', 'f', slow), store.run('a', 'k', 'f', slow), store.run('a', 'k', 'f', slow)]);
    expect(runs).toBe(1);
    expect(results.map((r) => r.kind)).toEqual(['fresh', 'replay', 'replay']);
    expect((await store.run('a', 'k', 'f', slow)).kind).toBe('fresh');
    expect(runs).toBe(2);
  });

  it('fingerprints ignore key order', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] })).toBe('{"a":[{"c":3,"d":2}],"b":1}');
    expect(fingerprint('POST', '/x', { a: 1, b: 2 })).toBe(fingerprint('POST', '/x', { b: 2, a: 1 }));
    expect(fingerprint('POST', '/x', { a: 1 })).not.toBe(fingerprint('POST', '/y', { a: 1 }));
  });
});
