/** Mews payment request rules: add, list, cancel, complete, and expiry on the sandbox clock. */
import { DueQueue } from '../../../core/due-queue.js';
import { ForbiddenError, NotFoundError, ValidationError } from '../../../core/errors.js';
import type { Deps } from '../../../core/provider.js';
import type { Scenario } from '../../../core/scenarios/loader.js';
import type { Outcome } from '../../../core/scenarios/schema.js';
import { isoSeconds } from '../../../core/time.js';
import type { MewsStore } from '../store.js';
import { paymentRequestMachine as machine } from './payment-requests.machine.js';
import type {
  AmountValue,
  GetAllQuery,
  NewPaymentRequest,
  StoredPaymentRequest,
  WirePaymentRequest,
} from './payment-requests.schemas.js';

const ADD_OUTCOMES = ['approve', 'complete', 'expire'] as const;

export class PaymentRequestService {
  private readonly due = new DueQueue<string>();

  constructor(
    private readonly deps: Deps,
    private readonly store: MewsStore,
  ) {}

  /** Rebuild the schedule of time-driven transitions from the stored requests. */
  reload(): void {
    this.due.clear();
    for (const record of this.store.all()) this.schedule(record);
  }

  add(enterpriseId: string, scenario: Scenario, items: NewPaymentRequest[]): WirePaymentRequest[] {
    const nowMs = this.deps.clock.nowMs();
    items.forEach((item, i) => {
      if (Date.parse(item.ExpirationUtc) <= nowMs) {
        throw new ValidationError(`PaymentRequests[${i}].ExpirationUtc`, `must be in the future (sandbox time is ${isoSeconds(nowMs)})`);
      }
    });
    const now = isoSeconds(nowMs);
    const records = items.map((item): StoredPaymentRequest => {
      const facts = {
        Type: item.Type,
        Reason: item.Reason,
        Currency: item.Amount.Currency,
        Value: item.Amount.Value,
        AccountId: item.AccountId.toLowerCase(),
        ReservationId: item.ReservationId?.toLowerCase(),
      };
      const outcome = this.deps.scenarios.decide(scenario, 'add', facts, ADD_OUTCOMES);
      return {
        Id: this.deps.random.guid(`mews:${enterpriseId}`),
        EnterpriseId: enterpriseId,
        AccountId: item.AccountId.toLowerCase(),
        ReservationGroupId: null,
        ReservationId: item.ReservationId?.toLowerCase() ?? null,
        State: 'Pending',
        Amount: amount(item.Amount.Currency, item.Amount.Value, outcome),
        Type: item.Type,
        Reason: item.Reason,
        ExpirationUtc:
          outcome?.outcome === 'expire' ? isoSeconds(nowMs + outcome.afterSeconds * 1000) : isoSeconds(Date.parse(item.ExpirationUtc)),
        Description: item.Description,
        Notes: item.Notes ?? null,
        CreatedUtc: now,
        UpdatedUtc: now,
        CompletionUtc: outcome?.outcome === 'complete' ? isoSeconds(nowMs + outcome.afterSeconds * 1000) : null,
      };
    });
    this.store.save(records);
    records.forEach((record) => this.schedule(record));
    return records.map(toWire);
  }

  getAll(enterpriseId: string, query: GetAllQuery): { PaymentRequests: WirePaymentRequest[]; Cursor: string | null } {
    const cursor = query.Limitation.Cursor?.toLowerCase() ?? undefined;
    if (cursor !== undefined && !this.store.owns(enterpriseId, cursor)) {
      throw new ValidationError('Limitation.Cursor', 'is not a payment request of this enterprise');
    }
    if (query.EnterpriseIds && !query.EnterpriseIds.some((id) => id.toLowerCase() === enterpriseId)) {
      return { PaymentRequests: [], Cursor: null };
    }
    const matches = filterFor(query);
    const page: WirePaymentRequest[] = [];
    for (const record of this.store.newestFirst(enterpriseId, cursor)) {
      if (!matches(record)) continue;
      page.push(toWire(record));
      if (page.length === query.Limitation.Count) break;
    }
    return { PaymentRequests: page, Cursor: page.at(-1)?.Id ?? null };
  }

  /** Cancel Pending requests: all of them or, if any cannot be canceled, none. */
  cancel(enterpriseId: string, ids: string[]): WirePaymentRequest[] {
    const unique = [...new Set(ids.map((id) => id.toLowerCase()))];
    const records = unique.map((id) => {
      const record = this.store.owns(enterpriseId, id) ? this.store.get(id) : undefined;
      if (!record) throw new ValidationError('PaymentRequestIds', `${id} is not a payment request of this enterprise`);
      return record;
    });
    for (const record of records) {
      if (!machine.can(record.State, 'cancel')) {
        throw new ForbiddenError(`Payment request ${record.Id} is ${record.State}; only Pending payment requests can be canceled.`);
      }
    }
    const now = isoSeconds(this.deps.clock.nowMs());
    const canceled = records.map((record) => ({ ...record, State: machine.next(record.State, 'cancel'), UpdatedUtc: now }));
    this.store.save(canceled);
    return canceled.map(toWire);
  }

