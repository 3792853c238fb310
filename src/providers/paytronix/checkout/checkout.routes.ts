import { paytronixRoute } from '../routes.common.js';
import { CheckoutSessionSuccess, CreateCheckoutSessionBody, PaymentIntentActionBody, PaymentIntentQuery, PaymentIntentSuccess } from './checkout.schemas.js';

export const createCheckoutSessionRoute = paytronixRoute('createCheckoutSession', 'Create a checkout session for the hosted payment page; b2b only', CreateCheckoutSessionBody, CheckoutSessionSuccess);

export const paymentIntentRoute = paytronixRoute('paymentIntent', "Get a checkout session's payment intent; b2b only", PaymentIntentQuery, PaymentIntentSuccess);

export const capturePaymentIntentRoute = paytronixRoute('capturePaymentIntent', 'Capture an authorized payment intent (REQUIRES_CAPTURE → SUCCEEDED); b2b only', PaymentIntentActionBody, PaymentIntentSuccess);

export const cancelPaymentIntentRoute = paytronixRoute('cancelPaymentIntent', 'Cancel a payment intent not yet captured (REQUIRES_PAYMENT_METHOD or REQUIRES_CAPTURE → CANCELED); b2b only', PaymentIntentActionBody, PaymentIntentSuccess);
