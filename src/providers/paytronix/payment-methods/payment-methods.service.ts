/**
 * addPaymentMethod, editPaymentMethodUsages, deletePaymentMethod, savedPaymentMethod and
 * savedPaymentMethods over the account's wallet (`wallet.ts`: one default per usage). A card is
 * kept as last four, brand, expiry, name and address; a Spreedly token as its last four and a
 * one-way fingerprint. Validate fully, then save once.
 */
import type { Deps } from '../../../core/provider.js';
import { codesFor, requireAccount } from '../accounts.js';
import { brandOf, validCardNumber } from '../cards.js';
import { TOKEN_TYPES, type StoredAccount, type StoredPaymentMethod, type Usage } from '../common.schemas.js';
import { InvalidInputsError, PaytronixFailure, type FieldCode } from '../errors.js';
import type { PaytronixStore } from '../store.js';
import { addMethod, defaultMethodFor, methodByCode, methodByToken, removeMethod, setDefaultUsages, tokenFingerprint } from '../wallet.js';
import type { AddPaymentMethodBody, DeletePaymentMethodInput, EditPaymentMethodUsagesBody, ResponsePaymentMethod } from './payment-methods.schemas.js';
import { responseMethod } from './response-method.js';

const COUNTRIES = ['US', 'CA'];

/** A payment method as a request names it (SAVED_CC, SPREEDLY_TOKEN or SAVED_SPREEDLY_TOKEN). */
type MethodRef = DeletePaymentMethodInput['paymentMethod'];

/** The stored method a request's payment method names, if the account has it. */
function findMethod(account: StoredAccount, ref: MethodRef): StoredPaymentMethod | undefined {
  switch (ref.paymentMethodType) {
    case 'SPREEDLY_TOKEN':
      return methodByToken(account, ref.token);
    case 'SAVED_SPREEDLY_TOKEN': {
      const m = methodByCode(account, ref.savedCardCode);
      return m?.type === 'SAVED_SPREEDLY_TOKEN' && m.tokenLastFour === ref.tokenLastFour ? m : undefined;
    }
    case 'SAVED_CC': {
      const m = methodByCode(account, ref.savedCardCode);
      return m?.type === 'SAVED_CC' && m.lastFour === ref.lastFour ? m : undefined;
    }
  }
}

export class PaymentMethodService {
  constructor(
    private readonly deps: Deps,
    private readonly store: PaytronixStore,
  ) {}

  add(input: AddPaymentMethodBody): void {
    this.checkInputs(input);
    const { merchant, account } = requireAccount(this.store, input.merchantId, input.printedCardNumber, codesFor('payment_method'));
    if (input.ccProcessorId !== undefined && !merchant.ccProcessorIds.includes(input.ccProcessorId)) throw new PaytronixFailure('cc_transaction.error_loading_cc_processor_data');
    const pm = input.paymentMethod;
    if (pm.paymentMethodType === 'CC') {
      if (!validCardNumber(pm.cardNumber) || (pm.address && !COUNTRIES.includes(pm.address.country))) throw new PaytronixFailure('cc_transaction.invalid_input');
      const allowed = merchant.programs[String(account.cardTemplateCode)]?.cardTypes ?? [];
      if (brandOf(pm.cardNumber) !== pm.cardType || !allowed.includes(pm.cardType)) throw new PaytronixFailure('cc_transaction.invalid_cc_type');
    } else if (methodByToken(account, pm.token)) {
      throw new PaytronixFailure('payment_method.already_saved');
    }
    // Every check passed: only now is a code drawn and the account changed.
    const method = this.toStored(input, this.deps.random.base62('paytronix.savedCardCode', 10));
    addMethod(account, method);
    if (method.type === 'SAVED_CC' && account.savedCardCode === null) account.savedCardCode = method.savedCardCode;
    this.store.saveAccount(account);
  }

