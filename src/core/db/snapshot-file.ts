/**
 * The lowdb adapter for the snapshot file. It writes in slices, yielding to the event loop every
 * few milliseconds, so rewriting a large database never stalls requests for long; the file is
 * replaced atomically (temp file + rename). Collections are written one record per line.
 */
import { open, readFile, rename } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Adapter } from 'lowdb';

/** Objects this deep get one key per line; deeper values (records) are one JSON line each. */
const EXPANDED_DEPTH = 3;
const WRITE_CHUNK = 1024 * 1024;

export class SnapshotFile<T> implements Adapter<T> {
  constructor(
    readonly file: string,
    private readonly sliceMs = 8,
  ) {}

  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
    return JSON.parse(text) as T;
  }

  async write(data: T): Promise<void> {
    const temp = join(dirname(this.file), `.${basename(this.file)}.tmp`);
    const handle = await open(temp, 'w');
    let pending: string[] = [];
    let pendingLength = 0;
    let sliceStart = performance.now();
    const emit = (text: string) => {
      pending.push(text);
      pendingLength += text.length;
    };
    const drain = async () => {
      if (pendingLength > 0) await handle.write(pending.join(''));
      pending = [];
      pendingLength = 0;
    };
    const pause = async () => {
      if (pendingLength >= WRITE_CHUNK) await drain();
      if (performance.now() - sliceStart >= this.sliceMs) {
        await nextTurn();
        sliceStart = performance.now();
      }
    };
    const writeValue = async (value: unknown, depth: number): Promise<void> => {
      if (depth >= EXPANDED_DEPTH || value === null || typeof value !== 'object' || Array.isArray(value)) {
        emit(JSON.stringify(value));
        return;
      }
      const entries = Object.entries(value);
      if (entries.length === 0) return emit('{}');
      const indent = '  '.repeat(depth + 1);
      emit('{');
      for (let i = 0; i < entries.length; i++) {
        const [key, item] = entries[i]!;
        emit(`${i === 0 ? '' : ','}\n${indent}${JSON.stringify(key)}: `);
        await writeValue(item, depth + 1);
        await pause();
      }
      emit(`\n${'  '.repeat(depth)}}`);
    };
    try {
      await writeValue(data, 0);
      emit('\n');
      await drain();
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, this.file);
  }
}
