/**
 * Payment intent states of a hosted checkout (Stripe's model): the guest's card is authorized
 * (`REQUIRES_CAPTURE`) or declined (stays `REQUIRES_PAYMENT_METHOD`, the guest may try again); the
 * merchant captures (`SUCCEEDED`) or cancels (`CANCELED`, from either open state). `SUCCEEDED` and
 * `CANCELED` are final.
 */
import { defineMachine } from '../../../core/state-machine.js';
import type { IntentStatus } from './checkout.stored.js';

export type IntentEvent = 'authorize' | 'decline' | 'capture' | 'cancel';

export const intentMachine = defineMachine<IntentStatus, IntentEvent>('checkout payment intent', {
  REQUIRES_PAYMENT_METHOD: { authorize: 'REQUIRES_CAPTURE', decline: 'REQUIRES_PAYMENT_METHOD', cancel: 'CANCELED' },
  REQUIRES_CAPTURE: { capture: 'SUCCEEDED', cancel: 'CANCELED' },
});
