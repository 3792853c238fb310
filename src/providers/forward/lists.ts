/** Forward's two list shapes: cursor lists `{data, meta: {has_more, total_count, limit}}` and searches `{data, meta: {page, size, total_count}}`. */
import { ValidationError } from '../../core/errors.js';
import { cursorPage, numberedPage } from '../../core/pagination.js';
import type { ListQuery, ListResult, SearchResult } from './common.schemas.js';
import type { OrderedIds } from './store.js';

const unknownCursor = (field: string, id: string): never => {
  throw new ValidationError(field, `${id} is not an object in this list`);
};

/** A cursor page over ids in creation order (newest first on the wire). */
export function cursorList<W>(ids: readonly string[], position: (id: string) => number, query: ListQuery, load: (id: string) => W): ListResult<W> {
  const page = cursorPage(ids, query, position, unknownCursor);
  return { data: page.data.map(load), meta: { has_more: page.has_more, total_count: ids.length, limit: query.limit } };
}

/** A cursor page over an index. */
export function indexList<W>(index: OrderedIds, query: ListQuery, load: (id: string) => W): ListResult<W> {
  return cursorList(index.ids, (id) => index.position(id), query, load);
}

/** A cursor page over records already filtered (kept in creation order). */
export function filteredList<T extends { id: string }, W>(records: readonly T[], query: ListQuery, toWire: (record: T) => W): ListResult<W> {
  const at = new Map(records.map((r, i) => [r.id, i]));
  return cursorList(records.map((r) => r.id), (id) => at.get(id) ?? -1, query, (id) => toWire(records[at.get(id)!]!));
}

/** Several accounts' records (each in creation order) as one list in creation order; ties keep input order. */
export function mergeByCreation<T extends { created_at: string }>(lists: readonly (readonly T[])[]): T[] {
  const all = lists.flat().map((record, i) => ({ record, i }));
  all.sort((a, b) => compare(a.record.created_at, b.record.created_at) || a.i - b.i);
  return all.map((x) => x.record);
}

type Sortable = string | number | null | undefined;

/** A numbered page of `records` (creation order) sorted by one column; ties keep the newest first. */
export function searchList<T, W>(
  records: readonly T[],
  opts: { column: (record: T) => Sortable; direction: 'asc' | 'desc'; page: number; limit: number },
  toWire: (record: T) => W,
): SearchResult<W> {
  const sign = opts.direction === 'asc' ? 1 : -1;
  const ranked = records.map((record, i) => ({ record, i, key: opts.column(record) }));
  ranked.sort((a, b) => {
    const c = compare(a.key, b.key);
    return c !== 0 ? sign * c : b.i - a.i;
  });
  const data = numberedPage(ranked, opts.page, opts.limit).map((r) => toWire(r.record));
  return { data, meta: { page: opts.page, size: opts.limit, total_count: records.length } };
}

function compare(a: Sortable, b: Sortable): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return -1;
  if (b === null || b === undefined) return 1;
  return a < b ? -1 : 1;
}

/** Within [start, end] (ISO instants, either optional). */
export function inRange(at: string, start?: string, end?: string): boolean {
  const t = Date.parse(at);
  return (start === undefined || t >= Date.parse(start)) && (end === undefined || t <= Date.parse(end));
}
