/** savedCard and DELETE savedCreditCard. */
import type { Context } from 'hono';
import type { SandboxEnv } from '../../../core/provider.js';
import type { PaytronixContext } from '../context.js';
import { deleteSavedCreditCardRoute, savedCardRoute } from './saved-cards.routes.js';
import { DeleteSavedCreditCardQuery, SavedCardQuery } from './saved-cards.schemas.js';
import { SavedCardService } from './saved-cards.service.js';

export function registerSavedCards(ctx: PaytronixContext): void {
  const service = new SavedCardService(ctx.deps, ctx.store);
  ctx.serve('savedCard', {
    route: savedCardRoute,
    input: SavedCardQuery,
    query: { integers: ['merchantId'] },
    handler: (c: Context<SandboxEnv>) => {
      const input = c.req.valid('json' as never) as { merchantId: number; printedCardNumber: string };
      return c.json({ result: 'success', savedCard: service.savedCard(input.merchantId, input.printedCardNumber, c.var.scenario) });
    },
  });
  ctx.serve('savedCreditCard', {
    route: deleteSavedCreditCardRoute,
    input: DeleteSavedCreditCardQuery,
    query: { integers: ['merchantId'] },
    handler: (c: Context<SandboxEnv>) => {
      service.deleteSavedCreditCard(c.req.valid('json' as never) as DeleteSavedCreditCardQuery);
      return c.json({ result: 'success' });
    },
  });
}
