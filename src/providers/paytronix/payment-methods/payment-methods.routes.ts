import { SuccessOnly } from '../common.schemas.js';
import { paytronixRoute } from '../routes.common.js';
import {
  AddPaymentMethodBody,
  DeletePaymentMethodQuery,
  EditPaymentMethodUsagesBody,
  SavedPaymentMethodQuery,
  SavedPaymentMethodsQuery,
  SavedPaymentMethodsSuccess,
  SavedPaymentMethodSuccess,
} from './payment-methods.schemas.js';

export const addPaymentMethodRoute = paytronixRoute('addPaymentMethod', 'Save a credit card (UnencryptedCreditCardPaymentMethod) or a Spreedly token to the account, with its default usages; b2b or oauth', AddPaymentMethodBody, SuccessOnly);

export const editPaymentMethodUsagesRoute = paytronixRoute('editPaymentMethodUsages', 'Set the default usages of a saved Spreedly token (taken from any other method); b2b or oauth', EditPaymentMethodUsagesBody, SuccessOnly);

export const deletePaymentMethodRoute = paytronixRoute('deletePaymentMethod', 'Delete a saved payment method (paymentMethod is a JSON-encoded object in the query); b2b or oauth', DeletePaymentMethodQuery, SuccessOnly);

export const savedPaymentMethodRoute = paytronixRoute('savedPaymentMethod', "The account's default payment method for a usage; b2b or oauth", SavedPaymentMethodQuery, SavedPaymentMethodSuccess);

export const savedPaymentMethodsRoute = paytronixRoute('savedPaymentMethods', "All the account's saved payment methods, oldest first; b2b or oauth", SavedPaymentMethodsQuery, SavedPaymentMethodsSuccess);
