/** Transition tables: every status change goes through one; an illegal change is a named error. */
import { IllegalTransitionError } from './errors.js';

export type Transitions<S extends string, E extends string> = Readonly<Partial<Record<S, Readonly<Partial<Record<E, S>>>>>>;

export interface Machine<S extends string, E extends string> {
  readonly resource: string;
  can(from: S, event: E): boolean;
  /** The state after `event`, or an IllegalTransitionError. */
  next(from: S, event: E): S;
}

export function defineMachine<S extends string, E extends string>(resource: string, table: Transitions<S, E>): Machine<S, E> {
  const lookup = (from: S, event: E): S | undefined => table[from]?.[event];
  return {
    resource,
    can: (from, event) => lookup(from, event) !== undefined,
    next(from, event) {
      const to = lookup(from, event);
      if (to === undefined) throw new IllegalTransitionError(resource, from, event);
      return to;
    },
  };
}
