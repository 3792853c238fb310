/**
 * The credit-card processor: the scenario decides authorization and capture for a card (the fact
 * is the masked number, never the full one); a decline becomes the seed's failure with
 * `errorDetail` (deprecated) and `errorDetails` (`recharge.cc_auth_declined.avs`/`.cvv`/`.detail`).
 */
import type { Deps } from '../../../core/provider.js';
import type { Scenario } from '../../../core/scenarios/loader.js';
import type { DeclineDetail } from '../errors.js';

export interface Decision {
  approved: boolean;
  /** The failure code when declined (auth or capture). */
  code?: string;
  details?: { errorDetail: string; errorDetails: DeclineDetail[] };
}

const AVS = { errorCode: 'recharge.cc_auth_declined.avs', errorMessage: 'Postal code matches, but street address not verified.' };
const CVV = { errorCode: 'recharge.cc_auth_declined.cvv', errorMessage: 'CV match failed' };
const detail = (errorMessage: string) => ({ errorCode: 'recharge.cc_auth_declined.detail', errorMessage });
const GATEWAY = 'Transaction declined - gateway rejected';

function declined(code: string, list: DeclineDetail[]): Decision {
  return { approved: false, code, details: { errorDetail: list[list.length - 1]!.errorMessage, errorDetails: list } };
}

/** An expired card is declined by the processor, whatever the scenario. */
export const expiredDecline = (): Decision => declined('recharge.cc_auth_declined', [detail('Transaction declined - expired card')]);

export function authorize(deps: Deps, scenario: Scenario, operation: string, facts: { card?: string; paymentMethodType: string }): Decision {
  const outcome = deps.scenarios.decide(scenario, operation, facts, ['approve', 'decline']);
  if (!outcome || outcome.outcome === 'approve') return { approved: true };
  switch (outcome.reason) {
    case 'avs_mismatch':
      return declined('recharge.cc_auth_declined', [AVS, detail(GATEWAY)]);
    case 'cvv_mismatch':
      return declined('recharge.cc_auth_declined', [CVV, detail(GATEWAY)]);
    case 'expired_card':
      return expiredDecline();
    case 'capture_declined':
      return declined('recharge.cc_capture_declined', [detail('Capture declined - gateway rejected')]);
    default:
      return declined('recharge.cc_auth_declined', [...(outcome.avs === 'fail' ? [AVS] : []), ...(outcome.cvv === 'fail' ? [CVV] : []), detail(GATEWAY)]);
  }
}
