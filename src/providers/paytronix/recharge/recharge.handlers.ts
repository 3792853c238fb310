import type { Context } from 'hono';
import type { SandboxEnv } from '../../../core/provider.js';
import type { RechargeBody } from './recharge.schemas.js';
import type { RechargeService } from './recharge.service.js';

export function rechargeHandlers(service: RechargeService) {
  return {
    recharge(c: Context<SandboxEnv>) {
      const input = c.req.valid('json' as never) as RechargeBody;
      return c.json({ result: 'success', chargeResponse: service.recharge(input, c.var.scenario) });
    },
    history(c: Context<SandboxEnv>) {
      const input = c.req.valid('json' as never) as { merchantId: number; printedCardNumber: string };
      return c.json({ result: 'success', history: service.history(input.merchantId, input.printedCardNumber) });
    },
  };
}
