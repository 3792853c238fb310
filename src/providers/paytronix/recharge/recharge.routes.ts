import { paytronixRoute } from '../routes.common.js';
import { HistoryQuery, HistorySuccess, RechargeBody, RechargeSuccess } from './recharge.schemas.js';

export const rechargeRoute = paytronixRoute('recharge', 'Recharge a stored value card with a credit card (or saved credit card); b2b or oauth', RechargeBody, RechargeSuccess);

export const rechargeHistoryRoute = paytronixRoute('rechargeHistory', "Get the cardholder's recharge history, newest first; b2b or oauth", HistoryQuery, HistorySuccess);
