/** Failure codes this resource uses that the seed's table does not publish (the README lists them). */
export const APPLE_PAY_CODES: Readonly<Record<string, string>> = {
  'payment_method.invalid_merchant_id': 'Invalid merchant ID',
  'payment_method.invalid_apple_pay_domain_name': 'Domain name must be a lowercase host name such as shop.example.com, without scheme, path or port',
  'payment_method.apple_pay_domain_not_registered': 'Domain is not registered for Apple Pay for this merchant',
  'payment_method.invalid_apple_pay_validation_url': 'Validation URL must be an https URL on an Apple Pay gateway host (apple-pay-gateway*.apple.com)',
  'payment_method.apple_pay_domain_limit_reached': 'The merchant already has the maximum number of Apple Pay domains (99)',
};
