/**
 * Cursor pages over a list kept oldest first, served newest first (Stripe-style):
 * `starting_after` gives the items just older than the cursor, `ending_before` the items just
 * newer than it (still newest first). The caller resolves a cursor id to its position.
 */
export interface CursorQuery {
  limit: number;
  starting_after?: string;
  ending_before?: string;
}

export interface CursorPage<T> {
  data: T[];
  has_more: boolean;
}

/**
 * One page of `items` (oldest first). `position` finds a cursor's index, or -1 when the id is not
 * in the list (the caller decides what an unknown cursor means; here it is `onUnknown`).
 */
export function cursorPage<T>(
  items: readonly T[],
  query: CursorQuery,
  position: (id: string) => number,
  onUnknown: (field: 'starting_after' | 'ending_before', id: string) => never,
): CursorPage<T> {
  const { limit } = query;
  if (query.ending_before !== undefined) {
    const at = position(query.ending_before);
    if (at < 0) onUnknown('ending_before', query.ending_before);
    const end = Math.min(items.length, at + 1 + limit);
    return { data: items.slice(at + 1, end).reverse(), has_more: end < items.length };
  }
  let top = items.length;
  if (query.starting_after !== undefined) {
    top = position(query.starting_after);
    if (top < 0) onUnknown('starting_after', query.starting_after);
  }
  const start = Math.max(0, top - limit);
  return { data: items.slice(start, top).reverse(), has_more: start > 0 };
}

/** One page of a search result (already sorted): 1-based `page` of `limit` items. */
export function numberedPage<T>(items: readonly T[], page: number, limit: number): T[] {
  return items.slice((page - 1) * limit, page * limit);
}