  /** What is kept of the method: never the card number, the security code or the token. */
  private toStored(input: AddPaymentMethodBody, savedCardCode: string): StoredPaymentMethod {
    const pm = input.paymentMethod;
    const common = { savedCardCode, defaultUsages: input.defaultUsages, savedAtMs: this.deps.clock.nowMs() };
    if (pm.paymentMethodType === 'CC') {
      return {
        type: 'SAVED_CC',
        ...common,
        ...(input.nickname !== undefined ? { nickname: input.nickname } : {}),
        ...(pm.address ? { address: pm.address } : {}),
        cardType: pm.cardType,
        cardholderName: pm.cardholderName,
        lastFour: pm.cardNumber.slice(-4),
        expirationMonth: pm.expirationMonth,
        expirationYear: pm.expirationYear,
      };
    }
    return {
      type: 'SAVED_SPREEDLY_TOKEN',
      ...common,
      nickname: input.nickname ?? pm.nickname,
      tokenLastFour: pm.token.slice(-4),
      ...(pm.tokenType !== undefined ? { paymentTokenType: pm.tokenType as (typeof TOKEN_TYPES)[number] } : {}),
      tokenFingerprint: tokenFingerprint(pm.token),
    };
  }

  editUsages(input: EditPaymentMethodUsagesBody): void {
    const { account } = requireAccount(this.store, input.merchantId, input.printedCardNumber, codesFor('payment_method'));
    const method = findMethod(account, input.paymentMethod);
    if (!method) throw new PaytronixFailure('payment_method.payment_method_not_found');
    setDefaultUsages(account, method.savedCardCode, input.defaultUsages);
    this.store.saveAccount(account);
  }

  /** Refused for the method auto-recharge charges (its AUTO_RECHARGE default, or the saved card) while enrolled. */
  delete(input: DeletePaymentMethodInput): void {
    const { account } = requireAccount(this.store, input.merchantId, input.printedCardNumber, codesFor('delete_payment_method'));
    const method = findMethod(account, input.paymentMethod);
    if (!method) throw new PaytronixFailure('delete_payment_method.payment_method_not_found');
    const chargedByAutoRecharge = method.defaultUsages.includes('AUTO_RECHARGE') || method.savedCardCode === account.savedCardCode;
    if (account.autoRecharge !== null && chargedByAutoRecharge) throw new PaytronixFailure('delete_payment_method.auto_recharge_enabled');
    removeMethod(account, method.savedCardCode);
    this.store.saveAccount(account);
  }

  savedFor(merchantId: number, printedCardNumber: string, usage: Usage): ResponsePaymentMethod {
    const { account } = requireAccount(this.store, merchantId, printedCardNumber, codesFor('saved_payment_method'));
    const method = defaultMethodFor(account, usage);
    if (!method) throw new PaytronixFailure('saved_payment_method.not_found');
    return responseMethod(method);
  }

  /** Every saved method, oldest first. */
  all(merchantId: number, printedCardNumber: string): ResponsePaymentMethod[] {
    const { account } = requireAccount(this.store, merchantId, printedCardNumber, codesFor('saved_payment_methods'));
    return account.paymentMethods.map(responseMethod);
  }

  /** Field checks the schema cannot make: a card expiry in the past, a token type the seed does not list. */
  private checkInputs(input: AddPaymentMethodBody): void {
    const pm = input.paymentMethod;
    const errors: Record<string, FieldCode[]> = {};
    if (pm.paymentMethodType === 'CC') {
      const now = this.deps.clock.now();
      const [year, month] = [now.getUTCFullYear(), now.getUTCMonth() + 1];
      if (pm.expirationYear < year || (pm.expirationYear === year && pm.expirationMonth < month)) errors['paymentMethod/expirationYear'] = ['invalid_date'];
    } else if (pm.tokenType !== undefined && !(TOKEN_TYPES as readonly string[]).includes(pm.tokenType)) {
      errors['paymentMethod/tokenType'] = ['null_field'];
    }
    if (Object.keys(errors).length > 0) throw new InvalidInputsError(errors);
  }
}
