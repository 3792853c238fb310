/**
 * The write-ahead log beside the snapshot: one JSON line per flush, each line the new values of
 * the paths changed since the previous flush (`[path]` alone means deleted). A flush is written in
 * one append, so a line is all-or-nothing; a torn last line (a kill mid-append) is skipped.
 */
import { readFile } from 'node:fs/promises';
import type { Path } from './document.js';

export type WalOp = [Path] | [Path, unknown];

export function encodeWalLine(ops: WalOp[]): string {
  return `${JSON.stringify(ops)}\n`;
}

export interface WalContents {
  batches: WalOp[][];
  /** Bytes of a final line without a newline, ignored. */
  tornBytes: number;
}

export class WalError extends Error {}

export async function readWal(file: string): Promise<WalContents> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { batches: [], tornBytes: 0 };
    throw err;
  }
  const lines = text.split('\n');
  const torn = lines.pop() ?? '';
  const batches = lines.map((line, index) => {
    try {
      const ops = JSON.parse(line) as unknown;
      if (!Array.isArray(ops) || !ops.every(isOp)) throw new Error('not a list of [path, value] changes');
      return ops as WalOp[];
    } catch (err) {
      throw new WalError(`${file} line ${index + 1} is corrupt (${(err as Error).message})`);
    }
  });
  return { batches, tornBytes: Buffer.byteLength(torn) };
}

function isOp(op: unknown): boolean {
  return (
    Array.isArray(op) &&
    (op.length === 1 || op.length === 2) &&
    Array.isArray(op[0]) &&
    op[0].length > 0 &&
    op[0].every((key: unknown) => typeof key === 'string')
  );
}
