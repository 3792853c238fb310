/**
 * `POST /__admin/paytronix/checkout-sessions/{id}/pay` plays the guest paying on the hosted page:
 * the scenario (header `X-Sandbox-Scenario`, else the active one) decides the `checkoutPay`
 * authorization for the masked card. Errors are problem+json: a bad card 400, an unknown session
 * 404, a session whose intent is not awaiting a payment method 409. The card number is never kept.
 */
import { z } from 'zod';
import { readBody } from '../../../admin/body.js';
import { originOf } from '../../../core/http/origin.js';
import { brandOf, validCardNumber } from '../cards.js';
import type { PaytronixContext } from '../context.js';
import type { CheckoutService } from './checkout.service.js';

const text = (max: number) => z.string().min(1).max(max);

export const PayRequest = z
  .object({
    cardNumber: z.string().refine((n) => validCardNumber(n) && brandOf(n) !== undefined, 'must be a card number (12 to 19 digits, Luhn-valid) of a known brand'),
    expirationMonth: z.number().int().min(1).max(12).optional(),
    expirationYear: z.number().int().min(1000).max(9999).optional(),
    guestName: text(100).optional(),
    guestPhone: text(30).optional(),
    billingAddress: z.object({ street: text(100), city: text(50), stateProvince: text(2), postalCode: text(10), country: z.enum(['US', 'CA']) }).strict().optional(),
  })
  .strict();

export function registerCheckoutAdmin(ctx: PaytronixContext, service: CheckoutService): void {
  ctx.admin.post('/checkout-sessions/:id/pay', async (c) => {
    const payment = await readBody(c, PayRequest);
    const scenario = ctx.deps.scenarios.resolve('paytronix', c.req.header('x-sandbox-scenario'));
    return c.json(service.pay(c.req.param('id'), payment, scenario, originOf(c)), 200);
  });
}
