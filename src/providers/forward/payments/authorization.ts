/**
 * The card network's answer to an authorization, from the scenario engine: first decline or
 * approve (with AVS/CVV results), then whether a dispute follows the capture, then how long an
 * uncaptured authorization lives. Facts: payment_method_type, card (`424242******4242`), brand,
 * expired, amount, capture, checkout_session.
 */
import type { Deps } from '../../../core/provider.js';
import type { Scenario } from '../../../core/scenarios/loader.js';
import type { Facts } from '../../../core/scenarios/schema.js';
import { DAY_MS } from '../common.schemas.js';
import type { StoredPaymentMethod } from '../payment-methods/payment-methods.schemas.js';
import type { Check, DisputeReason } from './payments.types.js';

export const AUTHORIZATION_DAYS = 7;

export const DECLINE_TEXT: Record<string, string> = {
  generic: 'Declined',
  insufficient_funds: 'Insufficient funds',
  expired_card: 'Expired card',
  cvv_mismatch: 'CVV mismatch',
  avs_mismatch: 'AVS mismatch',
  capture_declined: 'Declined',
  invalid_credentials: 'Declined',
  fraud: 'Suspected fraud',
};

const AVS_CODE: Record<Check, string> = { pass: 'Y', fail: 'N', unavailable: 'U' };
const CVV_CODE: Record<Check, string> = { pass: 'M', fail: 'N', unavailable: 'P' };

export interface AuthorizationResult {
  approved: boolean;
  fields: {
    auth_code: string | null;
    auth_response_text: string;
    avs: string | null;
    cvv: string | null;
    address_line1_check: Check | null;
    address_postal_code_check: Check | null;
    cvv_check: Check | null;
  };
  disputeOnCapture: DisputeReason | null;
  /** How long an uncaptured authorization stays open. */
  lifetimeMs: number;
}

export function isExpired(method: StoredPaymentMethod, nowMs: number): boolean {
  if (!method.card) return false;
  const now = new Date(nowMs);
  const current = now.getUTCFullYear() * 12 + now.getUTCMonth() + 1;
  return method.card.exp_year * 12 + method.card.exp_month < current;
}

export function authorize(
  deps: Deps,
  scenario: Scenario,
  input: { method: StoredPaymentMethod; amount: number; capture: boolean; cvvGiven: boolean; checkoutSession: boolean; account: string },
): AuthorizationResult {
  const { method } = input;
  const nowMs = deps.clock.nowMs();
  const facts: Facts = {
    payment_method_type: method.payment_method_type,
    card: method.card_key ?? undefined,
    brand: method.card?.brand,
    expired: isExpired(method, nowMs),
    amount: input.amount,
    capture: input.capture,
    checkout_session: input.checkoutSession,
  };
  const decision = deps.scenarios.decide(scenario, 'authorize', facts, ['approve', 'decline']);
  const dispute = deps.scenarios.decide(scenario, 'authorize', facts, ['dispute']);
  const expire = deps.scenarios.decide(scenario, 'authorize', facts, ['expire']);
  const lifetimeMs = expire ? expire.afterSeconds * 1000 : AUTHORIZATION_DAYS * DAY_MS;
  const approved = decision?.outcome !== 'decline';

  if (method.payment_method_type === 'bank') {
    const nulls = { avs: null, cvv: null, address_line1_check: null, address_postal_code_check: null, cvv_check: null };
    return {
      approved,
      fields: { auth_code: null, auth_response_text: decision?.outcome === 'decline' ? DECLINE_TEXT[decision.reason]! : 'Pending settlement', ...nulls },
      disputeOnCapture: null,
      lifetimeMs,
    };
  }
  const address = method.billing_details.address;
  const avsCheck: Check = decision?.avs ?? (address?.line1 || address?.postal_code ? 'pass' : 'unavailable');
  const cvvCheck: Check = decision?.cvv ?? (input.cvvGiven ? 'pass' : 'unavailable');
  const line1Check: Check = address?.line1 || decision?.avs ? avsCheck : 'unavailable';
  // AVS result codes: Y street and ZIP match, Z ZIP only, N no match, U unavailable.
  const avsCode = avsCheck === 'pass' && line1Check === 'unavailable' ? 'Z' : AVS_CODE[avsCheck];
  return {
    approved,
    fields: {
      auth_code: approved ? deps.random.base62(`forward:${input.account}:auth`, 6).toUpperCase() : null,
      auth_response_text: decision?.outcome === 'decline' ? DECLINE_TEXT[decision.reason]! : 'Approval',
      avs: avsCode,
      cvv: CVV_CODE[cvvCheck],
      address_line1_check: line1Check,
      address_postal_code_check: avsCheck,
      cvv_check: cvvCheck,
    },
    disputeOnCapture: approved && dispute ? dispute.reason : null,
    lifetimeMs,
  };
}
