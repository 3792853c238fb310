/** Platform operations behind the admin API: clock, reset, state export and import. */
import { NotFoundError, ValidationError } from '../core/errors.js';
import type { Doc } from '../core/db/document.js';
import type { MountedProvider, Platform } from '../sandbox.js';
import { StateError } from '../state.js';

export function providerOrThrow(platform: Platform, id: string): MountedProvider {
  const found = platform.providers.find((p) => p.module.id === id);
  if (!found) throw new NotFoundError('provider', id);
  return found;
}

export function clockView(platform: Platform) {
  const { clock } = platform.deps;
  return { now: clock.now().toISOString(), frozen: clock.frozen() };
}

export function setClock(platform: Platform, ms: number) {
  platform.deps.clock.set(ms);
  platform.saveClock();
  return { ...clockView(platform), transitions: platform.tickAll() };
}

export function advanceClock(platform: Platform, seconds: number) {
  platform.deps.clock.advance(seconds * 1000);
  platform.saveClock();
  return { ...clockView(platform), transitions: platform.tickAll() };
}

/** Seed fixtures, scenarios, clock and id sequences back to start-up (one provider, or all). */
export async function reset(platform: Platform, providerId?: string): Promise<string[]> {
  const { db, clock, random, limiter } = platform.deps;
  if (providerId === undefined) {
    await db.replace(platform.state.initial());
    clock.reset();
    random.resetRequestIds();
    limiter.reset();
    for (const { instance } of platform.providers) instance.reload();
    return platform.providers.map((p) => p.module.id);
  }
  const { instance } = providerOrThrow(platform, providerId);
  db.data[providerId] = platform.state.fixtures(providerId);
  db.changed([providerId]);
  platform.deps.scenarios.deactivate(providerId);
  for (const stream of Object.keys(db.data.admin.sequences)) {
    if (stream.startsWith(`${providerId}:`)) {
      delete db.data.admin.sequences[stream];
      db.changed(['admin', 'sequences', stream]);
    }
  }
  for (const key of Object.keys(db.data.idempotency)) {
    if (key.startsWith(`${providerId}:`)) {
      delete db.data.idempotency[key];
      db.changed(['idempotency', key]);
    }
  }
  limiter.reset(`${providerId}:`);
  instance.reload();
  return [providerId];
}

export function exportState(platform: Platform): Doc {
  platform.tickAll();
  return platform.deps.db.data;
}

/** Replace the whole database; nothing changes unless the document is valid. */
export async function importState(platform: Platform, raw: unknown): Promise<void> {
  let doc: Doc;
  try {
    doc = platform.state.validate(raw);
  } catch (err) {
    if (err instanceof StateError) throw new ValidationError('', err.message);
    throw err;
  }
  const { db, clock } = platform.deps;
  await db.replace(doc);
  if (doc.admin.clock) clock.restore(doc.admin.clock);
  else clock.reset();
  for (const { instance } of platform.providers) instance.reload();
}
