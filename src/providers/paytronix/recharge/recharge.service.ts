/**
 * recharge and rechargeHistory. Recharge runs the seed's checks in order (input, merchant, card,
 * account, email, amount bounds, payment method and card type), then authorization, stored-value
 * adjustment and capture. A declined attempt changes no balance but is kept in the history as
 * `Failed`. Only the last four digits, brand and expiry of a card are ever kept.
 */
import type { Deps } from '../../../core/provider.js';
import type { Scenario } from '../../../core/scenarios/loader.js';
import { codesFor, requireAccount } from '../accounts.js';
import { brandOf, cardFact, validCardNumber } from '../cards.js';
import type { StoredAccount, StoredCharge, StoredMerchant, StoredSavedCard } from '../common.schemas.js';
import { InvalidInputsError, PaytronixFailure } from '../errors.js';
import { expDate, money, paytronixDate, toCents } from '../format.js';
import type { PaytronixStore } from '../store.js';
import { methodByCode, replaceSavedCard } from '../wallet.js';
import { savedMethodExpired } from '../expiry.js';
import { authorize, expiredDecline, type Decision } from './processor.js';
import type { ChargeHistoryResponse, ChargeResponse, RechargeBody } from './recharge.schemas.js';

/** What a charge keeps of the card it used. */
interface CardUsed {
  paymentMethodType: string;
  cardType: string;
  lastFour: string;
  expirationMonth: number;
  expirationYear: number;
  /** The card to save on success (CC with saveCard). */
  toSave?: Omit<StoredSavedCard, 'savedCardCode' | 'savedAtMs'>;
  expired: boolean;
  fact?: string;
}

const COUNTRIES = ['US', 'CA'];

export class RechargeService {
  constructor(
    private readonly deps: Deps,
    private readonly store: PaytronixStore,
  ) {}

  recharge(input: RechargeBody, scenario: Scenario): ChargeResponse {
    this.checkInputs(input);
    const { merchant, account } = requireAccount(this.store, input.merchantId, input.printedCardNumber, codesFor('recharge'));
    if (!account.svWalletAttached) throw new PaytronixFailure('recharge.no_sv_wallet_attached');
    if (account.email === null) throw new PaytronixFailure('recharge.no_email_address');
    if (!account.emailVerified) throw new PaytronixFailure('recharge.email_not_verified');
    if (account.rechargePrevented) throw new PaytronixFailure('recharge.recharge_prevent');
    const program = merchant.programs[String(account.cardTemplateCode)];
    if (!program || !program.oneTimeRechargeEnabled) throw new PaytronixFailure('recharge.not_configured');
    const cents = toCents(input.amount)!;
    if (cents < program.minCents) throw new PaytronixFailure('recharge.amount_below_minimum');
    if (cents > program.maxCents) throw new PaytronixFailure('recharge.amount_above_maximum');
    const card = this.cardUsed(input, account, program.cardTypes, scenario);

    const decision: Decision = card.expired ? expiredDecline() : authorize(this.deps, scenario, 'recharge', { card: card.fact, paymentMethodType: card.paymentMethodType });
    const charge = this.charge(merchant, card, cents, decision.approved);
    account.history.push(charge);
    if (decision.approved) {
      account.balanceCents += cents;
      if (card.toSave) replaceSavedCard(account, { ...card.toSave, savedCardCode: this.deps.random.base62('paytronix.savedCardCode', 10), savedAtMs: this.deps.clock.nowMs() });
    }
    this.store.saveAccount(account);
    if (!decision.approved) throw new PaytronixFailure(decision.code!, decision.details);
    const { atMs: _at, merchantId: _m, amountCents: _a, ...wire } = charge;
    return { ...wire, amount: money(cents), processorAuthCode: charge.authCode, transactionDatetime: paytronixDate(charge.atMs, merchant.timeZone) };
  }

