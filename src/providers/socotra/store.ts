/**
 * Socotra data: provider configurations and financial instrument configurations in the `socotra`
 * namespace, each tagged with its tenant; providers are listed per tenant in creation order.
 * No business rules here.
 */
import type { Database } from '../../core/db/database.js';
import type { StoredInstrument } from './financial-instruments/financial-instruments.schemas.js';
import type { StoredProvider } from './payment-providers/payment-providers.schemas.js';

export interface SocotraNamespace {
  paymentProviders: Record<string, StoredProvider>;
  financialInstruments: Record<string, StoredInstrument>;
}

const instrumentKey = (tenant: string, locator: string) => `${tenant}/${locator}`;

export class SocotraStore {
  /** Per tenant: provider locators in creation order. */
  private byTenant = new Map<string, string[]>();

  constructor(private readonly db: Database) {}

  private get ns(): SocotraNamespace {
    return this.db.data.socotra as SocotraNamespace;
  }

  reload(): void {
    this.byTenant.clear();
    for (const provider of Object.values(this.ns.paymentProviders)) this.index(provider);
  }

  provider(tenant: string, locator: string): StoredProvider | undefined {
    const found = this.ns.paymentProviders[locator];
    return found?.tenantLocator === tenant ? found : undefined;
  }

  providers(tenant: string): StoredProvider[] {
    return (this.byTenant.get(tenant) ?? []).map((locator) => this.ns.paymentProviders[locator]!);
  }

  saveProvider(provider: StoredProvider): void {
    const isNew = this.ns.paymentProviders[provider.locator] === undefined;
    this.ns.paymentProviders[provider.locator] = provider;
    if (isNew) this.index(provider);
    this.db.changed(['socotra', 'paymentProviders', provider.locator]);
  }

  instrument(tenant: string, locator: string): StoredInstrument | undefined {
    return this.ns.financialInstruments[instrumentKey(tenant, locator)];
  }

  saveInstrument(instrument: StoredInstrument): void {
    const key = instrumentKey(instrument.tenantLocator, instrument.financialInstrumentLocator);
    this.ns.financialInstruments[key] = instrument;
    this.db.changed(['socotra', 'financialInstruments', key]);
  }

  private index(provider: StoredProvider): void {
    let list = this.byTenant.get(provider.tenantLocator);
    if (!list) this.byTenant.set(provider.tenantLocator, (list = []));
    list.push(provider.locator);
  }
}
