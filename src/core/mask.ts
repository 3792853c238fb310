/**
 * Masking for everything the sandbox keeps or prints about a request (journal, logs): card
 * numbers keep their last four digits, security codes and provider secrets are replaced whole,
 * credentials keep their last four characters so a reader can tell two tokens apart.
 */
const CREDENTIAL_KEY = /token|secret|password|passwd|api[-_]?key|authorization|cookie|private[-_]?key|public[-_]?key|signature|credential/i;
const SECURITY_CODE_KEY = /^(cvv2?|cvc2?|cid|csc|security[-_]?code|card[-_]?(verification|security)[-_]?(code|value)?)$/i;
const ACCOUNT_NUMBER_KEY = /^(number|card[-_]?number|pan|account[-_]?number|cc[-_]?number|credit[-_]?card[-_]?number|printed[-_]?card[-_]?number)$/i;
const PAN_IN_TEXT = /(?<![0-9])[0-9](?:[ -]?[0-9]){11,18}(?![0-9])/g;

export const REDACTED = '[redacted]';

export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** `4242 4242 4242 4242` → `************4242`. */
export function maskDigits(digits: string): string {
  return `${'*'.repeat(Math.max(0, digits.length - 4))}${digits.slice(-4)}`;
}

function maskCredential(value: string): string {
  return value.length >= 16 ? `****${value.slice(-4)}` : '****';
}

/** Card-like digit runs (12–19 digits passing Luhn) in free text. */
export function maskText(text: string): string {
  return text.replace(PAN_IN_TEXT, (run) => {
    const digits = run.replace(/[ -]/g, '');
    return luhnValid(digits) ? maskDigits(digits) : run;
  });
}

export interface MaskOptions {
  /** Provider fields that are write-only secrets: replaced whole. */
  redactKeys?: readonly string[];
}

/** A masked deep copy of a JSON value. */
export function maskValue(value: unknown, opts: MaskOptions = {}, key = ''): unknown {
  if (key) {
    if (opts.redactKeys?.includes(key)) return REDACTED;
    if (SECURITY_CODE_KEY.test(key)) return value === null || value === undefined ? value : '***';
    if (CREDENTIAL_KEY.test(key) && (typeof value === 'string' || typeof value === 'number')) return maskCredential(String(value));
    if (ACCOUNT_NUMBER_KEY.test(key) && (typeof value === 'string' || typeof value === 'number')) {
      const digits = String(value).replace(/[ -]/g, '');
      if (/^[0-9]{6,}$/.test(digits)) return maskDigits(digits);
    }
  }
  if (typeof value === 'string') return maskText(value);
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1e11) {
    const masked = maskText(String(value));
    return masked === String(value) ? value : masked;
  }
  if (Array.isArray(value)) return value.map((item) => maskValue(item, opts));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = maskValue(v, opts, k);
    return out;
  }
  return value;
}

/** Masked request headers (credentials by name, card numbers anywhere). */
export function maskHeaders(headers: Headers | Record<string, string>, opts: MaskOptions = {}): Record<string, string> {
  const out: Record<string, string> = {};
  const entries = headers instanceof Headers ? headers.entries() : Object.entries(headers);
  for (const [name, value] of entries) out[name] = maskValue(value, opts, name) as string;
  return out;
}
