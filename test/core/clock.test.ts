import { describe, expect, it } from 'vitest';
import { createClock, parseClockSpec } from '../../src/core/clock.js';

const T0 = Date.parse('2026-01-01T00:00:00Z');

describe('parseClockSpec', () => {
  it.each([
    ['system', { mode: 'system' }],
    ['2026-01-01T00:00:00Z', { mode: 'frozen', atMs: T0 }],
    ['2026-01-01T01:00:00+01:00', { mode: 'frozen', atMs: T0 }],
    ['2026-01-01T00:00:00.250Z', { mode: 'frozen', atMs: T0 + 250 }],
  ])('%s', (text, spec) => expect(parseClockSpec(text)).toEqual(spec));

  it.each(['now', '2026-01-01', '2026-13-01T00:00:00Z', '1767225600000'])('rejects %s with a reason', (text) => {
    expect(parseClockSpec(text)).toMatch(/must be "system" or an ISO-8601 instant|is not a valid instant/);
  });
});

describe('frozen clock', () => {
  it('stands still until set or advanced, and resets to its start', () => {
    const clock = createClock({ mode: 'frozen', atMs: T0 }, 'x', () => 999);
    expect(clock.nowMs()).toBe(T0);
    expect(clock.frozen()).toBe(true);
    clock.advance(60_000);
    expect(clock.now().toISOString()).toBe('2026-01-01T00:01:00.000Z');
    clock.set(T0 + 5);
    expect(clock.nowMs()).toBe(T0 + 5);
    expect(clock.state()).toEqual({ mode: 'frozen', nowMs: T0 + 5, origin: 'x' });
    clock.reset();
    expect(clock.nowMs()).toBe(T0);
  });
});

describe('system clock', () => {
  it('follows real time plus an offset moved by set and advance', () => {
    let real = 1_000_000;
    const clock = createClock({ mode: 'system' }, 'system', () => real);
    expect(clock.nowMs()).toBe(1_000_000);
    real += 10;
    expect(clock.nowMs()).toBe(1_000_010);
    clock.advance(1000);
    expect(clock.nowMs()).toBe(1_001_010);
    clock.set(T0);
    real += 7;
    expect(clock.nowMs()).toBe(T0 + 7);
    expect(clock.frozen()).toBe(false);
    const saved = clock.state();
    clock.reset();
    expect(clock.nowMs()).toBe(real);
    clock.restore(saved);
    expect(clock.nowMs()).toBe(T0 + 7);
  });
});
