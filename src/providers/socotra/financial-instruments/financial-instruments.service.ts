/** Payment execution configuration per financial instrument: one per instrument, on an active provider. */
import { ConflictError, NotFoundError } from '../../../core/errors.js';
import { secretHint } from '../../../core/mask.js';
import type { PaymentProviderService } from '../payment-providers/payment-providers.service.js';
import type { SocotraStore } from '../store.js';
import type { InstrumentRequest, StoredInstrument, WireInstrument } from './financial-instruments.schemas.js';

export class FinancialInstrumentService {
  constructor(
    private readonly store: SocotraStore,
    private readonly providers: PaymentProviderService,
  ) {}

  get(tenant: string, locator: string): WireInstrument {
    return toWire(this.find(tenant, locator));
  }

  add(tenant: string, locator: string, body: InstrumentRequest): WireInstrument {
    if (this.store.instrument(tenant, locator)) {
      throw new ConflictError(`Financial instrument ${locator} already has a payment execution configuration; update it instead`);
    }
    return this.save(tenant, locator, body);
  }

  /** A full replacement. */
  update(tenant: string, locator: string, body: InstrumentRequest): WireInstrument {
    this.find(tenant, locator);
    return this.save(tenant, locator, body);
  }

  private save(tenant: string, locator: string, body: InstrumentRequest): WireInstrument {
    this.providers.requireActive(tenant, body.paymentProviderLocator);
    const instrument: StoredInstrument = {
      tenantLocator: tenant,
      financialInstrumentLocator: locator,
      paymentProviderLocator: body.paymentProviderLocator,
      offlinePaymentToken: secretHint(body.offlinePaymentToken),
      externalAccountNumber: body.externalAccountNumber ?? null,
    };
    this.store.saveInstrument(instrument);
    return toWire(instrument);
  }

  private find(tenant: string, locator: string): StoredInstrument {
    const instrument = this.store.instrument(tenant, locator);
    if (!instrument) throw new NotFoundError('Payment execution configuration for financial instrument', locator);
    return instrument;
  }
}

function toWire(instrument: StoredInstrument): WireInstrument {
  return {
    paymentInstrumentLocator: instrument.financialInstrumentLocator,
    paymentProviderLocator: instrument.paymentProviderLocator,
    ...(instrument.externalAccountNumber === null ? {} : { externalAccountNumber: instrument.externalAccountNumber }),
  };
}
