/** Credit cards: the seed's card type codes, brand detection from the number, and the masked scenario fact. */
import { luhnValid } from '../../core/mask.js';

export const CARD_TYPE_LABELS: Record<string, string> = {
  AMEX: 'American Express',
  DINERS_CLUB: 'Diners Club',
  DISCOVER: 'Discover',
  JCB: 'JCB',
  MASTERCARD: 'MasterCard',
  VISA: 'Visa',
  ALELO: 'Alelo',
  CABAL: 'Cabal',
  CARNET: 'Carnet',
  DANKORT: 'Dankort',
  ELO: 'Elo',
  MAESTRO: 'Maestro',
  NARANJA: 'Naranja',
  SODEXO: 'Sodexo',
  VR: 'Vr',
};

/** The card type a number belongs to (undefined when no brand is recognised). */
export function brandOf(number: string): string | undefined {
  if (/^4/.test(number)) return 'VISA';
  if (/^(5[1-5]|2(2[2-9][1-9]|2[3-9]\d|[3-6]\d\d|7[01]\d|720))/.test(number)) return 'MASTERCARD';
  if (/^3[47]/.test(number)) return 'AMEX';
  if (/^(6011|65|64[4-9])/.test(number)) return 'DISCOVER';
  if (/^(36|38|30[0-5])/.test(number)) return 'DINERS_CLUB';
  if (/^35/.test(number)) return 'JCB';
  return undefined;
}

/** A plausible card number: digits only, passing Luhn. */
export function validCardNumber(number: string): boolean {
  return /^\d{12,19}$/.test(number) && luhnValid(number);
}

/** The scenario fact for a card: `400000******0002` (never the full number). */
export function cardFact(number: string): string {
  return `${number.slice(0, 6)}${'*'.repeat(number.length - 10)}${number.slice(-4)}`;
}
