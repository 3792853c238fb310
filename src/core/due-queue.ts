/**
 * Time-driven work without timers: a min-heap of (instant, key) that a provider drains against the
 * sandbox clock, lazily on each request and eagerly on clock/advance. Entries are hints: the owner
 * re-checks the object when it pops (a stale entry is simply skipped).
 */
interface Entry<K> {
  at: number;
  order: number;
  key: K;
}

export class DueQueue<K> {
  private heap: Entry<K>[] = [];
  private counter = 0;

  get size(): number {
    return this.heap.length;
  }

  clear(): void {
    this.heap = [];
    this.counter = 0;
  }

  push(at: number, key: K): void {
    this.heap.push({ at, order: this.counter++, key });
    this.up(this.heap.length - 1);
  }

  /** The earliest entry if it is due at or before `now` (callers that schedule more work as they go). */
  popOne(now: number): { at: number; key: K } | undefined {
    if (this.heap.length === 0 || this.heap[0]!.at > now) return undefined;
    const top = this.heap[0]!;
    const last = this.heap.pop()!;
    if (this.heap.length > 0) {
      this.heap[0] = last;
      this.down(0);
    }
    return { at: top.at, key: top.key };
  }

  /** Entries due at or before `now`, earliest first (ties in insertion order). */
  popDue(now: number): { at: number; key: K }[] {
    const due: { at: number; key: K }[] = [];
    while (this.heap.length > 0 && this.heap[0]!.at <= now) {
      const top = this.heap[0]!;
      const last = this.heap.pop()!;
      if (this.heap.length > 0) {
        this.heap[0] = last;
        this.down(0);
      }
      due.push({ at: top.at, key: top.key });
    }
    return due;
  }

  private less(a: number, b: number): boolean {
    const x = this.heap[a]!;
    const y = this.heap[b]!;
    return x.at < y.at || (x.at === y.at && x.order < y.order);
  }

  private swap(a: number, b: number): void {
    [this.heap[a], this.heap[b]] = [this.heap[b]!, this.heap[a]!];
  }

  private up(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(i, parent)) return;
      this.swap(i, parent);
      i = parent;
    }
  }

  private down(i: number): void {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let smallest = i;
      if (l < this.heap.length && this.less(l, smallest)) smallest = l;
      if (r < this.heap.length && this.less(r, smallest)) smallest = r;
      if (smallest === i) return;
      this.swap(i, smallest);
      i = smallest;
    }
  }
}
