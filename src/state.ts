/**
 * The database document as the platform sees it: built from the seed fixtures, validated on load
 * and on import (a namespace missing from an older file is filled from the fixtures).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { emptyAdmin, type Doc } from './core/db/document.js';
import type { ProviderModule } from './core/provider.js';
import { formatPath, issueText } from './core/validation.js';

const clockState = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('system'), offsetMs: z.number(), origin: z.string() }).strict(),
  z.object({ mode: z.literal('frozen'), nowMs: z.number(), origin: z.string() }).strict(),
]);

const adminSchema = z
  .object({
    scenarios: z.record(z.string(), z.string()),
    clock: clockState.nullable(),
    sequences: z.record(z.string(), z.number().int().min(0)),
  })
  .strict();

export class StateError extends Error {}

export interface StateTools {
  /** A fresh document: the seed fixtures. */
  initial(): Doc;
  /** A fresh copy of one provider's fixtures. */
  fixtures(provider: string): unknown;
  /** Validate a whole document (load, import); throws StateError naming the field. */
  validate(raw: unknown): Doc;
}

export function stateTools(providers: readonly ProviderModule[], fixturesDir: string): StateTools {
  const fixtures = new Map<string, string>();
  for (const provider of providers) {
    const file = join(fixturesDir, `${provider.id}.json`);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (err) {
      throw new StateError(`seed fixtures ${file} cannot be read (${(err as Error).message})`);
    }
    const parsed = provider.namespace.safeParse(safeJson(text, file), { reportInput: true });
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new StateError(`seed fixtures ${file}: ${formatPath(issue.path)} ${issueText(issue)}`);
    }
    fixtures.set(provider.id, JSON.stringify(parsed.data));
  }
  const fresh = (id: string): unknown => JSON.parse(fixtures.get(id)!);

  const schema = z
    .object({
      version: z.literal(1),
      admin: adminSchema,
      idempotency: z.record(z.string(), z.unknown()),
      ...Object.fromEntries(providers.map((p) => [p.id, p.namespace.optional()])),
    })
    .strict();

  return {
    initial: () => ({ version: 1, admin: emptyAdmin(), idempotency: {}, ...Object.fromEntries(providers.map((p) => [p.id, fresh(p.id)])) }),
    fixtures: fresh,
    validate(raw) {
      const parsed = schema.safeParse(raw, { reportInput: true });
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw new StateError(`${formatPath(issue.path) || 'the document'} ${issueText(issue)}`);
      }
      const doc = parsed.data as Doc;
      for (const provider of providers) if (doc[provider.id] === undefined) doc[provider.id] = fresh(provider.id);
      return doc;
    },
  };
}

function safeJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new StateError(`seed fixtures ${file} are not valid JSON (${(err as Error).message})`);
  }
}
