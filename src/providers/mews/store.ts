/**
 * Mews data: payment requests in the `mews` namespace, with in-memory indexes rebuilt from it.
 * Each enterprise's requests are kept in creation order (CreatedUtc, then insertion), which is what
 * getAll pages through newest first. No business rules here.
 */
import type { Database } from '../../core/db/database.js';
import type { StoredPaymentRequest } from './payment-requests/payment-requests.schemas.js';

export interface MewsNamespace {
  paymentRequests: Record<string, StoredPaymentRequest>;
}

interface Indexed {
  rank: number;
  enterprise: string;
}

export class MewsStore {
  /** Per enterprise: ids ascending by (CreatedUtc, rank). */
  private byEnterprise = new Map<string, string[]>();
  private meta = new Map<string, Indexed>();
  private rank = 0;

  constructor(private readonly db: Database) {}

  private get ns(): MewsNamespace {
    return this.db.data.mews as MewsNamespace;
  }

  reload(): void {
    this.byEnterprise.clear();
    this.meta.clear();
    this.rank = 0;
    for (const record of Object.values(this.ns.paymentRequests)) this.index(record);
  }

  all(): Iterable<StoredPaymentRequest> {
    return Object.values(this.ns.paymentRequests);
  }

  get(id: string): StoredPaymentRequest | undefined {
    return this.ns.paymentRequests[id];
  }

  /** Insert new records or persist changed ones (one commit). */
  save(records: StoredPaymentRequest[]): void {
    for (const record of records) {
      const isNew = !this.meta.has(record.Id);
      this.ns.paymentRequests[record.Id] = record;
      if (isNew) this.index(record);
      this.db.changed(['mews', 'paymentRequests', record.Id]);
    }
  }

  /** An enterprise's ids, newest first, starting after `cursor` (exclusive) when given. */
  *newestFirst(enterpriseId: string, cursor?: string): Generator<StoredPaymentRequest> {
    const ids = this.byEnterprise.get(enterpriseId) ?? [];
    let i = ids.length - 1;
    if (cursor !== undefined) i = this.position(ids, cursor) - 1;
    for (; i >= 0; i--) yield this.ns.paymentRequests[ids[i]!]!;
  }

  /** Does this enterprise own the request? */
  owns(enterpriseId: string, id: string): boolean {
    return this.meta.get(id)?.enterprise === enterpriseId;
  }

  private index(record: StoredPaymentRequest): void {
    const meta = { rank: this.rank++, enterprise: record.EnterpriseId };
    this.meta.set(record.Id, meta);
    let ids = this.byEnterprise.get(record.EnterpriseId);
    if (!ids) this.byEnterprise.set(record.EnterpriseId, (ids = []));
    const last = ids[ids.length - 1];
    if (last === undefined || this.compare(last, record.Id) < 0) ids.push(record.Id);
    else ids.splice(this.lowerBound(ids, record.Id), 0, record.Id);
  }

  private compare(a: string, b: string): number {
    const x = this.ns.paymentRequests[a]!.CreatedUtc;
    const y = this.ns.paymentRequests[b]!.CreatedUtc;
    if (x !== y) return x < y ? -1 : 1;
    return this.meta.get(a)!.rank - this.meta.get(b)!.rank;
  }

  private lowerBound(ids: string[], id: string): number {
    let lo = 0;
    let hi = ids.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.compare(ids[mid]!, id) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private position(ids: string[], id: string): number {
    const at = this.lowerBound(ids, id);
    return ids[at] === id ? at : -1;
  }
}
