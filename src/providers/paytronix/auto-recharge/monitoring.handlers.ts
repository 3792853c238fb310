/** enableAutoRechargeMonitoring, disableAutoRechargeMonitoring, pendingAutoRecharges (b2b only). */
import type { Context } from 'hono';
import type { SandboxEnv } from '../../../core/provider.js';
import type { PaytronixContext } from '../context.js';
import { disableMonitoringRoute, enableMonitoringRoute, pendingRoute } from './monitoring.routes.js';
import { DisableMonitoringBody, EnableMonitoringBody, PendingQuery } from './monitoring.schemas.js';
import { MonitoringService } from './monitoring.service.js';

export function registerMonitoring(ctx: PaytronixContext): void {
  const service = new MonitoringService(ctx.deps, ctx.store);
  ctx.serve('enableAutoRechargeMonitoring', {
    route: enableMonitoringRoute,
    input: EnableMonitoringBody,
    handler: (c: Context<SandboxEnv>) => {
      service.enable(c.req.valid('json' as never) as EnableMonitoringBody);
      return c.json({ result: 'success' });
    },
  });
  ctx.serve('disableAutoRechargeMonitoring', {
    route: disableMonitoringRoute,
    input: DisableMonitoringBody,
    handler: (c: Context<SandboxEnv>) => {
      const input = c.req.valid('json' as never) as DisableMonitoringBody;
      service.disable(input.merchantId, input.printedCardNumber);
      return c.json({ result: 'success' });
    },
  });
  ctx.serve('pendingAutoRecharges', {
    route: pendingRoute,
    input: PendingQuery,
    query: { integers: ['merchantId'] },
    handler: (c: Context<SandboxEnv>) => {
      const input = c.req.valid('json' as never) as PendingQuery;
      return c.json({ result: 'success', recharges: service.pending(input.merchantId) });
    },
  });
}
