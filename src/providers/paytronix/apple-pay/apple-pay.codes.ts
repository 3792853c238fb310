/** Failure codes this resource uses that the seed's table does not publish (the README lists them). */
export const APPLE_PAY_CODES: Readonly<Record<string, string>> = {};
