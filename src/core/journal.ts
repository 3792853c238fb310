/** The bounded request journal (newest first). Entries are masked before they are kept. */
export interface JournalEntry {
  id: string;
  at: string;
  provider: string | null;
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: unknown;
  status: number;
}

export class Journal {
  private entries: JournalEntry[] = [];
  private start = 0;

  constructor(readonly capacity: number) {}

  get size(): number {
    return this.entries.length;
  }

  record(entry: JournalEntry): void {
    if (this.capacity === 0) return;
    if (this.entries.length < this.capacity) {
      this.entries.push(entry);
    } else {
      this.entries[this.start] = entry;
      this.start = (this.start + 1) % this.capacity;
    }
  }

  list(filter: { provider?: string; limit: number }): JournalEntry[] {
    const out: JournalEntry[] = [];
    for (let i = this.entries.length - 1; i >= 0 && out.length < filter.limit; i--) {
      const entry = this.entries[(this.start + i) % this.entries.length]!;
      if (filter.provider === undefined || entry.provider === filter.provider) out.push(entry);
    }
    return out;
  }

  clear(): void {
    this.entries = [];
    this.start = 0;
  }
}
