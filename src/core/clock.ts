/**
 * The sandbox clock: the only place that reads real time. Everything else asks this clock.
 *
 * Two modes: `system` follows real time plus an offset (moved by set/advance); `frozen` stands
 * still at an instant until set or advanced. Nothing sleeps or sets timers on its behalf.
 */
export type ClockSpec = { mode: 'system' } | { mode: 'frozen'; atMs: number };

/** What is persisted so a restart keeps the sandbox's notion of "now". */
export type ClockState =
  | { mode: 'system'; offsetMs: number; origin: string }
  | { mode: 'frozen'; nowMs: number; origin: string };

export interface Clock {
  nowMs(): number;
  now(): Date;
  frozen(): boolean;
  /** Move to an instant (a frozen clock stays frozen there; a system clock keeps running from it). */
  set(ms: number): void;
  advance(ms: number): void;
  /** Back to the start-up configuration. */
  reset(): void;
  state(): ClockState;
  restore(state: ClockState): void;
  /** Real milliseconds since the process started this clock (for health, never for data). */
  uptimeMs(): number;
}

/** `system` or an ISO-8601 instant → a spec; anything else is an error message. */
export function parseClockSpec(text: string): ClockSpec | string {
  if (text === 'system') return { mode: 'system' };
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(text)) {
    return `must be "system" or an ISO-8601 instant such as 2026-01-01T00:00:00Z (got "${text}")`;
  }
  const atMs = Date.parse(text);
  if (Number.isNaN(atMs)) return `is not a valid instant (got "${text}")`;
  return { mode: 'frozen', atMs };
}

export function createClock(spec: ClockSpec, origin: string, realNow: () => number = Date.now): Clock {
  const startedAt = performance.now();
  let mode: 'system' | 'frozen' = spec.mode;
  let offsetMs = 0;
  let frozenAt = spec.mode === 'frozen' ? spec.atMs : 0;

  const nowMs = () => (mode === 'frozen' ? frozenAt : realNow() + offsetMs);
  return {
    nowMs,
    now: () => new Date(nowMs()),
    frozen: () => mode === 'frozen',
    set(ms) {
      if (mode === 'frozen') frozenAt = ms;
      else offsetMs = ms - realNow();
    },
    advance(ms) {
      if (mode === 'frozen') frozenAt += ms;
      else offsetMs += ms;
    },
    reset() {
      mode = spec.mode;
      offsetMs = 0;
      frozenAt = spec.mode === 'frozen' ? spec.atMs : 0;
    },
    state: () =>
      mode === 'frozen' ? { mode, nowMs: frozenAt, origin } : { mode, offsetMs, origin },
    restore(state) {
      mode = state.mode;
      if (state.mode === 'frozen') frozenAt = state.nowMs;
      else offsetMs = state.offsetMs;
    },
    uptimeMs: () => Math.round(performance.now() - startedAt),
  };
}
