import { SuccessOnly } from '../common.schemas.js';
import { paytronixRoute } from '../routes.common.js';
import { DeleteSavedCreditCardQuery, SavedCardQuery, SavedCardSuccess } from './saved-cards.schemas.js';

export const savedCardRoute = paytronixRoute('savedCard', "Get the account's saved credit card (last four, brand, expiry); b2b or oauth", SavedCardQuery, SavedCardSuccess);

export const deleteSavedCreditCardRoute = paytronixRoute('savedCreditCard', 'Delete a saved credit card (refused while enrolled in auto-recharge); b2b or oauth', DeleteSavedCreditCardQuery, SuccessOnly);
