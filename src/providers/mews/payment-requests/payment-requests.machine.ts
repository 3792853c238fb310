/** Payment request states: only Pending moves, and only once. */
import { defineMachine } from '../../../core/state-machine.js';
import type { State } from './payment-requests.schemas.js';

export type PaymentRequestEvent = 'complete' | 'cancel' | 'expire';

export const paymentRequestMachine = defineMachine<State, PaymentRequestEvent>('payment request', {
  Pending: { complete: 'Completed', cancel: 'Canceled', expire: 'Expired' },
});
