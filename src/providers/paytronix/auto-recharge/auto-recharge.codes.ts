/** Failure codes this resource uses that the seed's table does not publish (the README lists them). */
export const AUTO_RECHARGE_CODES: Readonly<Record<string, string>> = {
  'auto_recharge_enable_monitoring.no_sv_wallet_attached': 'This card does not have a Stored Value wallet attached',
  'auto_recharge_enable_monitoring.not_monitored': 'Auto recharge monitoring is not enabled for this card',
};
