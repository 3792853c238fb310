import { decodeTime } from 'ulid';
import { describe, expect, it } from 'vitest';
import { createRandom, stableGuid, type Sequences } from '../../src/core/random.js';

function counters(): Sequences & { state: Map<string, number> } {
  const state = new Map<string, number>();
  return { state, next: (s) => state.set(s, (state.get(s) ?? 0) + 1).get(s)! };
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('seeded random source', () => {
  it('gives the same sequence for the same seed and a different one for another seed', () => {
    const a = createRandom(1, counters());
    const b = createRandom(1, counters());
    const c = createRandom(2, counters());
    const seq = (r: typeof a) => [r.guid('s'), r.guid('s'), r.base62('t', 27), r.ulid('u', 0)];
    const first = seq(a);
    expect(seq(b)).toEqual(first);
    expect(seq(c)).not.toEqual(first);
    expect(new Set(first.slice(0, 2)).size).toBe(2);
  });

  it('keeps streams independent: traffic in one stream does not move another', () => {
    const quiet = createRandom(7, counters());
    const busy = createRandom(7, counters());
    busy.guid('other');
    busy.guid('other');
    expect(busy.guid('mine')).toBe(quiet.guid('mine'));
  });

  it('continues from persisted counters instead of repeating ids after a restart', () => {
    const seq = counters();
    const before = createRandom(1, seq);
    const first = before.guid('s');
    const after = createRandom(1, seq);
    expect(after.guid('s')).not.toBe(first);
    expect(seq.state.get('s')).toBe(2);
  });

  it('formats GUIDs, ULIDs and base62 ids', () => {
    const r = createRandom(1, counters());
    expect(r.guid('s')).toMatch(GUID);
    const id = r.ulid('u', Date.parse('2026-01-01T00:00:00Z'));
    expect(id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(decodeTime(id)).toBe(Date.parse('2026-01-01T00:00:00Z'));
    expect(r.base62('b', 27)).toMatch(/^[0-9A-Za-z]{27}$/);
  });

  it('seeds fake values per stream', async () => {
    const a = await createRandom(3, counters()).fake('f', (f) => f.company.name());
    const b = await createRandom(3, counters()).fake('f', (f) => f.company.name());
    const c = await createRandom(4, counters()).fake('f', (f) => f.company.name());
    expect(a).toBe(b);
    expect(a).not.toBe(c);
  });

  it('numbers requests from 1 again after a reset', () => {
    const r = createRandom(1, counters());
    const first = r.requestId();
    expect(r.requestId()).not.toBe(first);
    r.resetRequestIds();
    expect(r.requestId()).toBe(first);
  });

  it('derives stable GUIDs from names without the seed', () => {
    expect(stableGuid('ns', 'x')).toBe(stableGuid('ns', 'x'));
    expect(stableGuid('ns', 'x')).not.toBe(stableGuid('ns', 'y'));
    expect(stableGuid('ns', 'x')).toMatch(GUID);
  });
});
