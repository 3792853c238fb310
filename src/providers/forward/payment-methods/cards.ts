/**
 * Card facts the sandbox may keep: brand, first six and last four digits, expiry. The full number
 * and the CVV are read once, at tokenization, and never stored, returned, logged or journaled.
 */
import { luhnValid } from '../../../core/mask.js';

export type Brand = 'visa' | 'mastercard' | 'amex' | 'discover' | 'unknown';

export function brandOf(number: string): Brand {
  if (/^4/.test(number)) return 'visa';
  if (/^(5[1-5]|2(2[2-9]|[3-6]\d|7[01]|720))/.test(number)) return 'mastercard';
  if (/^3[47]/.test(number)) return 'amex';
  if (/^(6011|65|64[4-9])/.test(number)) return 'discover';
  return 'unknown';
}

export function validCardNumber(number: string): boolean {
  return /^\d{12,19}$/.test(number) && luhnValid(number);
}

/** The scenario fact for a card: first six, stars, last four (`424242******4242`). */
export function cardKey(firstSix: string, lastFour: string, length: number): string {
  return `${firstSix}${'*'.repeat(Math.max(0, length - 10))}${lastFour}`;
}

export interface TestMethod {
  id: string;
  number?: string;
  bank?: { routing_number: string; account_number: string; account_type: 'checking' | 'savings' };
  description: string;
}

/** The fixed payment methods every account has (Forward-style test ids). */
export const TEST_METHODS: readonly TestMethod[] = [
  { id: 'pm_card_visa', number: '4242424242424242', description: 'approve' },
  { id: 'pm_card_declined', number: '4867094332104873', description: 'decline' },
  { id: 'pm_card_insufficient_funds', number: '4112912498587255', description: 'decline: insufficient funds' },
  { id: 'pm_card_avs_fail', number: '4208475663072763', description: 'approve with AVS failure' },
  { id: 'pm_card_cvv_fail', number: '4000000000000101', description: 'decline: CVV mismatch' },
  { id: 'pm_card_expired', number: '4000000000000069', description: 'decline: expired card' },
  { id: 'pm_card_dispute_fraudulent', number: '4000000000000259', description: 'approve, then a fraudulent dispute at capture' },
  { id: 'pm_card_dispute_product_not_received', number: '4000000000002685', description: 'approve, then a product_not_received dispute at capture' },
  { id: 'pm_bank_account', bank: { routing_number: '110000000', account_number: '000123456789', account_type: 'checking' }, description: 'bank: pending, settles 2 days later' },
];
