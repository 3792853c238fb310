import { createRoute } from '@hono/zod-openapi';
import { FailureBody, InvalidInputsBody } from '../common.schemas.js';
import { outcomes, releaseParams } from '../routes.common.js';
import { DeleteSavedCreditCardQuery, DeleteSavedCreditCardSuccess, SavedCardQuery, SavedCardSuccess } from './saved-cards.schemas.js';

export const savedCardRoute = createRoute({
  method: 'get',
  path: '/rest/{release}/payment/savedCard.json',
  operationId: 'savedCard',
  summary: "Get the account's saved credit card (last four, brand, expiry); b2b or oauth",
  request: { params: releaseParams, query: SavedCardQuery },
  responses: outcomes(SavedCardSuccess, FailureBody, InvalidInputsBody),
});

export const deleteSavedCreditCardRoute = createRoute({
  method: 'delete',
  path: '/rest/{release}/payment/savedCreditCard.json',
  operationId: 'savedCreditCard',
  summary: 'Delete a saved credit card (refused while enrolled in auto-recharge); b2b or oauth',
  request: { params: releaseParams, query: DeleteSavedCreditCardQuery },
  responses: outcomes(DeleteSavedCreditCardSuccess, FailureBody, InvalidInputsBody),
});
