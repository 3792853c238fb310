/**
 * Checkout session states: `open` until completed (a successful payment) or expired (the clock or
 * the expire call). `pay` is the check that a payment may be attempted; it leaves the session open.
 */
import { defineMachine } from '../../../core/state-machine.js';
import type { CheckoutSessionStatus } from './checkout-sessions.types.js';

export type CheckoutSessionEvent = 'complete' | 'expire' | 'pay';

export const checkoutSessionMachine = defineMachine<CheckoutSessionStatus, CheckoutSessionEvent>('checkout session', {
  open: { complete: 'completed', expire: 'expired', pay: 'open' },
});