  /** The customer pays (admin hook). */
  complete(id: string): WirePaymentRequest {
    const record = this.store.get(id.toLowerCase());
    if (!record) throw new NotFoundError('Payment request', id);
    const completed = { ...record, State: machine.next(record.State, 'complete'), UpdatedUtc: isoSeconds(this.deps.clock.nowMs()) };
    this.store.save([completed]);
    return toWire(completed);
  }

  /** Apply every completion and expiry due at `nowMs`; UpdatedUtc is the instant it fell due. */
  tick(nowMs: number): number {
    let applied = 0;
    for (const { at, key } of this.due.popDue(nowMs)) {
      const record = this.store.get(key);
      if (!record) continue;
      const next = nextEvent(record);
      if (!next || Date.parse(next.at) !== at) continue;
      this.store.save([{ ...record, State: machine.next(record.State, next.event), UpdatedUtc: next.at }]);
      applied += 1;
    }
    return applied;
  }

  private schedule(record: StoredPaymentRequest): void {
    const next = nextEvent(record);
    if (next) this.due.push(Date.parse(next.at), record.Id);
  }
}

/** The time-driven transition a request is waiting for, if any (the customer paying in time wins). */
function nextEvent(record: StoredPaymentRequest): { at: string; event: 'complete' | 'expire' } | undefined {
  if (!machine.can(record.State, 'expire')) return undefined;
  if (record.CompletionUtc !== null && Date.parse(record.CompletionUtc) <= Date.parse(record.ExpirationUtc)) {
    return { at: record.CompletionUtc, event: 'complete' };
  }
  return { at: record.ExpirationUtc, event: 'expire' };
}

function filterFor(query: GetAllQuery): (record: StoredPaymentRequest) => boolean {
  const set = (ids?: string[]) => (ids && ids.length > 0 ? new Set(ids.map((id) => id.toLowerCase())) : undefined);
  const ids = set(query.PaymentRequestIds);
  const accounts = set(query.AccountIds);
  const reservations = set(query.ReservationIds);
  const states = query.States && query.States.length > 0 ? new Set<string>(query.States) : undefined;
  const start = query.UpdatedUtc ? Date.parse(query.UpdatedUtc.StartUtc) : undefined;
  const end = query.UpdatedUtc ? Date.parse(query.UpdatedUtc.EndUtc) : undefined;
  return (record) => {
    if (ids && !ids.has(record.Id)) return false;
    if (accounts && !accounts.has(record.AccountId)) return false;
    if (reservations && (record.ReservationId === null || !reservations.has(record.ReservationId))) return false;
    if (states && !states.has(record.State)) return false;
    if (start !== undefined && end !== undefined) {
      const updated = Date.parse(record.UpdatedUtc);
      if (updated < start || updated >= end) return false;
    }
    return true;
  };
}

function round2(value: number): number {
  return Math.round((value + Number.EPSILON) * 100) / 100;
}

/** The full Amount: gross as sent, tax from the scenario (none unless it says otherwise). */
function amount(currency: string, gross: number, outcome: Outcome | undefined): AmountValue {
  const tax = outcome?.outcome === 'approve' ? outcome.tax : undefined;
  if (!tax) {
    return { Currency: currency, NetValue: gross, GrossValue: gross, TaxValues: [], Breakdown: { Items: [{ TaxRateCode: null, NetValue: gross, TaxValue: 0 }] } };
  }
  const net = round2(gross / (1 + tax.rate));
  const taxValue = round2(gross - net);
  return {
    Currency: currency,
    NetValue: net,
    GrossValue: gross,
    TaxValues: [{ Code: tax.code, Value: taxValue }],
    Breakdown: { Items: [{ TaxRateCode: tax.code, NetValue: net, TaxValue: taxValue }] },
  };
}

export function toWire(record: StoredPaymentRequest): WirePaymentRequest {
  return {
    Id: record.Id,
    EnterpriseId: record.EnterpriseId,
    AccountId: record.AccountId,
    CustomerId: record.AccountId,
    ReservationGroupId: record.ReservationGroupId,
    ReservationId: record.ReservationId,
    State: record.State,
    Amount: record.Amount,
    Type: record.Type,
    Reason: record.Reason,
    ExpirationUtc: record.ExpirationUtc,
    Description: record.Description,
    Notes: record.Notes,
    CreatedUtc: record.CreatedUtc,
    UpdatedUtc: record.UpdatedUtc,
  };
}
