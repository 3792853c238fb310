/** recharge and rechargeHistory. */
import type { Context } from 'hono';
import type { SandboxEnv } from '../../../core/provider.js';
import type { PaytronixContext } from '../context.js';
import { rechargeHistoryRoute, rechargeRoute } from './recharge.routes.js';
import { HistoryQuery, RechargeBody } from './recharge.schemas.js';
import { RechargeService } from './recharge.service.js';

export function registerRecharge(ctx: PaytronixContext): void {
  const service = new RechargeService(ctx.deps, ctx.store);
  ctx.serve('recharge', {
    route: rechargeRoute,
    input: RechargeBody,
    validate: { unknownKind: 'recharge.invalid_payment_method' },
    handler: (c: Context<SandboxEnv>) => {
      const input = c.req.valid('json' as never) as RechargeBody;
      return c.json({ result: 'success', chargeResponse: service.recharge(input, c.var.scenario) });
    },
  });
  ctx.serve('rechargeHistory', {
    route: rechargeHistoryRoute,
    input: HistoryQuery,
    query: { integers: ['merchantId'] },
    handler: (c: Context<SandboxEnv>) => {
      const input = c.req.valid('json' as never) as { merchantId: number; printedCardNumber: string };
      return c.json({ result: 'success', history: service.history(input.merchantId, input.printedCardNumber) });
    },
  });
}
