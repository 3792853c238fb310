/** The sandbox clock: read, set, advance (advancing runs every transition that fell due). */
import { Hono } from 'hono';
import { z } from 'zod';
import type { SandboxEnv } from '../core/provider.js';
import type { Platform } from '../sandbox.js';
import { advanceClock, clockView, setClock } from './admin.service.js';
import { readBody } from './body.js';

const TEN_YEARS = 10 * 366 * 24 * 3600;

export function clockRoutes(platform: Platform): Hono<SandboxEnv> {
  const routes = new Hono<SandboxEnv>();
  routes.get('/clock', (c) => c.json(clockView(platform)));
  routes.put('/clock', async (c) => {
    const { now } = await readBody(c, z.object({ now: z.iso.datetime({ offset: true }) }));
    return c.json(setClock(platform, Date.parse(now)));
  });
  routes.post('/clock/advance', async (c) => {
    const { seconds } = await readBody(c, z.object({ seconds: z.number().positive().max(TEN_YEARS) }));
    return c.json(advanceClock(platform, seconds));
  });
  return routes;
}
