/**
 * `/openapi/<provider>.json` — generated from the same Zod schemas that validate requests — and
 * `/docs`, a self-contained HTML page rendering them (no CDN, works offline).
 */
import { Hono } from 'hono';
import { RouteNotFoundError } from './core/errors.js';
import type { SandboxEnv } from './core/provider.js';
import type { MountedProvider, Platform } from './sandbox.js';

type OpenApiDoc = {
  info: { title: string; version: string };
  paths: Record<string, Record<string, { operationId?: string; summary?: string; description?: string; requestBody?: unknown; responses?: unknown }>>;
  components?: unknown;
};

export function openApiDocument(platform: Platform, provider: MountedProvider): OpenApiDoc {
  return provider.instance.router.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: `${provider.module.title} (payment-sandbox)`,
      version: platform.deps.version,
      description: `Served by payment-sandbox on the provider's native paths. Scenario header: X-Sandbox-Scenario.`,
    },
  }) as unknown as OpenApiDoc;
}

const escape = (text: string) => text.replace(/[&<>"]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[ch]!);
const pre = (value: unknown) => `<pre>${escape(JSON.stringify(value, null, 2))}</pre>`;

function renderProvider(id: string, doc: OpenApiDoc): string {
  const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(
      ([method, op]) => `
      <details><summary><code>${method.toUpperCase()} ${escape(path)}</code> — ${escape(op.summary ?? op.operationId ?? '')}</summary>
        ${op.description ? `<p>${escape(op.description)}</p>` : ''}
        <h4>Request body</h4>${pre(op.requestBody ?? null)}
        <h4>Responses</h4>${pre(op.responses ?? {})}
      </details>`,
    ),
  );
  return `
    <section id="${id}"><h2>${escape(doc.info.title)}</h2>
      <p><a href="/openapi/${id}.json">/openapi/${id}.json</a> · ${operations.length} operations</p>
      ${operations.join('')}
      <details><summary>Schemas</summary>${pre(doc.components ?? {})}</details>
    </section>`;
}

export function docsRoutes(platform: Platform): Hono<SandboxEnv> {
  const cache = new Map<string, OpenApiDoc>();
  const documentFor = (provider: MountedProvider) => {
    let doc = cache.get(provider.module.id);
    if (!doc) cache.set(provider.module.id, (doc = openApiDocument(platform, provider)));
    return doc;
  };
  const routes = new Hono<SandboxEnv>();
  routes.get('/openapi/:file', (c) => {
    const file = c.req.param('file');
    const provider = platform.providers.find((p) => `${p.module.id}.json` === file);
    if (!provider) throw new RouteNotFoundError('GET', c.req.path);
    const origin = new URL(c.req.url).origin;
    return c.json({ ...documentFor(provider), servers: [{ url: origin }] });
  });
  routes.get('/docs', (c) =>
    c.html(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>payment-sandbox API docs</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem}pre{background:#f6f8fa;padding:.75rem;overflow:auto;font-size:12px}details{margin:.4rem 0}summary{cursor:pointer}</style>
</head><body><h1>payment-sandbox</h1>
<p>${platform.providers.map((p) => `<a href="#${p.module.id}">${escape(p.module.title)}</a>`).join(' · ')} · admin API: <code>/__admin</code></p>
${platform.providers.map((p) => renderProvider(p.module.id, documentFor(p))).join('')}
</body></html>`),
  );
  return routes;
}
