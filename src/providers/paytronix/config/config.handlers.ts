import type { Context } from 'hono';
import type { SandboxEnv } from '../../../core/provider.js';
import type { ConfigService } from './config.service.js';

export function configHandlers(service: ConfigService) {
  return {
    paymentConfig(c: Context<SandboxEnv>) {
      const input = c.req.valid('json' as never) as { merchantId: number; cardTemplateCode: number };
      return c.json({ result: 'success', config: service.config(input.merchantId, input.cardTemplateCode) });
    },
  };
}