  history(merchantId: number, printedCardNumber: string): ChargeHistoryResponse[] {
    const { merchant, account } = requireAccount(this.store, merchantId, printedCardNumber, codesFor('recharge_history'));
    return account.history
      .slice()
      .reverse()
      .map((h) => ({
        transactionDatetime: paytronixDate(h.atMs, merchant.timeZone),
        transactionState: h.transactionState,
        processorResponseCode: h.processorResponseCode,
        processorResponseMessage: h.processorResponseMessage,
        processorReferenceNumber: h.processorReferenceNumber,
        authCode: h.authCode,
        amount: money(h.amountCents),
        cardType: h.cardType,
        lastFour: h.lastFour,
        expDate: h.expDate,
      }));
  }

  /** Field checks the schema cannot make: the address a CC needs, and an expiry in the past. */
  private checkInputs(input: RechargeBody): void {
    const pm = input.paymentMethod;
    if (pm.paymentMethodType !== 'CC') return;
    const errors: Record<string, ['null_field'] | ['invalid_date']> = {};
    if (!input.address) errors.address = ['null_field'];
    const now = this.deps.clock.now();
    const [year, month] = [now.getUTCFullYear(), now.getUTCMonth() + 1];
    if (pm.expirationYear < year || (pm.expirationYear === year && pm.expirationMonth < month)) errors['paymentMethod/expirationYear'] = ['invalid_date'];
    if (Object.keys(errors).length > 0) throw new InvalidInputsError(errors);
  }

  private cardUsed(input: RechargeBody, account: StoredAccount, allowed: readonly string[], scenario: Scenario): CardUsed {
    const pm = input.paymentMethod;
    if (pm.paymentMethodType === 'SAVED_CC') {
      const saved = methodByCode(account, pm.savedCardCode);
      if (saved?.type !== 'SAVED_CC' || saved.lastFour !== pm.lastFour) throw new PaytronixFailure('recharge.no_matching_saved_card');
      return { paymentMethodType: 'SAVED_CC', ...saved, expired: savedMethodExpired(this.deps, scenario, 'recharge', saved) };
    }
    if (pm.paymentMethodType !== 'CC') throw new PaytronixFailure('recharge.invalid_payment_method');
    if (!validCardNumber(pm.cardNumber) || !COUNTRIES.includes(input.address!.country)) throw new PaytronixFailure('cc_transaction.invalid_input');
    if (brandOf(pm.cardNumber) !== pm.cardType || !allowed.includes(pm.cardType)) throw new PaytronixFailure('cc_transaction.invalid_cc_type');
    const kept = { cardType: pm.cardType, cardholderName: pm.cardholderName, lastFour: pm.cardNumber.slice(-4), expirationMonth: pm.expirationMonth, expirationYear: pm.expirationYear };
    const toSave = pm.saveCard ? { type: 'SAVED_CC' as const, ...kept, ...(input.address ? { address: input.address } : {}), defaultUsages: [] } : undefined;
    return { paymentMethodType: 'CC', ...kept, toSave, expired: false, fact: cardFact(pm.cardNumber) };
  }

  private charge(merchant: StoredMerchant, card: CardUsed, cents: number, approved: boolean): StoredCharge {
    const ref = this.deps.random.base62('paytronix.processorReference', 12).toUpperCase();
    const auth = approved ? this.deps.random.base62('paytronix.authCode', 6).replace(/[^0-9]/g, (ch) => String(ch.charCodeAt(0) % 10)) : '';
    return {
      atMs: this.deps.clock.nowMs(),
      merchantId: merchant.merchantId,
      transactionState: approved ? 'Succeeded' : 'Failed',
      processorResponseCode: approved ? 0 : 12,
      processorResponseMessage: approved ? 'Approved' : 'Declined',
      processorReferenceNumber: ref,
      authCode: auth,
      amountCents: cents,
      paymentMethodType: card.paymentMethodType,
      cardType: card.cardType,
      lastFour: card.lastFour,
      expDate: expDate(card.expirationMonth, card.expirationYear),
    };
  }
}
