/** paymentConfig: the program's recharge and auto-recharge configuration. */
import type { Context } from 'hono';
import type { SandboxEnv } from '../../../core/provider.js';
import type { PaytronixContext } from '../context.js';
import { paymentConfigRoute } from './config.routes.js';
import { PaymentConfigQuery } from './config.schemas.js';
import { ConfigService } from './config.service.js';

export function registerConfig(ctx: PaytronixContext): void {
  const service = new ConfigService(ctx.store);
  ctx.serve('paymentConfig', {
    route: paymentConfigRoute,
    input: PaymentConfigQuery,
    query: { integers: ['merchantId', 'cardTemplateCode'] },
    handler: (c: Context<SandboxEnv>) => {
      const input = c.req.valid('json' as never) as { merchantId: number; cardTemplateCode: number };
      return c.json({ result: 'success', config: service.config(input.merchantId, input.cardTemplateCode) });
    },
  });
}
