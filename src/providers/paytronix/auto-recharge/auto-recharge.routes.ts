import { RechargeSuccess } from '../recharge/recharge.schemas.js';
import { SuccessOnly } from '../common.schemas.js';
import { paytronixRoute } from '../routes.common.js';
import { AutoRechargeDisableBody, AutoRechargeEnableBody, AutoRechargeStatusQuery, AutoRechargeStatusResponse } from './auto-recharge.schemas.js';

export const autoRechargeEnableRoute = paytronixRoute('autoRechargeEnable', 'Charge the card at once and enroll the account in auto-recharge (the card is saved); b2b or oauth', AutoRechargeEnableBody, RechargeSuccess);

export const autoRechargeDisableRoute = paytronixRoute('autoRechargeDisable', 'Leave auto-recharge (deleteSavedCard, default true, also deletes the saved card); b2b or oauth', AutoRechargeDisableBody, SuccessOnly);

export const autoRechargeStatusRoute = paytronixRoute('autoRechargeStatus', 'Is the account enrolled in auto-recharge (amount, threshold, saved card); no `result` field on success; b2b or oauth', AutoRechargeStatusQuery, AutoRechargeStatusResponse);
