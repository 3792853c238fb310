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

/** What may be kept of a write-only secret: its last four characters and its length. */
export function secretHint(value: string): { last4: string; length: number } {
  return { last4: value.slice(-4), length: value.length };
}

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

/** At least 12 digits in the string (cheaper than the card-number pattern, which most strings fail). */
function mayHoldCardNumber(text: string): boolean {
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57 && ++digits >= 12) return true;
  }
  return false;
}

/** Card-like digit runs (12–19 digits passing Luhn) in free text. */
export function maskText(text: string): string {
  if (!mayHoldCardNumber(text)) return text;
  return text.replace(PAN_IN_TEXT, (run) => {
    const digits = run.replace(/[ -]/g, '');
    return luhnValid(digits) ? maskDigits(digits) : run;
  });
}

export interface MaskOptions {
  /** Provider fields that are write-only secrets: replaced whole. */
  redactKeys?: readonly string[];
}

type KeyKind = 'plain' | 'security_code' | 'credential' | 'account_number';
const keyKinds = new Map<string, KeyKind>();

/** What a field name says about its value (cached: the same names come back on every call). */
function keyKind(key: string): KeyKind {
  let kind = keyKinds.get(key);
  if (kind === undefined) {
    kind = SECURITY_CODE_KEY.test(key) ? 'security_code' : CREDENTIAL_KEY.test(key) ? 'credential' : ACCOUNT_NUMBER_KEY.test(key) ? 'account_number' : 'plain';
    if (keyKinds.size < 10_000) keyKinds.set(key, kind);
  }
  return kind;
}

/** A masked deep copy of a JSON value. */
export function maskValue(value: unknown, opts: MaskOptions = {}, key = ''): unknown {
  if (key) {
    if (opts.redactKeys?.includes(key)) return REDACTED;
    const kind = keyKind(key);
    if (kind === 'security_code') return value === null || value === undefined ? value : '***';
    if (kind === 'credential' && (typeof value === 'string' || typeof value === 'number')) return maskCredential(String(value));
    if (kind === 'account_number' && (typeof value === 'string' || typeof value === 'number')) {
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

/**
 * Masked request headers (credentials by name, card numbers anywhere), from a Headers object or
 * Node's flat `rawHeaders` list (name, value, name, value…).
 */
export function maskHeaders(headers: Headers | readonly string[], opts: MaskOptions = {}): Record<string, string> {
  const out: Record<string, string> = {};
  if (Array.isArray(headers)) {
    for (let i = 0; i + 1 < headers.length; i += 2) {
      const name = headers[i]!.toLowerCase();
      out[name] = maskValue(headers[i + 1], opts, name) as string;
    }
  } else {
    for (const [name, value] of (headers as Headers).entries()) out[name] = maskValue(value, opts, name) as string;
  }
  return out;
}
