/** Failure codes this resource uses that the seed's table does not publish (the README lists them). */
export const AUTO_RECHARGE_CODES: Readonly<Record<string, string>> = {};
