/** Dispute states: opened `new`; won or lost when resolved, lost when the response is overdue. */
import { defineMachine } from '../../../core/state-machine.js';
import type { DisputeStatus } from './disputes.types.js';

export type DisputeEvent = 'win' | 'lose';

export const disputeMachine = defineMachine<DisputeStatus, DisputeEvent>('dispute', {
  new: { win: 'won', lose: 'lost' },
});
