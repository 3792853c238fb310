/** Mews hooks under /__admin/mews: events no public API can cause. */
import { Hono } from 'hono';
import type { SandboxEnv } from '../../core/provider.js';
import type { PaymentRequestService } from './payment-requests/payment-requests.service.js';

export function mewsAdmin(service: PaymentRequestService): Hono<SandboxEnv> {
  const admin = new Hono<SandboxEnv>();
  // The customer pays: Pending → Completed (409 from any other state).
  admin.post('/payment-requests/:id/complete', (c) => c.json(service.complete(c.req.param('id')), 200));
  return admin;
}
