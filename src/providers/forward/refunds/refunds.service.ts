/**
 * Refunds: partial and cumulative, never more than captured − refunded − disputed; `amount`
 * defaults to what remains. A refund writes a `refund` transaction and is `pending` until it
 * settles a day later (`succeeded`). External refunds record what another gateway did.
 */
import { RejectedError } from '../../../core/errors.js';
import type { Deps } from '../../../core/provider.js';
import type { StoredAccount } from '../accounts/accounts.schemas.js';
import { iso } from '../common.schemas.js';
import type { ForwardStore } from '../context.js';
import { newId } from '../ids.js';
import type { LedgerService } from '../ledger/ledger.service.js';
import { intentMachine } from '../payment-intents/payment-intents.machine.js';
import type { PaymentIntentService } from '../payment-intents/payment-intents.service.js';
import type { StoredIntent } from '../payment-intents/payment-intents.types.js';
import { paymentMachine } from '../payments/payments.machine.js';
import { rejectExternal } from '../payments/payments.service.js';
import type { StoredRefund, WireRefund } from './refunds.types.js';

export class RefundService {
  constructor(
    private readonly deps: Deps,
    private readonly store: ForwardStore,
    private readonly intents: PaymentIntentService,
    private readonly ledger: LedgerService,
  ) {
    ledger.onSettled('refund', (id, at) => this.settled(id, at));
  }

  create(account: StoredAccount, intentId: string, amount: number | undefined): WireRefund {
    const intent = this.intents.find(account, intentId);
    rejectExternal(intent);
    const refund = this.refund(intent, amount, {});
    this.ledger.record({ account: account.id, type: 'refund', sourceId: refund.id, amount: -refund.amount, description: `Refund ${refund.id} of ${intent.id}`, atMs: this.deps.clock.nowMs(), intentId: intent.id });
    return toWire(refund);
  }

  /**
   * An external refund: recorded with the gateway's response and no ledger entry, so it never
   * settles through the ledger; the other gateway already did it (succeeded and settled now).
   */
  createExternal(account: StoredAccount, intentId: string, amount: number | undefined, gatewayResponse: Record<string, unknown>): WireRefund {
    const intent = this.intents.find(account, intentId);
    if (!intent.external) throw new RejectedError(400, 'PAYMENT_INTENT_NOT_EXTERNAL', `Payment intent ${intent.id} was not recorded through /external_payments`, 'payment_intent_id');
    const now = iso(this.deps.clock.nowMs());
    return toWire(this.refund(intent, amount, { status: 'succeeded', external: true, settlement_status: 'settled', settled_at: now, gateway_response: gatewayResponse }));
  }

  get(account: StoredAccount, id: string): WireRefund {
    const refund = this.store.refunds.mine(account.id, id);
    return toWire(refund);
  }

  /** Validate, then write the refund and the intent's and payment's refunded amounts. */
  private refund(intent: StoredIntent, requested: number | undefined, extra: Partial<StoredRefund>): StoredRefund {
    intentMachine.next(intent.status, 'refund');
    const payment = this.store.payments.get(intent.latest_payment_id!)!;
    const refundable = payment.amount_captured - payment.amount_refunded - payment.amount_disputed;
    const amount = requested ?? refundable;
    if (refundable <= 0) throw new RejectedError(400, 'NOTHING_TO_REFUND', `Payment intent ${intent.id} has nothing left to refund`, 'amount');
    if (amount > refundable) {
      throw new RejectedError(400, 'REFUND_AMOUNT_EXCEEDS_REFUNDABLE', `amount ${amount} is more than the ${refundable} that can still be refunded`, 'amount');
    }
    const at = iso(this.deps.clock.nowMs());
    const refund: StoredRefund = {
      id: newId(this.deps.random, 're', intent.account_id),
      entity: 'refund',
      status: 'pending',
      external: false,
      amount,
      account_id: intent.account_id,
      payment_id: payment.id,
      created_at: at,
      updated_at: at,
      settlement_status: 'unsettled',
      settled_at: null,
      payment_intent_id: intent.id,
      ...extra,
    };
    this.store.refunds.save(refund);
    this.store.payments.save({ ...payment, status: paymentMachine.next(payment.status, 'refund'), amount_refunded: payment.amount_refunded + amount, updated_at: at });
    this.store.paymentIntents.save({ ...intent, amount_refunded: intent.amount_refunded + amount, updated_at: at });
    return refund;
  }

  private settled(id: string, at: string): void {
    const refund = this.store.refunds.get(id);
    if (refund) this.store.refunds.save({ ...refund, status: 'succeeded', settlement_status: 'settled', settled_at: at, updated_at: at });
  }
}

export function toWire(refund: StoredRefund): WireRefund {
  const { payment_intent_id: _i, gateway_response: _g, ...wire } = refund;
  return wire;
}
