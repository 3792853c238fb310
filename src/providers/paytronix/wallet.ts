/**
 * An account's saved payment methods: at most one default per usage, and the account's saved card
 * (the one savedCard, DELETE savedCreditCard, SAVED_CC recharges and auto-recharge use). Pure
 * functions over a StoredAccount; the caller saves the account.
 */
import { createHash } from 'node:crypto';
import type { StoredAccount, StoredPaymentMethod, StoredSavedCard, StoredSavedToken, Usage } from './common.schemas.js';

/** The account's saved card, if it has one. */
export function savedCardOf(account: StoredAccount): StoredSavedCard | undefined {
  if (account.savedCardCode === null) return undefined;
  const method = account.paymentMethods.find((m) => m.savedCardCode === account.savedCardCode);
  return method?.type === 'SAVED_CC' ? method : undefined;
}

export function methodByCode(account: StoredAccount, savedCardCode: string): StoredPaymentMethod | undefined {
  return account.paymentMethods.find((m) => m.savedCardCode === savedCardCode);
}

/** A one-way fingerprint of a Spreedly token: what is kept to recognise it again (never the token). */
export function tokenFingerprint(token: string): string {
  return createHash('sha256').update(`paytronix.spreedlyToken:${token}`).digest('hex').slice(0, 32);
}

/** The saved Spreedly token method a SPREEDLY_TOKEN payment method names, if any. */
export function methodByToken(account: StoredAccount, token: string): StoredSavedToken | undefined {
  const fingerprint = tokenFingerprint(token);
  return account.paymentMethods.find((m): m is StoredSavedToken => m.type === 'SAVED_SPREEDLY_TOKEN' && m.tokenFingerprint === fingerprint);
}

/** The account's default method for a usage, if any. */
export function defaultMethodFor(account: StoredAccount, usage: Usage): StoredPaymentMethod | undefined {
  return account.paymentMethods.find((m) => m.defaultUsages.includes(usage));
}

/** Make `method` the default for `usages`, taking each usage away from any other method. */
export function setDefaultUsages(account: StoredAccount, savedCardCode: string, usages: readonly Usage[]): void {
  const wanted = [...new Set(usages)];
  for (const m of account.paymentMethods) {
    if (m.savedCardCode === savedCardCode) m.defaultUsages = wanted;
    else m.defaultUsages = m.defaultUsages.filter((u) => !wanted.includes(u));
  }
}

/** Add a method (its defaultUsages taken from the others). */
export function addMethod(account: StoredAccount, method: StoredPaymentMethod): void {
  account.paymentMethods.push({ ...method, defaultUsages: [] });
  setDefaultUsages(account, method.savedCardCode, method.defaultUsages);
}

/** Remove a method; if it was the saved card, the account has none. */
export function removeMethod(account: StoredAccount, savedCardCode: string): void {
  account.paymentMethods = account.paymentMethods.filter((m) => m.savedCardCode !== savedCardCode);
  if (account.savedCardCode === savedCardCode) account.savedCardCode = null;
}

/** Make a card the account's saved card, replacing the previous one (whose default usages it takes over). */
export function replaceSavedCard(account: StoredAccount, card: StoredSavedCard): void {
  const previous = savedCardOf(account);
  const usages = [...new Set([...(previous?.defaultUsages ?? []), ...card.defaultUsages])];
  if (previous) removeMethod(account, previous.savedCardCode);
  addMethod(account, { ...card, defaultUsages: usages });
  account.savedCardCode = card.savedCardCode;
}

/** Is a card expired on the sandbox clock? Good through the last day of its expiry month (UTC). */
export function isExpired(now: Date, month: number, year: number): boolean {
  return year < now.getUTCFullYear() || (year === now.getUTCFullYear() && month < now.getUTCMonth() + 1);
}
