/**
 * Forward data: one collection per resource in the `forward` namespace, each record tagged with
 * its account; in-memory indexes (per account, per parent) keep creation order, which every
 * cursor list pages through newest first. No business rules here.
 */
import type { Database } from '../../core/db/database.js';
import { NotFoundError } from '../../core/errors.js';

export interface Owned {
  id: string;
  account_id: string;
}

export const COLLECTIONS = [
  'businesses',
  'accounts',
  'processingPlans',
  'paymentMethods',
  'paymentIntents',
  'payments',
  'refunds',
  'checkoutSessions',
  'disputes',
  'transactions',
  'payouts',
] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

/** Each collection's object name on the wire (in "No payment_intent pi_… in this account"). */
const OBJECT_NAMES: Record<CollectionName, string> = {
  businesses: 'business',
  accounts: 'account',
  processingPlans: 'processing_plan',
  paymentMethods: 'payment_method',
  paymentIntents: 'payment_intent',
  payments: 'payment',
  refunds: 'refund',
  checkoutSessions: 'checkout_session',
  disputes: 'dispute',
  transactions: 'transaction',
  payouts: 'payout',
};

export type ForwardNamespace = Record<CollectionName, Record<string, Owned>> & { clock: { sweptUntil: number | null } };

/** Ids in creation order with their positions (for cursors). */
export class OrderedIds {
  readonly ids: string[] = [];
  private readonly at = new Map<string, number>();
  add(id: string): void {
    if (this.at.has(id)) return;
    this.at.set(id, this.ids.length);
    this.ids.push(id);
  }
  position(id: string): number {
    return this.at.get(id) ?? -1;
  }
  get size(): number {
    return this.ids.length;
  }
}

export class Collection<T extends Owned> {
  private byAccount = new Map<string, OrderedIds>();
  private byGroup = new Map<string, OrderedIds>();

  constructor(
    private readonly db: Database,
    readonly name: CollectionName,
    /** The storage key (payment methods share fixed ids across accounts). */
    private readonly keyOf: (record: T) => string = (r) => r.id,
    /** A secondary index (e.g. payments by payment intent). */
    private readonly groupOf?: (record: T) => string | undefined,
  ) {}

  private get records(): Record<string, T> {
    return (this.db.data.forward as ForwardNamespace)[this.name] as Record<string, T>;
  }

  reload(): void {
    this.byAccount.clear();
    this.byGroup.clear();
    for (const record of Object.values(this.records)) this.index(record);
  }

  get(key: string): T | undefined {
    return this.records[key];
  }

  /** The record if it exists and belongs to the account. */
  owned(account: string, key: string): T | undefined {
    const record = this.records[key];
    return record?.account_id === account ? record : undefined;
  }

  /** The account's record, or a NotFoundError naming the object (another account's id is unknown here). */
  mine(account: string, key: string): T {
    const record = this.owned(account, key);
    if (!record) throw new NotFoundError(OBJECT_NAMES[this.name], key);
    return record;
  }

  all(): T[] {
    return Object.values(this.records);
  }

  save(...records: T[]): void {
    for (const record of records) {
      const key = this.keyOf(record);
      const isNew = this.records[key] === undefined;
      this.records[key] = record;
      if (isNew) this.index(record);
      this.db.changed(['forward', this.name, key]);
    }
  }

  /** An account's records in creation order (ids). */
  ofAccount(account: string): OrderedIds {
    return this.byAccount.get(account) ?? new OrderedIds();
  }

  /** An account's records in creation order. */
  recordsOf(account: string): T[] {
    return this.ofAccount(account).ids.map((key) => this.records[key]!);
  }

  ofGroup(group: string): OrderedIds {
    return this.byGroup.get(group) ?? new OrderedIds();
  }

  private index(record: T): void {
    let list = this.byAccount.get(record.account_id);
    if (!list) this.byAccount.set(record.account_id, (list = new OrderedIds()));
    list.add(this.keyOf(record));
    const group = this.groupOf?.(record);
    if (group !== undefined) {
      let g = this.byGroup.get(group);
      if (!g) this.byGroup.set(group, (g = new OrderedIds()));
      g.add(this.keyOf(record));
    }
  }
}
