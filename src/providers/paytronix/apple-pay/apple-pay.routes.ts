import { SuccessOnly } from '../common.schemas.js';
import { paytronixRoute } from '../routes.common.js';
import {
  MerchantDetailsQuery,
  MerchantDetailsSuccess,
  RegisterDomainBody,
  UnregisterDomainBody,
  ValidateMerchantBody,
  ValidateMerchantSuccess,
} from './apple-pay.schemas.js';

export const validateMerchantRoute = paytronixRoute('validateApplePayMerchant', 'Complete the merchant validation of an Apple Pay session for a registered domain; b2b only', ValidateMerchantBody, ValidateMerchantSuccess);

export const registerDomainRoute = paytronixRoute('registerApplePayDomain', "Register a domain for Apple Pay for the merchant (registering it again succeeds and changes nothing); b2b only", RegisterDomainBody, SuccessOnly);

export const unregisterDomainRoute = paytronixRoute('unregisterApplePayDomain', 'Unregister a registered Apple Pay domain of the merchant; b2b only', UnregisterDomainBody, SuccessOnly);

export const merchantDetailsRoute = paytronixRoute('applePayMerchantDetails', "Get the merchant's Apple Pay details, with its registered domains; b2b only", MerchantDetailsQuery, MerchantDetailsSuccess);
