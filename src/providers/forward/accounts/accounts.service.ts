/**
 * Accounts: an unseen `acct_…` id is provisioned on first use with a deterministic business,
 * partner and FLAT_RATE processing plan (card 2.9% + 30¢, bank 1% capped at $5); fixture accounts
 * come from data/seed/forward.json. Fees are computed here, from the account's plan.
 */
import { NotFoundError } from '../../../core/errors.js';
import type { Deps } from '../../../core/provider.js';
import { iso, type PaymentMethodType } from '../common.schemas.js';
import { derivedId } from '../ids.js';
import type { ForwardStore } from '../context.js';
import type { StoredAccount, StoredBusiness, StoredPlan } from './accounts.schemas.js';

export function flatRatePlan(id: string, account: string, effectiveMs: number): StoredPlan {
  return {
    id,
    account_id: account,
    plan_type: 'FLAT_RATE',
    effective_date: iso(effectiveMs).slice(0, 10),
    accepted_cards: ['visa', 'mastercard', 'amex', 'discover'],
    auth_fee: { card: 0, bank: 0 },
    fees: { card: { percentage: 2.9, fixed: 30 }, bank: { percentage: 1, fixed: 0, cap: 500 } },
    fees_paid_by_partner: { card: false, bank: false },
    partner_pays_chargeback_amount: false,
    comment: 'Sandbox FLAT_RATE plan: card 2.9% + 30¢ per captured payment; bank 1% capped at $5.',
    interchange_cost: 'GROSS',
    bank_processing_plan_settings: { percentage: 1, cap: 500, settlement_days: 2 },
  };
}

export class AccountService {
  constructor(
    private readonly deps: Deps,
    private readonly store: ForwardStore,
    /** Creates the fixed test payment methods of a new account. */
    private readonly onProvision: (account: StoredAccount) => void,
  ) {}

  /** The account, provisioned on first use. */
  ensure(id: string): StoredAccount {
    const found = this.store.accounts.get(id);
    if (found && found.test_methods) return found;
    const account = found ? { ...found, test_methods: true } : this.provision(id);
    this.store.accounts.save(account);
    this.onProvision(account);
    return account;
  }

  get(id: string): StoredAccount | undefined {
    return this.store.accounts.get(id);
  }

  /** The accounts of a business (404 for an unknown business). */
  ofBusiness(businessId: string): StoredAccount[] {
    if (!this.store.businesses.get(businessId)) throw new NotFoundError('business', businessId);
    return this.store.accounts.all().filter((a) => a.business_id === businessId);
  }

  plan(account: StoredAccount): StoredPlan {
    return this.store.processingPlans.get(account.processing_plan_id)!;
  }

  /** The plan's fee for capturing `amount` cents. */
  fee(account: StoredAccount, type: PaymentMethodType, amount: number): number {
    const { fees } = this.plan(account);
    if (type === 'card') return Math.round((amount * fees.card.percentage) / 100) + fees.card.fixed;
    return Math.min(Math.round((amount * fees.bank.percentage) / 100) + fees.bank.fixed, fees.bank.cap);
  }

  private provision(id: string): StoredAccount {
    const { random, clock } = this.deps;
    const nowMs = clock.nowMs();
    const now = iso(nowMs);
    const business: StoredBusiness = { id: derivedId(random, 'bus', id), account_id: id, name: `Sandbox business ${id.slice(-6)}`, partner_id: derivedId(random, 'par', id), created_at: now };
    const plan = flatRatePlan(derivedId(random, 'partppl', id), id, nowMs);
    this.store.businesses.save(business);
    this.store.processingPlans.save(plan);
    return {
      id,
      account_id: id,
      business_id: business.id,
      partner_id: business.partner_id,
      processing_plan_id: plan.id,
      name: `Sandbox merchant ${id.slice(-6)}`,
      branding: {
        business_name: business.name,
        logo_url: null,
        primary_color: '#1A56DB',
        secondary_color: '#FFFFFF',
        support_email: 'support@example.com',
      },
      created_at: now,
      test_methods: false,
    };
  }
}
