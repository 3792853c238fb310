/**
 * When a saved card counts as expired: after the last day of its expiry month on the sandbox clock,
 * or whenever the scenario says `expire` for the operation using it (the `expirations` scenario
 * makes every saved card expired). Clock-driven work passes the provider's active scenario.
 */
import type { Deps } from '../../core/provider.js';
import type { Scenario } from '../../core/scenarios/loader.js';
import type { StoredPaymentMethod } from './common.schemas.js';
import { isExpired } from './wallet.js';

export function savedMethodExpired(deps: Deps, scenario: Scenario, operation: string, method: StoredPaymentMethod): boolean {
  if (method.type === 'SAVED_CC' && isExpired(deps.clock.now(), method.expirationMonth, method.expirationYear)) return true;
  return deps.scenarios.decide(scenario, operation, { paymentMethodType: method.type }, ['expire']) !== undefined;
}

/** The scenario clock-driven work runs under: the one activated for Paytronix, else `default`. */
export const activeScenario = (deps: Deps): Scenario => deps.scenarios.resolve('paytronix', undefined);
