/** Failure codes this resource uses that the seed's table does not publish (the README lists them). */
export const PAYMENT_METHOD_CODES: Readonly<Record<string, string>> = {};
