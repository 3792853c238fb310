/**
 * Apple Pay on the web for a merchant: the domains registered with Apple (`merchant.applePayDomains`,
 * in registration order), the merchant's details, and merchant validation, which answers with a
 * merchant session document for a registered domain. The session is deterministic: its identifiers
 * come from the seeded random source, its times from the sandbox clock, its signature is a hash.
 */
import { createHash } from 'node:crypto';
import type { Deps } from '../../../core/provider.js';
import { requireMerchant } from '../accounts.js';
import type { StoredMerchant } from '../common.schemas.js';
import { PaytronixFailure } from '../errors.js';
import type { PaytronixStore } from '../store.js';
import type { ApplePayMerchantDetails, ApplePayMerchantSession, RegisterDomainBody, UnregisterDomainBody, ValidateMerchantBody } from './apple-pay.schemas.js';

/** Apple accepts at most 99 domains per merchant. */
export const MAX_DOMAINS = 99;
/** How long a merchant session is valid (Apple's sessions carry an `expiresAt` one hour on). */
const SESSION_TTL_MS = 60 * 60 * 1000;

const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
/** Lowercase labels joined by dots, at least two, the last starting with a letter (no IP addresses). */
const DOMAIN = new RegExp(`^(?:${LABEL}\\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$`);
/** Apple's merchant validation hosts: apple-pay-gateway.apple.com, apple-pay-gateway-nc-pod1.apple.com, cn-apple-pay-gateway.apple.com… */
const GATEWAY_HOST = /^(cn-)?apple-pay-gateway(-[a-z0-9]+)*\.apple\.com(\.cn)?$/;

/** Paytronix's Apple Pay merchant identifier (the same for every merchant). */
const PAYTRONIX_APPLE_ID = 'merchant.com.paytronix.sandbox';
const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');
const ENCRYPT_TO = sha256(PAYTRONIX_APPLE_ID).toUpperCase();

export const validDomainName = (name: string): boolean => name.length <= 253 && DOMAIN.test(name);

function gatewayUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.port === '' && url.username === '' && url.password === '' && GATEWAY_HOST.test(url.hostname);
  } catch {
    return false;
  }
}

export class ApplePayService {
  constructor(
    private readonly deps: Deps,
    private readonly store: PaytronixStore,
  ) {}

  validate(input: ValidateMerchantBody): ApplePayMerchantSession {
    const merchant = this.merchant(input.merchantId);
    this.requireDomainSyntax(input.domainName);
    if (!merchant.applePayDomains.includes(input.domainName)) throw new PaytronixFailure('payment_method.apple_pay_domain_not_registered');
    if (!gatewayUrl(input.validationUrl)) throw new PaytronixFailure('payment_method.invalid_apple_pay_validation_url');
    const epochTimestamp = this.deps.clock.nowMs();
    const id = this.deps.random.guid('paytronix.applePaySession').replaceAll('-', '').toUpperCase();
    const session = {
      epochTimestamp,
      expiresAt: epochTimestamp + SESSION_TTL_MS,
      merchantSessionIdentifier: `SSH${id}`,
      nonce: id.slice(0, 8).toLowerCase(),
      merchantIdentifier: ENCRYPT_TO,
      domainName: input.domainName,
      displayName: merchant.name,
      operationalAnalyticsIdentifier: `${merchant.name}:${ENCRYPT_TO}`,
      retries: 0,
      pspId: ENCRYPT_TO,
    };
    const signature = `308006092a864886f70d010702a0803080020101${sha256(JSON.stringify(session))}`;
    return { merchantSession: JSON.stringify({ ...session, signature }) };
  }

  /** Registering a domain already registered succeeds and changes nothing. */
  register(input: RegisterDomainBody): void {
    const merchant = this.merchant(input.merchantId);
    this.requireDomainSyntax(input.domainName);
    if (merchant.applePayDomains.includes(input.domainName)) return;
    if (merchant.applePayDomains.length >= MAX_DOMAINS) throw new PaytronixFailure('payment_method.apple_pay_domain_limit_reached');
    this.store.saveMerchant({ ...merchant, applePayDomains: [...merchant.applePayDomains, input.domainName] });
  }

  unregister(input: UnregisterDomainBody): void {
    const merchant = this.merchant(input.merchantId);
    this.requireDomainSyntax(input.domainName);
    if (!merchant.applePayDomains.includes(input.domainName)) throw new PaytronixFailure('payment_method.apple_pay_domain_not_registered');
    this.store.saveMerchant({ ...merchant, applePayDomains: merchant.applePayDomains.filter((d) => d !== input.domainName) });
  }

  details(merchantId: number): ApplePayMerchantDetails {
    const merchant = this.merchant(merchantId);
    const merchantUrl = `https://m${merchant.merchantId}.paytronix-sandbox.example`;
    return {
      domainNames: [...merchant.applePayDomains],
      partnerMerchantName: merchant.name,
      partnerInternalMerchantIdentifier: `${PAYTRONIX_APPLE_ID}.m${merchant.merchantId}`,
      partnerMerchantValidationURI: `${merchantUrl}/.well-known/apple-developer-merchantid-domain-association`,
      encryptTo: ENCRYPT_TO,
      merchantUrl,
    };
  }

  private merchant(merchantId: number): StoredMerchant {
    return requireMerchant(this.store, merchantId, 'payment_method.invalid_merchant_id');
  }

  private requireDomainSyntax(domainName: string): void {
    if (!validDomainName(domainName)) throw new PaytronixFailure('payment_method.invalid_apple_pay_domain_name');
  }
}
