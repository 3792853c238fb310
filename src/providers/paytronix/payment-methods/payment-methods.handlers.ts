/** addPaymentMethod, editPaymentMethodUsages, deletePaymentMethod, savedPaymentMethod, savedPaymentMethods. */
import type { Context } from 'hono';
import type { SandboxEnv } from '../../../core/provider.js';
import type { Usage } from '../common.schemas.js';
import type { PaytronixContext } from '../context.js';
import { addPaymentMethodRoute, deletePaymentMethodRoute, editPaymentMethodUsagesRoute, savedPaymentMethodRoute, savedPaymentMethodsRoute } from './payment-methods.routes.js';
import {
  AddPaymentMethodBody,
  DeletePaymentMethodInput,
  EditPaymentMethodUsagesBody,
  SavedPaymentMethodQuery,
  SavedPaymentMethodsQuery,
} from './payment-methods.schemas.js';
import { PaymentMethodService } from './payment-methods.service.js';

type CardQuery = { merchantId: number; printedCardNumber: string };
const valid = <T>(c: Context<SandboxEnv>) => c.req.valid('json' as never) as T;

export function registerPaymentMethods(ctx: PaytronixContext): void {
  const service = new PaymentMethodService(ctx.deps, ctx.store);
  ctx.serve('addPaymentMethod', {
    route: addPaymentMethodRoute,
    input: AddPaymentMethodBody,
    validate: { unknownKind: 'payment_method.invalid_payment_method' },
    handler: (c: Context<SandboxEnv>) => {
      service.add(valid<AddPaymentMethodBody>(c));
      return c.json({ result: 'success' });
    },
  });
  ctx.serve('editPaymentMethodUsages', {
    route: editPaymentMethodUsagesRoute,
    input: EditPaymentMethodUsagesBody,
    validate: { unknownKind: 'payment_method.invalid_payment_method' },
    handler: (c: Context<SandboxEnv>) => {
      service.editUsages(valid<EditPaymentMethodUsagesBody>(c));
      return c.json({ result: 'success' });
    },
  });
  ctx.serve('deletePaymentMethod', {
    route: deletePaymentMethodRoute,
    input: DeletePaymentMethodInput,
    query: { integers: ['merchantId'], objects: ['paymentMethod'] },
    validate: { unknownKind: 'delete_payment_method.invalid_payment_method' },
    handler: (c: Context<SandboxEnv>) => {
      service.delete(valid<DeletePaymentMethodInput>(c));
      return c.json({ result: 'success' });
    },
  });
  ctx.serve('savedPaymentMethod', {
    route: savedPaymentMethodRoute,
    input: SavedPaymentMethodQuery,
    query: { integers: ['merchantId'] },
    handler: (c: Context<SandboxEnv>) => {
      const input = valid<CardQuery & { usage: Usage }>(c);
      return c.json({ result: 'success', paymentMethod: service.savedFor(input.merchantId, input.printedCardNumber, input.usage) });
    },
  });
  ctx.serve('savedPaymentMethods', {
    route: savedPaymentMethodsRoute,
    input: SavedPaymentMethodsQuery,
    query: { integers: ['merchantId'] },
    handler: (c: Context<SandboxEnv>) => {
      const input = valid<CardQuery>(c);
      return c.json({ result: 'success', paymentMethods: service.all(input.merchantId, input.printedCardNumber) });
    },
  });
}
