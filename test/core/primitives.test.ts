import { describe, expect, it } from 'vitest';
import { DueQueue } from '../../src/core/due-queue.js';
import { IllegalTransitionError } from '../../src/core/errors.js';
import { Journal, type JournalEntry } from '../../src/core/journal.js';
import { SlidingWindowLimiter } from '../../src/core/rate-limit.js';
import { defineMachine } from '../../src/core/state-machine.js';
import { addMonthsUtc, isoSeconds } from '../../src/core/time.js';

describe('state machine', () => {
  const machine = defineMachine<'open' | 'done' | 'void', 'finish' | 'cancel'>('thing', { open: { finish: 'done', cancel: 'void' } });
  it.each([
    ['open', 'finish', 'done'],
    ['open', 'cancel', 'void'],
  ] as const)('%s --%s--> %s', (from, event, to) => {
    expect(machine.can(from, event)).toBe(true);
    expect(machine.next(from, event)).toBe(to);
  });
  it.each([
    ['done', 'cancel'],
    ['void', 'finish'],
  ] as const)('refuses %s --%s-->', (from, event) => {
    expect(machine.can(from, event)).toBe(false);
    expect(() => machine.next(from, event)).toThrow(new IllegalTransitionError('thing', from, event));
  });
});

describe('due queue', () => {
  it('pops what is due, earliest first and ties in insertion order', () => {
    const q = new DueQueue<string>();
    for (const [at, key] of [[30, 'c'], [10, 'a'], [20, 'b1'], [20, 'b2'], [40, 'd']] as const) q.push(at, key);
    expect(q.popDue(5)).toEqual([]);
    expect(q.popDue(20).map((e) => e.key)).toEqual(['a', 'b1', 'b2']);
    expect(q.popDue(100).map((e) => e.key)).toEqual(['c', 'd']);
    expect(q.size).toBe(0);
  });
  it('keeps heap order over many random pushes', () => {
    const q = new DueQueue<number>();
    const values = Array.from({ length: 500 }, (_, i) => (i * 7919) % 1000);
    values.forEach((v, i) => q.push(v, i));
    const out = q.popDue(1000).map((e) => e.at);
    expect(out).toEqual([...values].sort((a, b) => a - b));
  });
});

describe('sliding window limiter', () => {
  it('allows `limit` calls per window per key, then says when to retry', () => {
    const limiter = new SlidingWindowLimiter();
    for (let i = 0; i < 3; i++) expect(limiter.hit('k', 1000 + i * 1000, 3, 30_000).allowed).toBe(true);
    expect(limiter.hit('k', 4000, 3, 30_000)).toEqual({ allowed: false, retryAfterSeconds: 27 });
    expect(limiter.hit('other', 4000, 3, 30_000).allowed).toBe(true);
    expect(limiter.hit('k', 31_000, 3, 30_000).allowed).toBe(true); // the first call left the window
    limiter.reset('k');
    expect(limiter.hit('k', 31_000, 1, 30_000).allowed).toBe(true);
  });
});

describe('journal', () => {
  const entry = (n: number, provider: string | null = 'mews'): JournalEntry => ({
    id: String(n), at: '', provider, method: 'POST', path: '/', query: {}, headers: {}, body: null, status: 200,
  });
  it('keeps the newest `capacity` entries, newest first, filtered by provider', () => {
    const journal = new Journal(3);
    for (let i = 1; i <= 5; i++) journal.record(entry(i, i % 2 ? 'mews' : null));
    expect(journal.list({ limit: 10 }).map((e) => e.id)).toEqual(['5', '4', '3']);
    expect(journal.list({ limit: 10, provider: 'mews' }).map((e) => e.id)).toEqual(['5', '3']);
    expect(journal.list({ limit: 1 }).map((e) => e.id)).toEqual(['5']);
    journal.clear();
    expect(journal.size).toBe(0);
  });
});

describe('time helpers', () => {
  it.each([
    [Date.parse('2023-10-01T11:48:57.999Z'), '2023-10-01T11:48:57Z'],
    [0, '1970-01-01T00:00:00Z'],
  ])('isoSeconds(%d) = %s', (ms, text) => expect(isoSeconds(ms)).toBe(text));
  it.each([
    ['2026-01-31T10:00:00Z', 1, '2026-02-28T10:00:00.000Z'],
    ['2026-01-15T00:00:00Z', 3, '2026-04-15T00:00:00.000Z'],
    ['2025-11-30T00:00:00Z', 3, '2026-02-28T00:00:00.000Z'],
  ])('addMonthsUtc(%s, %d) = %s', (from, months, to) => {
    expect(new Date(addMonthsUtc(Date.parse(from), months)).toISOString()).toBe(to);
  });
});
