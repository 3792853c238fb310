import { appendFileSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/tmp.js';
import { describe, expect, it } from 'vitest';
import { Database, DatabaseError } from '../../src/core/db/database.js';
import { emptyAdmin, type Doc } from '../../src/core/db/document.js';
import { createLogger } from '../../src/core/logger.js';

const logger = createLogger('silent');
const initial = (): Doc => ({ version: 1, admin: emptyAdmin(), idempotency: {}, shop: { items: { a: { n: 1 } } } });
const validate = (raw: unknown): Doc => {
  const doc = raw as Doc;
  if (doc.version !== 1) throw new Error('version must be 1');
  return doc;
};
const dir = () => tempDir('sandbox-db-');
const open = (file: string | null, extra: Partial<Parameters<typeof Database.open>[0]> = {}) =>
  Database.open({ file, initial, validate, logger, flushIntervalMs: 10_000, ...extra });
const walText = (file: string) => (existsSync(`${file}.wal`) ? readFileSync(`${file}.wal`, 'utf8') : '');
const items = (db: Database) => (db.data.shop as { items: Record<string, unknown> }).items;

describe('Database', () => {
  it('in memory keeps nothing on disk', async () => {
    const db = await open(null);
    items(db).b = { n: 2 };
    db.changed(['shop', 'items', 'b']);
    await db.close();
    expect(db.persistent).toBe(false);
    expect(items(db)).toEqual({ a: { n: 1 }, b: { n: 2 } });
  });

  it('creates the snapshot from the initial document on first open', async () => {
    const file = join(dir(), 'nested', 'db.json');
    await open(file);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(initial());
  });

  it('appends only the changed paths to the log, coalescing repeated changes', async () => {
    const file = join(dir(), 'db.json');
    const db = await open(file);
    items(db).b = { n: 2 };
    db.changed(['shop', 'items', 'b']);
    items(db).b = { n: 3 };
    db.changed(['shop', 'items', 'b']);
    delete items(db).a;
    db.changed(['shop', 'items', 'a']);
    await db.flush();
    expect(readFileSync(`${file}.wal`, 'utf8')).toBe('[[["shop","items","b"],{"n":3}],[["shop","items","a"]]]\n');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(initial());
  });

  it('flushes on its own after the interval without the caller waiting', async () => {
    const file = join(dir(), 'db.json');
    const db = await open(file, { flushIntervalMs: 5 });
    items(db).c = 1;
    db.changed(['shop', 'items', 'c']);
    expect(walText(file)).toBe('');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(readFileSync(`${file}.wal`, 'utf8')).toContain('"c"');
  });

  it('replays the log after an abrupt stop, then compacts it into the snapshot', async () => {
    const file = join(dir(), 'db.json');
    const db = await open(file);
    items(db).b = { n: 2 };
    db.changed(['shop', 'items', 'b']);
    await db.flush(); // no close(): as if killed
    const again = await open(file);
    expect(items(again)).toEqual({ a: { n: 1 }, b: { n: 2 } });
    expect(readFileSync(`${file}.wal`, 'utf8')).toBe('');
    expect(JSON.parse(readFileSync(file, 'utf8')).shop.items.b).toEqual({ n: 2 });
  });

  it('skips a torn last log line (a kill mid-append) and keeps the complete ones', async () => {
    const file = join(dir(), 'db.json');
    await open(file);
    writeFileSync(`${file}.wal`, '[[["shop","items","b"],1]]\n[[["shop","items","c"],');
    const db = await open(file);
    expect(items(db)).toEqual({ a: { n: 1 }, b: 1 });
  });

  it('writes collections one record per line, and yields to the event loop while writing a large snapshot', async () => {
    const file = join(dir(), 'db.json');
    const db = await open(file);
    for (let i = 0; i < 30_000; i++) items(db)[`id${i}`] = { n: i, text: 'x'.repeat(100) };
    let ticks = 0;
    const ticker = setInterval(() => (ticks += 1), 1);
    await db.compact();
    clearInterval(ticker);
    const lines = readFileSync(file, 'utf8').split('\n');
    expect(lines).toContain('      "id7": {"n":7,"text":"' + 'x'.repeat(100) + '"},');
    expect(JSON.parse(lines.join('\n')).shop.items.id29999.n).toBe(29_999);
    expect(ticks).toBeGreaterThan(1);
  });

  it('close() leaves one complete snapshot, written atomically (no temp file left)', async () => {
    const d = dir();
    const file = join(d, 'db.json');
    const db = await open(file);
    items(db).z = true;
    db.changed(['shop', 'items', 'z']);
    await db.close();
    expect(JSON.parse(readFileSync(file, 'utf8')).shop.items.z).toBe(true);
    expect(readFileSync(`${file}.wal`, 'utf8')).toBe('');
    expect(readdirSync(d).sort()).toEqual(['db.json', 'db.json.wal']);
  });

  it('compacts once the log outgrows the snapshot', async () => {
    const file = join(dir(), 'db.json');
    const db = await open(file, { compactMinBytes: 10 });
    for (let i = 0; i < 20; i++) {
      items(db)[`k${i}`] = 'x'.repeat(50);
      db.changed(['shop', 'items', `k${i}`]);
      await db.flush();
    }
    // 20 flushes of ~70 bytes each would be ~1,400 bytes uncompacted; the log never outgrows the snapshot.
    expect(walText(file).length).toBeLessThan(700);
    expect(walText(file).length).toBeLessThanOrEqual(statSync(file).size);
    expect(Object.keys(JSON.parse(readFileSync(file, 'utf8')).shop.items).length).toBeGreaterThan(15);
    expect(Object.keys(items(await open(file)))).toHaveLength(21);
  });

  it('replace() swaps the whole document and persists it as the snapshot', async () => {
    const file = join(dir(), 'db.json');
    const db = await open(file);
    items(db).b = 1;
    db.changed(['shop', 'items', 'b']);
    await db.replace({ ...initial(), shop: { items: {} } });
    await db.flush();
    expect(JSON.parse(readFileSync(file, 'utf8')).shop.items).toEqual({});
    expect(walText(file)).toBe('');
  });

  it.each([
    ['a corrupt snapshot', (file: string) => writeFileSync(file, '{"version": 1,'), /db\.json is not valid JSON .*will not overwrite it/],
    ['an invalid document', (file: string) => writeFileSync(file, '{"version": 2}'), /does not hold a valid sandbox database: version must be 1/],
    [
      'a corrupt log line',
      (file: string) => {
        writeFileSync(file, JSON.stringify(initial()));
        appendFileSync(`${file}.wal`, 'garbage\n[]\n');
      },
      /db\.json\.wal line 1 is corrupt/,
    ],
  ])('refuses to start from %s, and leaves the file alone', async (_name, corrupt, message) => {
    const file = join(dir(), 'db.json');
    corrupt(file);
    const before = readFileSync(file, 'utf8');
    await expect(open(file)).rejects.toThrow(DatabaseError);
    await expect(open(file)).rejects.toThrow(message);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('keeps id counters in the admin namespace', async () => {
    const file = join(dir(), 'db.json');
    const db = await open(file);
    expect([db.sequences.next('s'), db.sequences.next('s'), db.sequences.next('t')]).toEqual([1, 2, 1]);
    await db.close();
    const again = await open(file);
    expect(again.sequences.next('s')).toBe(3);
  });
});
