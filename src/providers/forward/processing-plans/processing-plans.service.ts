/**
 * Processing plans: each account has one (provisioned with the account, or a fixture's), named by
 * its `processing_plan_id`. Stored plans carry their account; the wire object does not.
 */
import type { ProcessingPlan, StoredAccount, StoredPlan } from '../accounts/accounts.schemas.js';
import type { ListQuery, ListResult } from '../common.schemas.js';
import type { ForwardStore } from '../context.js';
import { indexList } from '../lists.js';

export class ProcessingPlanService {
  constructor(private readonly store: ForwardStore) {}

  /** One of the account's plans (another account's plan is not found). */
  get(account: StoredAccount, id: string): ProcessingPlan {
    const plan = this.store.processingPlans.mine(account.id, id);
    return toWire(plan);
  }

  list(account: StoredAccount, query: ListQuery): ListResult<ProcessingPlan> {
    return indexList(this.store.processingPlans.ofAccount(account.id), query, (id) => toWire(this.store.processingPlans.get(id)!));
  }
}

/** The wire object, in the seed's field order (without the owning account). */
export function toWire(plan: StoredPlan): ProcessingPlan {
  const { account_id: _account, ...wire } = plan;
  return wire;
}
