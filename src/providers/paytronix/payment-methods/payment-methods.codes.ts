/**
 * Failure codes this resource uses that the seed's table does not publish (the README lists them).
 * The table gives these endpoints only `*.system_error`; the rest follow each endpoint's prefix
 * (`endpoints.ts`) with the table's wording for the same checks elsewhere.
 */
const accountChecks = (prefix: string): Record<string, string> => ({
  [`${prefix}.invalid_merchant_id`]: 'Invalid merchant ID',
  [`${prefix}.invalid_card_number`]: 'Invalid card number',
  [`${prefix}.card_not_active`]: 'Card not active',
  [`${prefix}.account_not_active`]: 'Account not active',
});

export const PAYMENT_METHOD_CODES: Readonly<Record<string, string>> = {
  // addPaymentMethod and editPaymentMethodUsages
  ...accountChecks('payment_method'),
  'payment_method.invalid_payment_method': 'Specified payment method cannot be used for this operation',
  'payment_method.payment_method_not_found': 'Payment method not found',
  'payment_method.already_saved': 'Payment method is already saved for this account',
  // deletePaymentMethod
  ...accountChecks('delete_payment_method'),
  'delete_payment_method.invalid_payment_method': 'Specified payment method cannot be deleted',
  'delete_payment_method.payment_method_not_found': 'Payment method not found',
  'delete_payment_method.auto_recharge_enabled': 'Cannot delete the auto recharge payment method while auto recharge is enabled. Use autoRechargeDisable resource instead',
  // savedPaymentMethod
  ...accountChecks('saved_payment_method'),
  'saved_payment_method.not_found': 'No saved payment method for this usage',
  // savedPaymentMethods
  ...accountChecks('saved_payment_methods'),
};
