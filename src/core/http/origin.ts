/** The origin a request came in on, for absolute URLs back to the sandbox (hosted checkout pages). */
import type { Context } from 'hono';

const HOST = /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/;

/** Its Host header when that is a plain host[:port], else the request URL's host. */
export function originOf(c: Context): string {
  const url = new URL(c.req.url);
  const host = c.req.header('host')?.trim();
  return `${url.protocol}//${host && HOST.test(host) ? host : url.host}`;
}
