/** Payment execution configuration for a financial instrument, on the wire and in storage. */
import { z } from '@hono/zod-openapi';
import { SecretHint, tenantLocator, ulid } from '../common.schemas.js';

export const FinancialInstrumentConfigurationRequest = z
  .object({
    paymentProviderLocator: ulid,
    offlinePaymentToken: z.string().min(1).openapi({ writeOnly: true, description: 'The PSP token for offline payments. Write-only: never returned.' }),
    externalAccountNumber: z.string().nullish(),
  })
  .openapi('FinancialInstrumentConfigurationRequest');

export const FinancialInstrumentConfigurationResponse = z
  .object({ paymentInstrumentLocator: z.string(), paymentProviderLocator: z.string(), externalAccountNumber: z.string().optional() })
  .strict()
  .openapi('FinancialInstrumentConfigurationResponse');

export const InstrumentParams = z.object({
  tenantLocator,
  financialInstrumentLocator: ulid.openapi({ param: { name: 'financialInstrumentLocator', in: 'path' } }),
});

export const StoredInstrument = z
  .object({
    tenantLocator: z.string(),
    financialInstrumentLocator: z.string(),
    paymentProviderLocator: z.string(),
    offlinePaymentToken: SecretHint,
    externalAccountNumber: z.string().nullable(),
  })
  .strict();

export type InstrumentRequest = z.output<typeof FinancialInstrumentConfigurationRequest>;
export type WireInstrument = z.output<typeof FinancialInstrumentConfigurationResponse>;
export type StoredInstrument = z.output<typeof StoredInstrument>;
