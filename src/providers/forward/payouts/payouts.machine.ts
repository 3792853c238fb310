/** Payout states: swept at midnight as `created`, `completed` one day later. */
import { defineMachine } from '../../../core/state-machine.js';
import type { PayoutStatus } from './payouts.types.js';

export type PayoutEvent = 'complete';

export const payoutMachine = defineMachine<PayoutStatus, PayoutEvent>('payout', {
  created: { complete: 'completed' },
});
