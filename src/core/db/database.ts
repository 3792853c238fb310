/**
 * The embedded database: one lowdb document held in memory, persisted as a snapshot (written in
 * slices, temp file + rename: see snapshot-file.ts) plus a write-ahead log of changed paths.
 *
 * A request mutates `data` and marks what it changed with `changed(path)`; it never waits for disk.
 * Changes are coalesced and appended to the log every `flushIntervalMs`, so a write costs the size
 * of what changed, not of the database. The snapshot is rewritten (compaction) at start-up when the
 * log has content, on close, on whole-document replacement, and when the log outgrows the snapshot.
 */
import { mkdir, appendFile, truncate, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Low, Memory } from 'lowdb';
import type { Logger } from '../logger.js';
import type { Sequences } from '../random.js';
import { getIn, setIn, type Doc, type Path } from './document.js';
import { SnapshotFile } from './snapshot-file.js';
import { encodeWalLine, readWal, WalError, type WalOp } from './wal.js';

export class DatabaseError extends Error {}

export interface DatabaseOptions {
  /** File path of the snapshot, or null for memory only. */
  file: string | null;
  /** A fresh document (the seed fixtures). */
  initial: () => Doc;
  /** Validates and completes a loaded document; throws an Error whose message names the field. */
  validate: (doc: unknown) => Doc;
  logger: Logger;
  flushIntervalMs?: number;
  /** The log is compacted once it is larger than this and than the snapshot. */
  compactMinBytes?: number;
}

export class Database {
  readonly low: Low<Doc>;
  readonly sequences: Sequences;
  private readonly dirty = new Map<string, Path>();
  private timer: NodeJS.Timeout | null = null;
  private queue: Promise<void> = Promise.resolve();
  private walBytes = 0;
  private snapshotBytes = 0;

  private constructor(
    low: Low<Doc>,
    private readonly opts: DatabaseOptions,
  ) {
    this.low = low;
    this.sequences = {
      next: (stream) => {
        const sequences = this.data.admin.sequences;
        const n = (sequences[stream] ?? 0) + 1;
        sequences[stream] = n;
        this.changed(['admin', 'sequences', stream]);
        return n;
      },
    };
  }

  get data(): Doc {
    return this.low.data;
  }

  get persistent(): boolean {
    return this.opts.file !== null;
  }

  get walFile(): string | null {
    return this.opts.file === null ? null : `${this.opts.file}.wal`;
  }

  static async open(opts: DatabaseOptions): Promise<Database> {
    if (opts.file === null) {
      return new Database(new Low<Doc>(new Memory<Doc>(), opts.validate(opts.initial())), opts);
    }
    const file = opts.file;
    await mkdir(dirname(file), { recursive: true });
    const low = new Low<Doc>(new SnapshotFile<Doc>(file), null as unknown as Doc);
    try {
      await low.read();
    } catch (err) {
      const reason = err instanceof SyntaxError ? 'is not valid JSON' : 'cannot be read';
      throw new DatabaseError(
        `${file} ${reason} (${(err as Error).message}); the sandbox will not overwrite it: repair it, ` +
          `or delete it (and ${file}.wal) to start again from the seed fixtures`,
      );
    }
    const created = low.data === null;
    const raw = created ? opts.initial() : low.data;
    let wal;
    try {
      wal = await readWal(`${file}.wal`);
    } catch (err) {
      if (err instanceof WalError) throw new DatabaseError(`${err.message}; repair or delete it`);
      throw err;
    }
    for (const batch of wal.batches) for (const op of batch) setIn(raw, op[0], op.length === 2 ? op[1] : undefined);
    if (wal.tornBytes > 0) {
      opts.logger.warn('ignored a torn last line of the write-ahead log', { file: `${file}.wal`, bytes: wal.tornBytes });
    }
    try {
      low.data = opts.validate(raw);
    } catch (err) {
      throw new DatabaseError(`${file} does not hold a valid sandbox database: ${(err as Error).message}`);
    }
    const db = new Database(low, opts);
    if (created || wal.batches.length > 0 || wal.tornBytes > 0) await db.compact();
    else db.snapshotBytes = (await stat(file)).size;
    return db;
  }

  /** Mark a path as changed; its current value is written at the next flush. */
  changed(path: Path): void {
    if (this.opts.file === null) return;
    this.dirty.set(path.join('\u0001'), path);
    if (this.timer === null) {
      this.timer = setTimeout(() => void this.flush(), this.opts.flushIntervalMs ?? 50);
      this.timer.unref();
    }
  }

  /** Replace the whole document (reset, import) and persist it as a new snapshot. */
  async replace(doc: Doc): Promise<void> {
    this.low.data = doc;
    this.dirty.clear();
    if (this.opts.file !== null) await this.compact();
  }

  /** Append the pending changes to the log; resolves when they are on disk. */
  flush(): Promise<void> {
    if (this.timer !== null) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    const walFile = this.walFile;
    if (walFile === null || this.dirty.size === 0) return this.queue;
    const ops: WalOp[] = [];
    for (const path of this.dirty.values()) {
      const value = getIn(this.data, path);
      ops.push(value === undefined ? [path] : [path, value]);
    }
    this.dirty.clear();
    const line = encodeWalLine(ops);
    this.walBytes += Buffer.byteLength(line);
    const done = this.enqueue(() => appendFile(walFile, line, 'utf8'));
    if (this.walBytes > Math.max(this.opts.compactMinBytes ?? 32 * 1024 * 1024, this.snapshotBytes)) {
      return this.compact();
    }
    return done;
  }

  /** Rewrite the snapshot from memory (atomic: temp file + rename) and empty the log. */
  compact(): Promise<void> {
    const file = this.opts.file;
    if (file === null) return this.queue;
    this.walBytes = 0;
    return this.enqueue(async () => {
      await this.low.write();
      await truncate(`${file}.wal`, 0).catch((err: NodeJS.ErrnoException) => {
        if (err.code !== 'ENOENT') throw err;
      });
      this.snapshotBytes = (await stat(file)).size;
    });
  }

  /** Flush everything and leave a complete snapshot (shutdown). */
  async close(): Promise<void> {
    await this.flush();
    await this.compact();
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    const run = this.queue.then(task);
    this.queue = run.catch((err: Error) => {
      this.opts.logger.error('database write failed', { error: err.message });
    });
    return run;
  }
}
