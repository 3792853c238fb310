/** validateApplePayMerchant, registerApplePayDomain, unregisterApplePayDomain and applePayMerchantDetails: requests and the seed's entities. */
import { z } from '@hono/zod-openapi';
import { authFields, merchantId } from '../common.schemas.js';

const domainName = z.string().min(1).max(253).openapi({ description: 'A lowercase host name such as shop.example.com (no scheme, path or port)', example: 'shop.example.com' });

export const ValidateMerchantBody = z
  .object({
    ...authFields,
    merchantId,
    validationUrl: z.string().min(1).max(2048).openapi({ description: "The validation URL from Apple's onvalidatemerchant event: https on an Apple Pay gateway host (apple-pay-gateway*.apple.com)" }),
    domainName,
  })
  .openapi('ValidateApplePayMerchantRequest');

export const RegisterDomainBody = z.object({ ...authFields, merchantId, domainName }).openapi('RegisterApplePayDomainRequest');

export const UnregisterDomainBody = z
  .object({ ...authFields, merchantId, domainName, reason: z.string().min(1).max(500).openapi({ description: 'Human readable reason for unregistering the domain' }) })
  .openapi('UnregisterApplePayDomainRequest');

export const MerchantDetailsQuery = z.object({ ...authFields, merchantId }).openapi('ApplePayMerchantDetailsQuery');

export const ApplePayMerchantSession = z
  .object({ merchantSession: z.string().openapi({ description: 'The merchant session (a JSON document) to pass to completeMerchantValidation' }) })
  .openapi('ApplePayMerchantSession');

export const ApplePayMerchantDetails = z
  .object({
    domainNames: z.array(z.string()),
    partnerMerchantName: z.string(),
    partnerInternalMerchantIdentifier: z.string(),
    partnerMerchantValidationURI: z.string(),
    encryptTo: z.string(),
    merchantUrl: z.string(),
  })
  .openapi('ApplePayMerchantDetails');

export const ValidateMerchantSuccess = z.object({ result: z.literal('success'), session: ApplePayMerchantSession }).openapi('ValidateApplePayMerchantSuccess');
export const MerchantDetailsSuccess = z.object({ result: z.literal('success'), details: ApplePayMerchantDetails }).openapi('ApplePayMerchantDetailsSuccess');

export type ValidateMerchantBody = z.output<typeof ValidateMerchantBody>;
export type RegisterDomainBody = z.output<typeof RegisterDomainBody>;
export type UnregisterDomainBody = z.output<typeof UnregisterDomainBody>;
export type ApplePayMerchantSession = z.output<typeof ApplePayMerchantSession>;
export type ApplePayMerchantDetails = z.output<typeof ApplePayMerchantDetails>;
