/** What Forward's resources share: the collections, the job queue, the core services, `serve`. */
import type { OpenAPIHono, RouteConfig } from '@hono/zod-openapi';
import type { Handler, Hono } from 'hono';
import type { Database } from '../../core/db/database.js';
import type { Deps, SandboxEnv } from '../../core/provider.js';
import type { StoredAccount, StoredBusiness, StoredPlan } from './accounts/accounts.schemas.js';
import type { AccountService } from './accounts/accounts.service.js';
import type { StoredCheckoutSession } from './checkout-sessions/checkout-sessions.types.js';
import type { StoredDispute } from './disputes/disputes.types.js';
import type { DisputeService } from './disputes/disputes.service.js';
import type { Jobs } from './jobs.js';
import type { StoredTransaction } from './ledger/ledger.types.js';
import type { LedgerService } from './ledger/ledger.service.js';
import type { StoredPaymentMethod } from './payment-methods/payment-methods.schemas.js';
import type { PaymentMethodService } from './payment-methods/payment-methods.service.js';
import type { StoredIntent } from './payment-intents/payment-intents.types.js';
import type { PaymentIntentService } from './payment-intents/payment-intents.service.js';
import type { StoredPayment } from './payments/payments.types.js';
import type { PaymentService } from './payments/payments.service.js';
import type { StoredPayout } from './payouts/payouts.types.js';
import type { StoredRefund } from './refunds/refunds.types.js';
import { Collection } from './store.js';

export type ForwardEnv = SandboxEnv & { Variables: { account: StoredAccount | undefined } };

export interface ForwardStore {
  businesses: Collection<StoredBusiness>;
  accounts: Collection<StoredAccount>;
  processingPlans: Collection<StoredPlan>;
  paymentMethods: Collection<StoredPaymentMethod>;
  paymentIntents: Collection<StoredIntent>;
  /** Grouped by payment intent. */
  payments: Collection<StoredPayment>;
  /** Grouped by payment intent. */
  refunds: Collection<StoredRefund>;
  checkoutSessions: Collection<StoredCheckoutSession>;
  disputes: Collection<StoredDispute>;
  transactions: Collection<StoredTransaction>;
  payouts: Collection<StoredPayout>;
}

export function createStore(db: Database): ForwardStore {
  return {
    businesses: new Collection(db, 'businesses'),
    accounts: new Collection(db, 'accounts'),
    processingPlans: new Collection(db, 'processingPlans'),
    paymentMethods: new Collection<StoredPaymentMethod>(db, 'paymentMethods', (pm) => `${pm.account_id}/${pm.id}`),
    paymentIntents: new Collection(db, 'paymentIntents'),
    payments: new Collection<StoredPayment>(db, 'payments', undefined, (p) => p.payment_intent_id),
    refunds: new Collection<StoredRefund>(db, 'refunds', undefined, (r) => r.payment_intent_id),
    checkoutSessions: new Collection(db, 'checkoutSessions'),
    disputes: new Collection(db, 'disputes'),
    transactions: new Collection(db, 'transactions'),
    payouts: new Collection(db, 'payouts'),
  };
}

/** How an operation is served (see http.ts). */
export interface ServeOptions {
  /** The operation id (OpenAPI, scenario rules). */
  id: string;
  /** x-account-id: required (default), optional (business-level calls), or not read. */
  account?: 'required' | 'optional' | 'none';
  /** The seed lists x-idempotency-key for this operation. */
  idempotent?: boolean;
  /** The JSON body may be absent (an action with optional fields). */
  optionalBody?: boolean;
}

export type Serve = (route: RouteConfig, opts: ServeOptions, handler: Handler<ForwardEnv, any, any>) => void;

export interface ForwardContext {
  deps: Deps;
  store: ForwardStore;
  jobs: Jobs;
  accounts: AccountService;
  ledger: LedgerService;
  disputes: DisputeService;
  methods: PaymentMethodService;
  intents: PaymentIntentService;
  payments: PaymentService;
  serve: Serve;
  /** The provider's router (for pages outside the API, such as the hosted checkout page). */
  router: OpenAPIHono<ForwardEnv>;
  /** Hooks under /__admin/forward. */
  admin: Hono<SandboxEnv>;
}

/** The account a handler runs for (the pipeline has provisioned it). */
export function accountOf(c: { var: { account: StoredAccount | undefined } }): StoredAccount {
  return c.var.account!;
}
