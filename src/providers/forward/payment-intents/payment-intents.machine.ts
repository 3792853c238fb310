/**
 * Payment intent states. `pay` is the check that a payment may be attempted; the attempt's outcome
 * is then one of authorize / capture_now / hold / decline.
 */
import { defineMachine } from '../../../core/state-machine.js';
import type { IntentStatus } from './payment-intents.types.js';

export type IntentEvent =
  | 'pay'
  | 'authorize'
  | 'capture_now'
  | 'hold'
  | 'decline'
  | 'update'
  | 'capture'
  | 'cancel'
  | 'expire'
  | 'settle'
  | 'refund'
  | 'dispute';

const payable = { pay: 'created', authorize: 'uncaptured', capture_now: 'captured', hold: 'pending', decline: 'failed', cancel: 'cancelled' } as const;

export const intentMachine = defineMachine<IntentStatus, IntentEvent>('payment intent', {
  created: { ...payable, update: 'created' },
  failed: { ...payable, pay: 'failed' },
  uncaptured: { capture: 'captured', cancel: 'cancelled', expire: 'cancelled' },
  pending: { settle: 'captured' },
  captured: { refund: 'captured', dispute: 'captured' },
});
