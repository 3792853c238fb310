/** Forward ids: prefix + 27 base62 characters from the seeded generator, one stream per account. */
import type { Random } from '../../core/random.js';

export type IdPrefix = 'pi' | 'pmt' | 'pm' | 're' | 'cs' | 'dp' | 'txn' | 'po' | 'acct' | 'bus' | 'par' | 'partppl';

export const ID_LENGTH = 27;

export function newId(random: Random, prefix: IdPrefix, account: string): string {
  return `${prefix}_${random.base62(`forward:${account}:${prefix}`, ID_LENGTH)}`;
}

/** Deterministic ids derived from an account id alone (its business, partner and plan). */
export function derivedId(random: Random, prefix: IdPrefix, account: string): string {
  return `${prefix}_${random.base62(`forward:${account}:derived-${prefix}`, ID_LENGTH)}`;
}
