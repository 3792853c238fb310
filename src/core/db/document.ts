/** The shape of the one lowdb document: a namespace per provider plus `admin` and `idempotency`. */
import type { ClockState } from '../clock.js';

export type Path = readonly string[];

export interface AdminDoc {
  /** Active scenario per provider (absent: `default`). */
  scenarios: Record<string, string>;
  /** The sandbox clock as last set or advanced (null: as configured). */
  clock: ClockState | null;
  /** Counters of the seeded id streams. */
  sequences: Record<string, number>;
}

export interface Doc {
  version: 1;
  admin: AdminDoc;
  idempotency: Record<string, unknown>;
  [namespace: string]: unknown;
}

export function emptyAdmin(): AdminDoc {
  return { scenarios: {}, clock: null, sequences: {} };
}

type Container = Record<string, unknown>;

export function getIn(root: unknown, path: Path): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Container)[key];
  }
  return node;
}

/** Set (or, with `undefined`, delete) the value at `path`, creating objects on the way. */
export function setIn(root: Container, path: Path, value: unknown): void {
  let node: Container = root;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    if (next === null || typeof next !== 'object') node[key] = {};
    node = node[key] as Container;
  }
  const last = path[path.length - 1]!;
  if (value === undefined) delete node[last];
  else node[last] = value;
}
