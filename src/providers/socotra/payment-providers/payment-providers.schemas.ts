/** Payment provider configurations on the wire: the two request bodies, the responses, storage. */
import { z } from '@hono/zod-openapi';
import { PSPS, SecretHint, STATES, tenantLocator, ulid } from '../common.schemas.js';

const state = z.enum(STATES);
const secret = (description: string) => z.string().min(1).openapi({ writeOnly: true, description: `${description} Write-only: never returned.` });

export const BraintreeConfigurationRequest = z
  .object({
    paymentProviderState: state,
    paymentServiceProvider: z.enum(['braintree', 'braintreeSandbox']),
    merchantId: secret('Braintree merchant id.'),
    privateKey: secret('Braintree private key.'),
    publicKey: secret('Braintree public key.'),
  })
  .openapi('BraintreeConfigurationRequest');

export const StripeConfigurationRequest = z
  .object({
    paymentProviderState: state,
    paymentServiceProvider: z.enum(['stripe', 'stripeTest']),
    secretKey: secret('Stripe secret key: sk_test_… for stripeTest, sk_live_… for stripe.'),
  })
  .openapi('StripeConfigurationRequest');

export const PaymentProviderConfigurationRequest = z.discriminatedUnion('paymentServiceProvider', [
  BraintreeConfigurationRequest,
  StripeConfigurationRequest,
]);

export const PaymentProvider = z
  .object({ locator: z.string(), paymentProviderState: state, paymentServiceProvider: z.enum(PSPS) })
  .strict()
  .openapi('PaymentProvider');

export const ListPageResponsePaymentProvider = z
  .object({ listCompleted: z.boolean(), items: z.array(PaymentProvider) })
  .strict()
  .openapi('ListPageResponsePaymentProvider');

export const TenantParams = z.object({ tenantLocator });
export const ProviderParams = z.object({ tenantLocator, locator: ulid.openapi({ param: { name: 'locator', in: 'path' } }) });

export const ListQuery = z.object({
  paymentServiceProvider: z.enum(PSPS).optional(),
  offset: z.coerce.number().int().min(0).default(0).openapi({ description: 'Items to skip (default 0).' }),
  count: z.coerce.number().int().min(1).max(1000).default(100).openapi({ description: 'Page size, 1–1000 (default 100).' }),
});

export const StoredProvider = z
  .object({
    locator: z.string(),
    tenantLocator: z.string(),
    paymentProviderState: state,
    paymentServiceProvider: z.enum(PSPS),
    credentials: z
      .object({ merchantId: SecretHint.optional(), privateKey: SecretHint.optional(), publicKey: SecretHint.optional(), secretKey: SecretHint.optional() })
      .strict(),
  })
  .strict();

export type ProviderRequest = z.output<typeof PaymentProviderConfigurationRequest>;
export type WireProvider = z.output<typeof PaymentProvider>;
export type StoredProvider = z.output<typeof StoredProvider>;
export type ListQuery = z.output<typeof ListQuery>;
