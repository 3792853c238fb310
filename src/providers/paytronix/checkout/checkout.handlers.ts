/** createCheckoutSession, paymentIntent, capturePaymentIntent, cancelPaymentIntent, the hosted page and the pay hook. */
import type { Context } from 'hono';
import type { SandboxEnv } from '../../../core/provider.js';
import { originOf } from '../../../core/http/origin.js';
import type { PaytronixContext } from '../context.js';
import { renderCheckoutPage, renderNotFoundPage } from './checkout-page.js';
import { registerCheckoutAdmin } from './checkout.admin.js';
import { cancelPaymentIntentRoute, capturePaymentIntentRoute, createCheckoutSessionRoute, paymentIntentRoute } from './checkout.routes.js';
import { CreateCheckoutSessionInput, PaymentIntentActionBody, PaymentIntentQuery } from './checkout.schemas.js';
import { CheckoutService } from './checkout.service.js';
import { PAGE_PATH } from './checkout.wire.js';

const valid = <T>(c: Context<SandboxEnv>): T => c.req.valid('json' as never) as T;

export function registerCheckout(ctx: PaytronixContext): void {
  const service = new CheckoutService(ctx.deps, ctx.store);
  ctx.serve('createCheckoutSession', {
    route: createCheckoutSessionRoute,
    input: CreateCheckoutSessionInput,
    handler: (c: Context<SandboxEnv>) => c.json({ result: 'success', checkoutSession: service.create(valid<CreateCheckoutSessionInput>(c), originOf(c)) }),
  });
  ctx.serve('paymentIntent', {
    route: paymentIntentRoute,
    input: PaymentIntentQuery,
    query: { integers: ['merchantId', 'ccProcessorId'] },
    handler: (c: Context<SandboxEnv>) => c.json({ result: 'success', paymentIntent: service.paymentIntent(valid<PaymentIntentQuery>(c)) }),
  });
  ctx.serve('capturePaymentIntent', {
    route: capturePaymentIntentRoute,
    input: PaymentIntentActionBody,
    handler: (c: Context<SandboxEnv>) => c.json({ result: 'success', paymentIntent: service.capture(valid<PaymentIntentActionBody>(c)) }),
  });
  ctx.serve('cancelPaymentIntent', {
    route: cancelPaymentIntentRoute,
    input: PaymentIntentActionBody,
    handler: (c: Context<SandboxEnv>) => c.json({ result: 'success', paymentIntent: service.cancel(valid<PaymentIntentActionBody>(c)) }),
  });

  registerCheckoutAdmin(ctx, service);

  // The hosted page: HTML, no credentials, not in the OpenAPI document.
  ctx.router.get(`${PAGE_PATH}/:id`, (c) => {
    const id = c.req.param('id');
    const view = service.page(id);
    return view ? c.html(renderCheckoutPage(view.session, view.merchant, originOf(c))) : c.html(renderNotFoundPage(id), 404);
  });
}
