import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERROR_TABLE, isTableCode, tableMessage } from '../../src/providers/paytronix/error-table.js';

/** The rows of the seed's "Error Codes" table, read from the seed itself. */
function seedRows(): [string, string][] {
  const seed = readFileSync(new URL('../../../shared/seeds/003_27605543619ef0bb.txt', import.meta.url), 'utf8');
  const table = seed.slice(seed.indexOf('Error Codes ---'));
  return [...table.matchAll(/\|\s*``([^`]+)``\s*\|\s*([^|]*?)\s*\|/g)].map((m) => [m[1]!, m[2]!]);
}

describe('paytronix: the error table', () => {
  it('holds the seed table exactly as published: 93 rows, duplicates included', () => {
    expect(ERROR_TABLE).toHaveLength(93);
    expect(ERROR_TABLE.filter(([code]) => code === 'recharge.invalid_merchant_id')).toHaveLength(2);
    expect(ERROR_TABLE.filter(([code]) => code === 'recharge.server_error')).toHaveLength(2);
    expect(new Set(ERROR_TABLE.map(([code]) => code)).size).toBe(91);
  });

  it('matches the seed row by row (when the seed is at hand)', () => {
    let rows: [string, string][];
    try {
      rows = seedRows();
    } catch {
      return; // the seed lives outside the repository
    }
    expect(ERROR_TABLE.map(([code, message]) => [code, message])).toEqual(rows);
  });

  it.each([
    ['recharge.error', ''],
    ['recharge.email_not_verified', "User's email address must be verified in order to recharge"],
    ['payment_config.not_configured', 'Recharge is not configured for this combination of merchantId and cardTemplateCode'],
    ['add_saved_credit_card.add_saved_credit_card_failed', 'Account not active'],
    ['auto_recharge_disable.error', 'Failed to add saved credit card'],
    ['delete_saved_card.auto_recharge_enabled', 'Cannot delete saved credit card while auto recharge is enabled. Use autoRechargeDisable resource instead'],
    ['saved_payment_methods.system_error', 'System error'],
  ])('%s reads %j', (code, message) => {
    expect(isTableCode(code)).toBe(true);
    expect(tableMessage(code)).toBe(message);
  });

  it('keeps the published order (first, 47th and last rows)', () => {
    expect(ERROR_TABLE[0]).toEqual(['recharge.error', '']);
    expect(ERROR_TABLE[47]).toEqual(['add_saved_credit_card.add_saved_credit_card_failed', 'Account not active']);
    expect(ERROR_TABLE[92]).toEqual(['saved_payment_methods.system_error', 'System error']);
    expect(isTableCode('recharge.not_a_code')).toBe(false);
  });
});
