/**
 * The seeded random source: every generated id and fake value comes from here.
 *
 * Values are counter-based: the n-th value of a named stream is a hash of (seed, stream, n), so a
 * stream's output does not depend on traffic in other streams (parallel CI jobs with different
 * credentials each see their own deterministic sequence), and persisting the counters is enough
 * to survive a restart without repeating an id.
 */
import { createHash } from 'node:crypto';
import { encodeTime } from 'ulid';

/** Where stream counters live (the database, so ids never repeat across restarts). */
export interface Sequences {
  /** Reserve the next number of a stream (1, 2, 3…). */
  next(stream: string): number;
}

export type Faker = typeof import('@faker-js/faker/locale/en').faker;

/** Faker is loaded on first use (it costs ~25 ms of start-up, and most calls never need it). */
let fakerModule: Promise<Faker> | undefined;
const loadFaker = () => (fakerModule ??= import('@faker-js/faker/locale/en').then((m) => m.faker));

export interface Random {
  readonly seed: number;
  /** A lower-case version-4-shaped GUID. */
  guid(stream: string): string;
  /** A ULID whose time part is `timeMs` (the sandbox clock) and whose random part is seeded. */
  ulid(stream: string, timeMs: number): string;
  /** `length` characters of [0-9A-Za-z]. */
  base62(stream: string, length: number): string;
  /** Runs `fn` with a Faker seeded for the next value of the stream; use the faker only inside `fn`. */
  fake<T>(stream: string, fn: (faker: Faker) => T): Promise<T>;
  /** The next request id (kept in memory: request ids restart with the process). */
  requestId(): string;
  /** Restart the request-id sequence (admin reset). */
  resetRequestIds(): void;
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

export function digest(...parts: (string | number)[]): Buffer {
  return createHash('sha256').update(parts.join('\u0000')).digest();
}

/** Format 16 bytes as a lower-case GUID with the version-4 and RFC 4122 variant bits set. */
export function guidFromBytes(bytes: Uint8Array): string {
  const b = Buffer.from(bytes.subarray(0, 16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/** A stable GUID for a name (no seed): the same input gives the same GUID on every server. */
export function stableGuid(namespace: string, name: string): string {
  return guidFromBytes(digest('stable-guid', namespace, name));
}

function byteStream(seed: number, stream: string, n: number): () => number {
  let block = 0;
  let bytes = digest(seed, stream, n, block);
  let i = 0;
  return () => {
    if (i === bytes.length) {
      block += 1;
      bytes = digest(seed, stream, n, block);
      i = 0;
    }
    return bytes[i++]!;
  };
}

/** sfc32: a small, fast seeded generator for request ids (one per request; sha256 is slower). */
function sfc32(a: number, b: number, c: number, d: number): () => number {
  return () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
}

function requestIds(seed: number): () => string {
  const key = digest(seed, 'request-id');
  const next = sfc32(key.readUInt32BE(0), key.readUInt32BE(4), key.readUInt32BE(8), key.readUInt32BE(12));
  const bytes = Buffer.alloc(16);
  return () => {
    for (let i = 0; i < 16; i += 4) bytes.writeUInt32BE(next(), i);
    return guidFromBytes(bytes);
  };
}

export function createRandom(seed: number, sequences: Sequences): Random {
  let nextRequestId = requestIds(seed);
  const nextBytes = (stream: string) => byteStream(seed, stream, sequences.next(stream));
  return {
    seed,
    guid(stream) {
      return guidFromBytes(digest(seed, stream, sequences.next(stream)));
    },
    ulid(stream, timeMs) {
      const next = nextBytes(stream);
      let random = '';
      for (let i = 0; i < 16; i++) random += CROCKFORD[next() % 32];
      return encodeTime(timeMs, 10) + random;
    },
    base62(stream, length) {
      const next = nextBytes(stream);
      let out = '';
      while (out.length < length) {
        const byte = next();
        if (byte < 248) out += BASE62[byte % 62]; // 248 = 4 × 62: no modulo bias
      }
      return out;
    },
    async fake(stream, fn) {
      const n = sequences.next(stream);
      const faker = await loadFaker();
      faker.seed(digest(seed, stream, n).readUInt32BE(0));
      return fn(faker);
    },
    requestId: () => nextRequestId(),
    resetRequestIds() {
      nextRequestId = requestIds(seed);
    },
  };
}
