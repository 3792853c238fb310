import { createRoute } from '@hono/zod-openapi';
import { FailureBody, InvalidInputsBody } from '../common.schemas.js';
import { outcomes, releaseParams } from '../routes.common.js';
import {
  AddPaymentMethodBody,
  AddPaymentMethodSuccess,
  DeletePaymentMethodQuery,
  DeletePaymentMethodSuccess,
  EditPaymentMethodUsagesBody,
  EditPaymentMethodUsagesSuccess,
  SavedPaymentMethodQuery,
  SavedPaymentMethodsQuery,
  SavedPaymentMethodsSuccess,
  SavedPaymentMethodSuccess,
} from './payment-methods.schemas.js';

const path = (name: string) => `/rest/{release}/payment/${name}.json`;

export const addPaymentMethodRoute = createRoute({
  method: 'post',
  path: path('addPaymentMethod'),
  operationId: 'addPaymentMethod',
  summary: 'Save a credit card (UnencryptedCreditCardPaymentMethod) or a Spreedly token to the account, with its default usages; b2b or oauth',
  request: { params: releaseParams, body: { content: { 'application/json': { schema: AddPaymentMethodBody } }, required: true } },
  responses: outcomes(AddPaymentMethodSuccess, FailureBody, InvalidInputsBody),
});

export const editPaymentMethodUsagesRoute = createRoute({
  method: 'post',
  path: path('editPaymentMethodUsages'),
  operationId: 'editPaymentMethodUsages',
  summary: 'Set the default usages of a saved Spreedly token (taken from any other method); b2b or oauth',
  request: { params: releaseParams, body: { content: { 'application/json': { schema: EditPaymentMethodUsagesBody } }, required: true } },
  responses: outcomes(EditPaymentMethodUsagesSuccess, FailureBody, InvalidInputsBody),
});

export const deletePaymentMethodRoute = createRoute({
  method: 'delete',
  path: path('deletePaymentMethod'),
  operationId: 'deletePaymentMethod',
  summary: 'Delete a saved payment method (paymentMethod is a JSON-encoded object in the query); b2b or oauth',
  request: { params: releaseParams, query: DeletePaymentMethodQuery },
  responses: outcomes(DeletePaymentMethodSuccess, FailureBody, InvalidInputsBody),
});

export const savedPaymentMethodRoute = createRoute({
  method: 'get',
  path: path('savedPaymentMethod'),
  operationId: 'savedPaymentMethod',
  summary: "The account's default payment method for a usage; b2b or oauth",
  request: { params: releaseParams, query: SavedPaymentMethodQuery },
  responses: outcomes(SavedPaymentMethodSuccess, FailureBody, InvalidInputsBody),
});

export const savedPaymentMethodsRoute = createRoute({
  method: 'get',
  path: path('savedPaymentMethods'),
  operationId: 'savedPaymentMethods',
  summary: "All the account's saved payment methods, oldest first; b2b or oauth",
  request: { params: releaseParams, query: SavedPaymentMethodsQuery },
  responses: outcomes(SavedPaymentMethodsSuccess, FailureBody, InvalidInputsBody),
});
