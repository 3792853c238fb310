/** Socotra wire pieces shared by both resources: locators, the error body, the route prefix. */
import { z } from '@hono/zod-openapi';

export const BASE = '/payment-execution/{tenantLocator}';

/** ULIDs: 26 characters of Crockford base32 (case-insensitive; answered in upper case). */
export const ULID = /^[0-7][0-9A-HJKMNP-TV-Z]{25}$/i;
export const ulid = z
  .string()
  .regex(ULID, 'must be a ULID (26 characters of Crockford base32)')
  .transform((value) => value.toUpperCase())
  .openapi({ example: '01JG8XQ6N4R2B7V5C3M9K1T0WZ' });

export const tenantLocator = z.uuid().openapi({ param: { name: 'tenantLocator', in: 'path' }, example: '6b8a4f2e-1c3d-4e5f-9a7b-0c2d4e6f8a1b' });

export const PSPS = ['braintree', 'braintreeSandbox', 'stripe', 'stripeTest'] as const;
export const STATES = ['active', 'inactive'] as const;
export type Psp = (typeof PSPS)[number];
export type ProviderState = (typeof STATES)[number];

export const SocotraError = z
  .object({
    httpStatus: z.number().int(),
    httpErrorCode: z.number().int(),
    apiErrorCode: z.string(),
    message: z.string(),
    fieldErrors: z.array(z.object({ fieldName: z.string(), code: z.enum(['MISSING', 'INVALID_FIELD', 'INVALID_TYPE', 'INVALID_VALUE']), message: z.string() })),
    requestMethod: z.string(),
    requestUri: z.string(),
    referenceId: z.string(),
  })
  .openapi('ExceptionResponse');

export const json = <T>(schema: T) => ({ content: { 'application/json': { schema } } });

export const errorResponses = {
  400: { description: 'Invalid input (fieldErrors name it), rejected credentials, inactive provider, unknown scenario.', ...json(SocotraError) },
  401: { description: 'No bearer token, or a malformed sandbox token.', ...json(SocotraError) },
  403: { description: 'The token does not grant this operation’s permission.', ...json(SocotraError) },
  404: { description: 'No such object in this tenant.', ...json(SocotraError) },
  500: { description: 'Server error (server-errors scenario).', ...json(SocotraError) },
};

/** Security group and permission of each operation, as the seed gives them. */
export const PERMISSIONS = {
  fetchPaymentProviderConfigurations: 'payment-providers.list',
  fetchPaymentProviderConfiguration: 'payment-providers.read',
  addPaymentProviderConfiguration: 'payment-providers.write',
  updatePaymentProviderConfiguration: 'payment-providers.write',
  inactivatePaymentProviderConfiguration: 'payment-providers.write',
  fetchPaymentExecutionConfigurationForFinancialInstrument: 'financial-instruments.read',
  addPaymentExecutionConfigurationForFinancialInstrument: 'financial-instruments.write',
  updatePaymentExecutionConfigurationForFinancialInstrument: 'financial-instruments.write',
} as const;
export type OperationId = keyof typeof PERMISSIONS;

/** The OpenAPI fields every operation shares: its id, bearer auth, its permission. */
export const operationDoc = (operationId: OperationId) => ({
  operationId,
  security: [{ bearerAuth: [] }],
  description: `Security group and permission: ${PERMISSIONS[operationId]}.`,
});

/** What the database keeps of a write-only secret: never the value. */
export const SecretHint = z.object({ last4: z.string(), length: z.number().int() }).strict();
