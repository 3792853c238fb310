/** paymentConfig: the merchant's program for a cardTemplateCode. */
import { requireMerchant } from '../accounts.js';
import { CARD_TYPE_LABELS } from '../cards.js';
import { PaytronixFailure } from '../errors.js';
import { money } from '../format.js';
import type { PaytronixStore } from '../store.js';
import type { PaymentConfig } from './config.schemas.js';

export class ConfigService {
  constructor(private readonly store: PaytronixStore) {}

  config(merchantId: number, cardTemplateCode: number): PaymentConfig {
    const merchant = requireMerchant(this.store, merchantId, 'payment_config.invalid_merchant_id');
    if (cardTemplateCode < 1) throw new PaytronixFailure('payment_config.invalid_card_template_code');
    const program = merchant.programs[String(cardTemplateCode)];
    if (!program) throw new PaytronixFailure('payment_config.not_configured');
    return {
      autoRechargeEnabled: program.autoRechargeEnabled,
      autoRechargeThreshold: money(program.thresholdCents),
      rechargeMinAmount: money(program.minCents),
      rechargeMaxAmount: money(program.maxCents),
      cardTypes: program.cardTypes.map((code) => ({ code, label: CARD_TYPE_LABELS[code] ?? code })),
      oneTimeRechargeEnabled: program.oneTimeRechargeEnabled,
      isThresholdPerAccount: program.isThresholdPerAccount,
      ccProcessorType: { ...program.ccProcessorType },
    };
  }
}
