/**
 * Disputes: opened at capture by magic cards and the `disputes` scenario, or by the admin hook;
 * read-only in the API. Opening debits the disputed amount (a `dispute` transaction); winning
 * credits it back (a `reversal`); an unanswered dispute is lost at its response due date.
 */
import { NotFoundError, RejectedError } from '../../../core/errors.js';
import type { Deps } from '../../../core/provider.js';
import type { StoredAccount } from '../accounts/accounts.schemas.js';
import { DAY_MS, iso, type ListResult } from '../common.schemas.js';
import type { ForwardStore } from '../context.js';
import { newId } from '../ids.js';
import type { Jobs } from '../jobs.js';
import type { LedgerService } from '../ledger/ledger.service.js';
import { filteredList, indexList } from '../lists.js';
import { intentMachine } from '../payment-intents/payment-intents.machine.js';
import type { StoredIntent } from '../payment-intents/payment-intents.types.js';
import type { DisputeReason, StoredPayment } from '../payments/payments.types.js';
import { disputeMachine } from './disputes.machine.js';
import type { ListDisputesQuery } from './disputes.schemas.js';
import type { StoredDispute, WireDispute } from './disputes.types.js';

export const RESPONSE_DAYS = 7;

/** Card-network reason codes (Mastercard's) for each reason. */
export const REASON_CODES: Record<DisputeReason, number> = {
  fraudulent: 4837,
  product_not_received: 4855,
  duplicate: 4834,
  credit_not_processed: 4860,
  unrecognized: 4863,
  general: 4853,
};

export class DisputeService {
  constructor(
    private readonly deps: Deps,
    private readonly store: ForwardStore,
    private readonly ledger: LedgerService,
    jobs: Jobs,
  ) {
    jobs.on('dispute_deadline', (id, at) => this.deadline(id, at));
    jobs.onReload(() => {
      for (const d of this.store.disputes.all()) if (d.status === 'new') jobs.schedule(dueMs(d), 'dispute_deadline', d.id);
    });
    this.jobs = jobs;
  }

  private readonly jobs: Jobs;

  /**
   * Open a dispute on a captured payment. Returns the intent and payment as they are afterwards;
   * the caller saves them (with its own changes) in one commit.
   */
  open(intent: StoredIntent, payment: StoredPayment, reason: DisputeReason, atMs: number): { intent: StoredIntent; payment: StoredPayment; dispute: StoredDispute } {
    intentMachine.next(intent.status, 'dispute');
    if (intent.disputed) throw new RejectedError(409, 'PAYMENT_INTENT_ALREADY_DISPUTED', `Payment intent ${intent.id} already has dispute ${intent.dispute_id}`);
    const amount = payment.amount_captured - payment.amount_refunded;
    if (amount <= 0) throw new RejectedError(400, 'NOTHING_TO_DISPUTE', `Payment intent ${intent.id} has no captured, unrefunded amount to dispute`);
    const at = iso(atMs);
    const account = this.store.accounts.get(intent.account_id)!;
    const dispute: StoredDispute = {
      id: newId(this.deps.random, 'dp', intent.account_id),
      entity: 'dispute',
      created_at: at,
      updated_at: at,
      account_id: intent.account_id,
      business_id: account.business_id,
      status: 'new',
      payment_id: payment.id,
      payment_intent_id: intent.id,
      amount,
      notes: [],
      attachments: [],
      dispute_date: at.slice(0, 10),
      response_due_date: iso(atMs + RESPONSE_DAYS * DAY_MS).slice(0, 10),
      closed_date: null,
      reason_disputed_code: REASON_CODES[reason],
      reason_disputed: reason,
      dispute_response: null,
      reference_meta: { payment_intent_reference_id: intent.reference_id },
      settlement_status: 'unsettled',
      settled_at: null,
    };
    this.store.disputes.save(dispute);
    this.ledger.record({ account: intent.account_id, type: 'dispute', sourceId: dispute.id, amount: -amount, description: `Dispute ${dispute.id} (${reason}) on ${intent.id}`, atMs, intentId: intent.id });
    this.jobs.schedule(dueMs(dispute), 'dispute_deadline', dispute.id);
    const marks = { disputed: true, dispute_id: dispute.id, updated_at: at };
    return {
      dispute,
      intent: { ...intent, ...marks, amount_disputed: intent.amount_disputed + amount },
      payment: { ...payment, ...marks, amount_disputed: payment.amount_disputed + amount },
    };
  }

