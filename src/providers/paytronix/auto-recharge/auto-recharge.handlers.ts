/** autoRechargeEnable, autoRechargeDisable, autoRechargeStatus; monitoring; the clock's auto-recharge; the spend hook. */
import type { Context } from 'hono';
import type { SandboxEnv } from '../../../core/provider.js';
import type { PaytronixContext } from '../context.js';
import { registerSpendHook } from './auto-recharge.admin.js';
import { autoRechargeTick } from './auto-recharge.clock.js';
import { autoRechargeDisableRoute, autoRechargeEnableRoute, autoRechargeStatusRoute } from './auto-recharge.routes.js';
import { AutoRechargeDisableBody, AutoRechargeEnableBody, AutoRechargeStatusQuery } from './auto-recharge.schemas.js';
import { AutoRechargeService } from './auto-recharge.service.js';
import { registerMonitoring } from './monitoring.handlers.js';

export function registerAutoRecharge(ctx: PaytronixContext): void {
  const service = new AutoRechargeService(ctx.deps, ctx.store);
  ctx.serve('autoRechargeEnable', {
    route: autoRechargeEnableRoute,
    input: AutoRechargeEnableBody,
    validate: { unknownKind: 'recharge.invalid_payment_method' },
    handler: (c: Context<SandboxEnv>) => {
      const input = c.req.valid('json' as never) as AutoRechargeEnableBody;
      return c.json({ result: 'success', chargeResponse: service.enable(input, c.var.scenario) });
    },
  });
  ctx.serve('autoRechargeDisable', {
    route: autoRechargeDisableRoute,
    input: AutoRechargeDisableBody,
    handler: (c: Context<SandboxEnv>) => {
      const input = c.req.valid('json' as never) as AutoRechargeDisableBody;
      service.disable(input.merchantId, input.printedCardNumber, input.deleteSavedCard);
      return c.json({ result: 'success' });
    },
  });
  ctx.serve('autoRechargeStatus', {
    route: autoRechargeStatusRoute,
    input: AutoRechargeStatusQuery,
    query: { integers: ['merchantId'] },
    handler: (c: Context<SandboxEnv>) => {
      const input = c.req.valid('json' as never) as AutoRechargeStatusQuery;
      return c.json(service.status(input.merchantId, input.printedCardNumber));
    },
  });
  registerMonitoring(ctx);
  ctx.onTick(autoRechargeTick(ctx.deps, ctx.store));
  registerSpendHook(ctx);
}
