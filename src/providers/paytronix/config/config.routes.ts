import { paytronixRoute } from '../routes.common.js';
import { PaymentConfigQuery, PaymentConfigSuccess } from './config.schemas.js';

export const paymentConfigRoute = paytronixRoute('paymentConfig', 'Get payment configuration (auto-recharge values and card types); b2b, oauth or anonymous', PaymentConfigQuery, PaymentConfigSuccess);
