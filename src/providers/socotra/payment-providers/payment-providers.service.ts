/** Payment provider configuration rules: credentials checks, scenarios, states, paging. */
import { NotFoundError, RejectedError } from '../../../core/errors.js';
import { secretHint } from '../../../core/mask.js';
import type { Deps } from '../../../core/provider.js';
import type { Scenario } from '../../../core/scenarios/loader.js';
import type { OperationId } from '../common.schemas.js';
import type { SocotraStore } from '../store.js';
import { providerMachine as machine, updateEvent } from './payment-providers.machine.js';
import type { ListQuery, ProviderRequest, StoredProvider, WireProvider } from './payment-providers.schemas.js';

/** Stripe keys by mode: integrators who swap test and live keys find out here. */
const STRIPE_KEY_PREFIX = { stripeTest: 'sk_test_', stripe: 'sk_live_' } as const;

export class PaymentProviderService {
  constructor(
    private readonly deps: Deps,
    private readonly store: SocotraStore,
  ) {}

  list(tenant: string, query: ListQuery): { listCompleted: boolean; items: WireProvider[] } {
    const all = this.store.providers(tenant).filter((p) => !query.paymentServiceProvider || p.paymentServiceProvider === query.paymentServiceProvider);
    const items = all.slice(query.offset, query.offset + query.count).map(toWire);
    return { listCompleted: query.offset + query.count >= all.length, items };
  }

  get(tenant: string, locator: string): WireProvider {
    return toWire(this.find(tenant, locator));
  }

  add(tenant: string, scenario: Scenario, body: ProviderRequest): WireProvider {
    this.checkCredentials(scenario, 'addPaymentProviderConfiguration', body);
    const provider = stored(this.deps.random.ulid(`socotra:${tenant}`, this.deps.clock.nowMs()), tenant, body);
    this.store.saveProvider(provider);
    return toWire(provider);
  }

  /** A full replacement; the requested state goes through the transition table. */
  update(tenant: string, locator: string, scenario: Scenario, body: ProviderRequest): WireProvider {
    const current = this.find(tenant, locator);
    this.checkCredentials(scenario, 'updatePaymentProviderConfiguration', body);
    const state = machine.next(current.paymentProviderState, updateEvent(body.paymentProviderState));
    const provider = stored(locator, tenant, { ...body, paymentProviderState: state });
    this.store.saveProvider(provider);
    return toWire(provider);
  }

  inactivate(tenant: string, locator: string): WireProvider {
    const current = this.find(tenant, locator);
    const provider = { ...current, paymentProviderState: machine.next(current.paymentProviderState, 'inactivate') };
    this.store.saveProvider(provider);
    return toWire(provider);
  }

  /** The provider a financial instrument may point at: it exists in the tenant and is active. */
  requireActive(tenant: string, locator: string): StoredProvider {
    const provider = this.find(tenant, locator);
    if (provider.paymentProviderState !== 'active') {
      throw new RejectedError(400, 'payment_provider_inactive', `Payment provider configuration ${locator} is inactive`, 'paymentProviderLocator');
    }
    return provider;
  }

  private find(tenant: string, locator: string): StoredProvider {
    const provider = this.store.provider(tenant, locator);
    if (!provider) throw new NotFoundError('Payment provider configuration', locator);
    return provider;
  }

  /** What the PSP would say about the keys: their format first, then the scenario. */
  private checkCredentials(scenario: Scenario, operation: OperationId, body: ProviderRequest): void {
    if (body.paymentServiceProvider === 'stripe' || body.paymentServiceProvider === 'stripeTest') {
      const prefix = STRIPE_KEY_PREFIX[body.paymentServiceProvider];
      if (!body.secretKey.startsWith(prefix)) {
        throw new RejectedError(400, 'invalid_secret_key', `secretKey is not a Stripe ${prefix}… key, which ${body.paymentServiceProvider} requires`, 'secretKey');
      }
    }
    const outcome = this.deps.scenarios.decide(scenario, operation, { paymentServiceProvider: body.paymentServiceProvider }, ['decline']);
    if (outcome) {
      throw new RejectedError(400, outcome.reason, `${body.paymentServiceProvider} refused the credentials (${outcome.reason})`);
    }
  }
}

function stored(locator: string, tenant: string, body: ProviderRequest): StoredProvider {
  const credentials =
    'secretKey' in body
      ? { secretKey: secretHint(body.secretKey) }
      : { merchantId: secretHint(body.merchantId), privateKey: secretHint(body.privateKey), publicKey: secretHint(body.publicKey) };
  return { locator, tenantLocator: tenant, paymentProviderState: body.paymentProviderState, paymentServiceProvider: body.paymentServiceProvider, credentials };
}

function toWire(provider: StoredProvider): WireProvider {
  return { locator: provider.locator, paymentProviderState: provider.paymentProviderState, paymentServiceProvider: provider.paymentServiceProvider };
}
