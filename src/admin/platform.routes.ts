/** Health, providers, scenarios. */
import { Hono } from 'hono';
import { z } from 'zod';
import type { SandboxEnv } from '../core/provider.js';
import type { Platform } from '../sandbox.js';
import { providerOrThrow } from './admin.service.js';
import { readBody } from './body.js';

export function platformRoutes(platform: Platform): Hono<SandboxEnv> {
  const { deps } = platform;
  const routes = new Hono<SandboxEnv>();

  routes.get('/health', (c) => c.json({ status: 'ok', version: deps.version, uptimeMs: deps.clock.uptimeMs() }));

  routes.get('/providers', (c) =>
    c.json({
      providers: platform.providers.map(({ module, instance }) => ({
        id: module.id,
        title: module.title,
        basePaths: module.basePaths,
        // Served API operations (the documented routes), not scenario-only names.
        operations: instance.router.openAPIRegistry.definitions.filter((d) => d.type === 'route').length,
        activeScenario: deps.scenarios.activeName(module.id),
        openapi: `/openapi/${module.id}.json`,
      })),
    }),
  );

  routes.get('/scenarios', (c) =>
    c.json(
      Object.fromEntries(
        platform.providers.map(({ module }) => {
          const active = deps.scenarios.activeName(module.id);
          const scenarios = deps.scenarios.list(module.id).map((s) => ({
            name: s.name,
            description: s.description,
            rules: s.rules.length,
            active: s.name === active,
          }));
          return [module.id, { active, scenarios }];
        }),
      ),
    ),
  );

  routes.put('/scenarios/:provider', async (c) => {
    const { module } = providerOrThrow(platform, c.req.param('provider'));
    const { scenario } = await readBody(c, z.object({ scenario: z.string().min(1) }));
    deps.scenarios.activate(module.id, scenario);
    return c.json({ provider: module.id, active: deps.scenarios.activeName(module.id) });
  });

  routes.delete('/scenarios/:provider', (c) => {
    const { module } = providerOrThrow(platform, c.req.param('provider'));
    deps.scenarios.deactivate(module.id);
    return c.json({ provider: module.id, active: 'default' });
  });

  return routes;
}
