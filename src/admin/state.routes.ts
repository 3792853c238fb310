/** Reset, the request journal, and whole-database export/import. */
import { Hono } from 'hono';
import { z } from 'zod';
import type { SandboxEnv } from '../core/provider.js';
import type { Platform } from '../sandbox.js';
import { clockView, exportState, importState, providerOrThrow, reset } from './admin.service.js';
import { readBody, readQuery } from './body.js';

export function stateRoutes(platform: Platform): Hono<SandboxEnv> {
  const { journal } = platform.deps;
  const routes = new Hono<SandboxEnv>();

  routes.post('/reset', async (c) => {
    const { provider } = await readBody(c, z.object({ provider: z.string().min(1).optional() }), { optional: true });
    const done = await reset(platform, provider);
    return c.json({ reset: done, clock: clockView(platform) });
  });

  routes.get('/requests', (c) => {
    const query = readQuery(
      c,
      z.object({
        provider: z.string().min(1).optional(),
        limit: z.coerce.number().int().min(1).max(Math.max(1, journal.capacity)).default(Math.min(100, Math.max(1, journal.capacity))),
      }),
    );
    if (query.provider !== undefined) providerOrThrow(platform, query.provider);
    return c.json({ requests: journal.list(query), capacity: journal.capacity });
  });

  routes.delete('/requests', (c) => {
    const cleared = journal.size;
    journal.clear();
    return c.json({ cleared });
  });

  routes.get('/state', (c) => c.json(exportState(platform)));

  routes.put('/state', async (c) => {
    await importState(platform, await readBody(c, z.unknown()));
    return c.json({ imported: true, clock: clockView(platform) });
  });

  return routes;
}
