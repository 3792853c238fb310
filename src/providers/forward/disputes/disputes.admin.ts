/**
 * Dispute hooks under /__admin/forward (events no public API can cause): a cardholder disputes a
 * captured payment intent (any account), and the dispute is decided won or lost. Errors render as
 * problem+json: unknown ids 404, a refused state change 409, nothing left to dispute 400.
 */
import { NotFoundError, RejectedError } from '../../../core/errors.js';
import { readBody } from '../../../admin/body.js';
import type { ForwardContext } from '../context.js';
import { intentMachine } from '../payment-intents/payment-intents.machine.js';
import { rejectExternal } from '../payments/payments.service.js';
import { toWireDispute } from './disputes.service.js';
import { OpenDisputeRequest, ResolveDisputeRequest } from './disputes.schemas.js';

export function registerDisputeAdmin(ctx: ForwardContext): void {
  const { admin, store, disputes, deps } = ctx;

  admin.post('/disputes', async (c) => {
    const body = await readBody(c, OpenDisputeRequest);
    const intent = store.paymentIntents.get(body.payment_intent_id);
    if (!intent) throw new NotFoundError('payment intent', body.payment_intent_id);
    // An external payment's money never entered this ledger: a dispute on it is the other gateway's.
    rejectExternal(intent);
    const payment = intent.latest_payment_id === null ? undefined : store.payments.get(intent.latest_payment_id);
    if (!payment) {
      intentMachine.next(intent.status, 'dispute');
      throw new RejectedError(400, 'NOTHING_TO_DISPUTE', `Payment intent ${intent.id} has no payment to dispute`);
    }
    const opened = disputes.open(intent, payment, body.reason, deps.clock.nowMs());
    store.payments.save(opened.payment);
    store.paymentIntents.save(opened.intent);
    return c.json(toWireDispute(opened.dispute), 201);
  });

  admin.post('/disputes/:id/resolve', async (c) => {
    const { outcome } = await readBody(c, ResolveDisputeRequest);
    return c.json(toWireDispute(disputes.resolve(c.req.param('id'), outcome)), 200);
  });
}
