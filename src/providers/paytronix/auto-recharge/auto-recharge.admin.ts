/**
 * `POST /__admin/paytronix/cards/{printedCardNumber}/spend {"amount": "12.50"}`: a purchase in a
 * store lowers the stored value balance (no public API can). Problem+json errors: a printed card
 * that is not 16 digits 404; a bad amount, an inactive card or account, no stored-value wallet, or
 * more than the balance 400. Afterwards monitoring may flag the card and the next tick once the
 * clock moves on may auto-recharge it.
 */
import { z } from 'zod';
import { readBody } from '../../../admin/body.js';
import { NotFoundError, RejectedError } from '../../../core/errors.js';
import { PRINTED_CARD } from '../accounts.js';
import type { PaytronixContext } from '../context.js';
import { money, toCents } from '../format.js';
import { balanceChanged } from './low-balance.js';

const SpendRequest = z
  .object({
    amount: z
      .string()
      .regex(/^\d{1,9}\.\d{2}$/, 'a decimal amount with two decimals, e.g. "12.50"')
      .refine((v) => toCents(v)! > 0, 'must be above zero'),
  })
  .strict();

export function registerSpendHook(ctx: PaytronixContext): void {
  const { admin, store, deps } = ctx;
  admin.post('/cards/:printedCardNumber/spend', async (c) => {
    const printedCardNumber = c.req.param('printedCardNumber');
    if (!PRINTED_CARD.test(printedCardNumber)) throw new NotFoundError('printed card', printedCardNumber);
    const { amount } = await readBody(c, SpendRequest);
    const account = store.account(printedCardNumber);
    if (!account.cardActive || !account.accountActive) throw new RejectedError(400, 'card_not_active', `Printed card ${printedCardNumber} or its account is not active`);
    if (!account.svWalletAttached) throw new RejectedError(400, 'no_sv_wallet_attached', `Printed card ${printedCardNumber} has no stored value wallet`);
    const cents = toCents(amount)!;
    if (cents > account.balanceCents) {
      throw new RejectedError(400, 'insufficient_balance', `Cannot spend ${amount}: the stored value balance of ${printedCardNumber} is ${money(account.balanceCents)}`);
    }
    account.balanceCents -= cents;
    balanceChanged(account, deps.clock.nowMs());
    store.saveAccount(account);
    return c.json({ printedCardNumber, balance: money(account.balanceCents) }, 200);
  });
}
