/**
 * The payment method a charge uses (recharge, autoRechargeEnable, the clock's auto-recharge), as
 * what the charge keeps of it: type, brand, last four and expiry, the scenario facts, and the method
 * to save on success. A card number is kept as its last four; a Spreedly token is accepted as given
 * and kept as its last four (never whole). The charge's `paymentMethodType` is one of the seed's
 * ChargeResponse values, so a saved token charges as `SPREEDLY_TOKEN`.
 */
import type { Deps } from '../../../core/provider.js';
import type { Scenario } from '../../../core/scenarios/loader.js';
import { brandOf, cardFact, validCardNumber } from '../cards.js';
import type { StoredAccount, StoredAddress, StoredPaymentMethod } from '../common.schemas.js';
import { PaytronixFailure } from '../errors.js';
import { savedMethodExpired } from '../expiry.js';
import { expDate } from '../format.js';
import { methodByCode } from '../wallet.js';
import type { RechargePaymentMethod } from './recharge.schemas.js';

/** A payment method to save, before it has a code and a date. */
export type UnsavedMethod = StoredPaymentMethod extends infer M ? (M extends unknown ? Omit<M, 'savedCardCode' | 'savedAtMs'> : never) : never;

export interface CardUsed {
  paymentMethodType: 'CC' | 'SAVED_CC' | 'SPREEDLY_TOKEN';
  /** Empty for a Spreedly token (the brand behind it is not known). */
  cardType: string;
  lastFour: string;
  /** `MM/yyyy`; empty for a Spreedly token. */
  expDate: string;
  nickname?: string;
  /** What the scenario decides on: the masked card number (CC only) and the request's payment method type. */
  facts: { card?: string; paymentMethodType: string };
  expired: boolean;
  /** The saved method used (SAVED_CC, SAVED_SPREEDLY_TOKEN). */
  savedCardCode?: string;
  /** The method to save when the charge succeeds (saveCard). */
  toSave?: UnsavedMethod;
}

const COUNTRIES = ['US', 'CA'];

/** A method the account already has, as a charge uses it. */
export function savedMethodUsed(deps: Deps, scenario: Scenario, operation: string, method: StoredPaymentMethod): CardUsed {
  const expired = savedMethodExpired(deps, scenario, operation, method);
  const common = { savedCardCode: method.savedCardCode, expired, facts: { paymentMethodType: method.type }, ...(method.nickname !== undefined ? { nickname: method.nickname } : {}) };
  if (method.type === 'SAVED_CC') {
    return { ...common, paymentMethodType: 'SAVED_CC', cardType: method.cardType, lastFour: method.lastFour, expDate: expDate(method.expirationMonth, method.expirationYear) };
  }
  return { ...common, paymentMethodType: 'SPREEDLY_TOKEN', cardType: '', lastFour: method.tokenLastFour, expDate: '' };
}

export interface ResolveOptions {
  deps: Deps;
  scenario: Scenario;
  /** The scenario operation (`recharge`, `autoRechargeEnable`). */
  operation: string;
  /** The program's allowed card types. */
  cardTypes: readonly string[];
  address?: StoredAddress;
  /** Save the method even without `saveCard` (auto-recharge needs it saved). */
  save: boolean;
}

/** The request's payment method, checked against the account and the program (the seed's failures). */
export function resolvePaymentMethod(pm: RechargePaymentMethod, account: StoredAccount, o: ResolveOptions): CardUsed {
  switch (pm.paymentMethodType) {
    case 'SAVED_CC': {
      const saved = methodByCode(account, pm.savedCardCode);
      if (saved?.type !== 'SAVED_CC' || saved.lastFour !== pm.lastFour) throw new PaytronixFailure('recharge.no_matching_saved_card');
      return savedMethodUsed(o.deps, o.scenario, o.operation, saved);
    }
    case 'SAVED_SPREEDLY_TOKEN': {
      const saved = methodByCode(account, pm.savedCardCode);
      if (saved?.type !== 'SAVED_SPREEDLY_TOKEN' || saved.tokenLastFour !== pm.tokenLastFour) throw new PaytronixFailure('recharge.no_matching_saved_card');
      return savedMethodUsed(o.deps, o.scenario, o.operation, saved);
    }
    case 'SPREEDLY_TOKEN': {
      const lastFour = pm.token.slice(-4);
      const toSave: UnsavedMethod | undefined =
        pm.saveCard || o.save
          ? { type: 'SAVED_SPREEDLY_TOKEN', tokenLastFour: lastFour, nickname: pm.nickname, ...(pm.tokenType ? { paymentTokenType: pm.tokenType } : {}), ...(o.address ? { address: o.address } : {}), defaultUsages: [] }
          : undefined;
      return { paymentMethodType: 'SPREEDLY_TOKEN', cardType: '', lastFour, expDate: '', nickname: pm.nickname, facts: { paymentMethodType: 'SPREEDLY_TOKEN' }, expired: false, toSave };
    }
    case 'CC': {
      if (!validCardNumber(pm.cardNumber) || !COUNTRIES.includes(o.address!.country)) throw new PaytronixFailure('cc_transaction.invalid_input');
      if (brandOf(pm.cardNumber) !== pm.cardType || !o.cardTypes.includes(pm.cardType)) throw new PaytronixFailure('cc_transaction.invalid_cc_type');
      const kept = { cardType: pm.cardType, cardholderName: pm.cardholderName, lastFour: pm.cardNumber.slice(-4), expirationMonth: pm.expirationMonth, expirationYear: pm.expirationYear };
      const toSave: UnsavedMethod | undefined = pm.saveCard || o.save ? { type: 'SAVED_CC', ...kept, ...(o.address ? { address: o.address } : {}), defaultUsages: [] } : undefined;
      return { paymentMethodType: 'CC', cardType: kept.cardType, lastFour: kept.lastFour, expDate: expDate(kept.expirationMonth, kept.expirationYear), facts: { card: cardFact(pm.cardNumber), paymentMethodType: 'CC' }, expired: false, toSave };
    }
  }
}
