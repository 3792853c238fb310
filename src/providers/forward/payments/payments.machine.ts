/** Payment states after creation (a payment is created pending, uncaptured, captured or failed). */
import { defineMachine } from '../../../core/state-machine.js';
import type { PaymentStatus } from './payments.types.js';

export type PaymentEvent = 'capture' | 'void' | 'settle' | 'refund' | 'dispute';

export const paymentMachine = defineMachine<PaymentStatus, PaymentEvent>('payment', {
  uncaptured: { capture: 'captured', void: 'voided' },
  pending: { settle: 'captured' },
  captured: { refund: 'captured', dispute: 'captured' },
});
