import { SuccessOnly } from '../common.schemas.js';
import { paytronixRoute } from '../routes.common.js';
import { DisableMonitoringBody, EnableMonitoringBody, PendingQuery, PendingSuccess } from './monitoring.schemas.js';

export const enableMonitoringRoute = paytronixRoute('enableAutoRechargeMonitoring', 'Monitor the stored value balance against the threshold (monitoring only: nothing is charged); b2b only', EnableMonitoringBody, SuccessOnly);

export const disableMonitoringRoute = paytronixRoute('disableAutoRechargeMonitoring', 'Stop monitoring the card; b2b only', DisableMonitoringBody, SuccessOnly);

export const pendingRoute = paytronixRoute('pendingAutoRecharges', 'Up to 100 monitored cards whose balance fell to or below the threshold in the past 7 days (sandbox clock); b2b only', PendingQuery, PendingSuccess);