  /** Close a dispute (admin): won credits the amount back with a `reversal` transaction. */
  resolve(id: string, outcome: 'won' | 'lost', atMs = this.deps.clock.nowMs()): StoredDispute {
    const dispute = this.store.disputes.get(id);
    if (!dispute) throw new NotFoundError('dispute', id);
    const status = disputeMachine.next(dispute.status, outcome === 'won' ? 'win' : 'lose');
    const at = iso(atMs);
    const closed: StoredDispute = { ...dispute, status, closed_date: at.slice(0, 10), updated_at: at };
    if (status === 'won') {
      const txn = this.ledger.record({ account: dispute.account_id, type: 'reversal', sourceId: dispute.id, amount: dispute.amount, description: `Dispute ${dispute.id} won: reversal`, atMs, intentId: dispute.payment_intent_id });
      const intent = this.store.paymentIntents.get(dispute.payment_intent_id)!;
      const payment = this.store.payments.get(dispute.payment_id)!;
      const marks = { reversed: true, reversal_id: txn.id, updated_at: at };
      this.store.paymentIntents.save({ ...intent, ...marks, amount_reversed: intent.amount_reversed + dispute.amount });
      this.store.payments.save({ ...payment, ...marks, amount_reversed: payment.amount_reversed + dispute.amount });
    }
    this.store.disputes.save(closed);
    return closed;
  }

  /** An account's disputes, newest first, optionally only those in one status. */
  list(account: StoredAccount, query: ListDisputesQuery): ListResult<WireDispute> {
    const index = this.store.disputes.ofAccount(account.id);
    if (query.status === undefined) return indexList(index, query, (id) => toWireDispute(this.store.disputes.get(id)!));
    const matching = index.ids.map((id) => this.store.disputes.get(id)!).filter((d) => d.status === query.status);
    return filteredList(matching, query, toWireDispute);
  }

  /** One of the account's disputes (another account's is not found). */
  get(account: StoredAccount, id: string): WireDispute {
    const dispute = this.store.disputes.mine(account.id, id);
    return toWireDispute(dispute);
  }

  /** A settled `dispute` transaction settles its dispute. */
  settled(id: string, settledAt: string): void {
    const dispute = this.store.disputes.get(id);
    if (dispute) this.store.disputes.save({ ...dispute, settlement_status: 'settled', settled_at: settledAt, updated_at: settledAt });
  }

  private deadline(id: string, atMs: number): boolean {
    const dispute = this.store.disputes.get(id);
    if (!dispute || dispute.status !== 'new' || dueMs(dispute) !== atMs) return false;
    this.resolve(id, 'lost', atMs);
    return true;
  }
}

/** The wire object, every field in the seed's order. */
export function toWireDispute(d: StoredDispute): WireDispute {
  return {
    id: d.id,
    entity: d.entity,
    created_at: d.created_at,
    updated_at: d.updated_at,
    account_id: d.account_id,
    business_id: d.business_id,
    status: d.status,
    payment_id: d.payment_id,
    payment_intent_id: d.payment_intent_id,
    amount: d.amount,
    notes: d.notes,
    attachments: d.attachments,
    dispute_date: d.dispute_date,
    response_due_date: d.response_due_date,
    closed_date: d.closed_date,
    reason_disputed_code: d.reason_disputed_code,
    reason_disputed: d.reason_disputed,
    dispute_response: d.dispute_response,
    reference_meta: d.reference_meta,
    settlement_status: d.settlement_status,
    settled_at: d.settled_at,
  };
}

/** When an unanswered dispute is lost: 7 days after it opened (on its response due date). */
function dueMs(dispute: StoredDispute): number {
  return Date.parse(dispute.created_at) + RESPONSE_DAYS * DAY_MS;
}
