import type { Context } from 'hono';
import type { SandboxEnv } from '../../../core/provider.js';
import type { SavedCardService } from './saved-cards.service.js';

export function savedCardHandlers(service: SavedCardService) {
  return {
    savedCard(c: Context<SandboxEnv>) {
      const input = c.req.valid('json' as never) as { merchantId: number; printedCardNumber: string };
      return c.json({ result: 'success', savedCard: service.savedCard(input.merchantId, input.printedCardNumber) });
    },
  };
}
