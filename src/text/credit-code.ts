/**
 * Unified social credit codes (统一社会信用代码, GB 32100-2015) and the older organisation codes
 * (组织机构代码, GB 11714-1997).
 */

import { toHalfWidth } from './normalize.js';

/** The 31 characters of a credit code, in value order 0..30 (no I, O, S, V, Z). */
export const CREDIT_CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** Weights of positions 1–17 of a credit code. */
export const CREDIT_CODE_WEIGHTS: readonly number[] = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** Weights of positions 1–8 of an organisation code. */
export const ORGANIZATION_CODE_WEIGHTS: readonly number[] = [3, 7, 9, 10, 5, 8, 4, 2];

/** A credit-code-shaped token found in a text; `index` is a UTF-16 offset into the original string. */
export interface CreditCodeMatch {
  code: string;
  index: number;
  valid: boolean;
}

/** Half-width, upper-case, trimmed form of a code as typed. */
function canonical(code: string): string {
  return toHalfWidth(code).trim().toUpperCase();
}

/** Check character (18th) for the first 17 characters of a credit code (case-insensitive); null if length ≠ 17 or a character is outside the charset. */
export function creditCodeCheckChar(first17: string): string | null {
  const s = canonical(first17);
  if (s.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = CREDIT_CODE_CHARSET.indexOf(s[i]);
    if (v < 0) return null;
    sum += v * CREDIT_CODE_WEIGHTS[i];
  }
  const check = 31 - (sum % 31);
  return check === 31 ? '0' : CREDIT_CODE_CHARSET[check];
}

/** True if `code` is an 18-character credit code with a correct check character (case-insensitive, full-width tolerated, surrounding spaces ignored). */
export function isValidCreditCode(code: string): boolean {
  const s = canonical(code);
  return s.length === 18 && creditCodeCheckChar(s.slice(0, 17)) === s[17];
}

const CREDIT_TOKEN_RE = /(?<![0-9A-Za-z])[0-9A-HJ-NP-RTUWXYa-hj-np-rtuwxy]{18}(?![0-9A-Za-z])/g;

/** Credit-code-shaped tokens (18 charset characters not inside a longer alphanumeric run) in a text, upper-cased, with check-character validity. */
export function findCreditCodes(text: string): CreditCodeMatch[] {
  const t = toHalfWidth(text); // length-preserving, so offsets stay valid for `text`
  return [...t.matchAll(CREDIT_TOKEN_RE)].map((m) => {
    const code = m[0].toUpperCase();
    return { code, index: m.index ?? 0, valid: isValidCreditCode(code) };
  });
}

/** Value of an organisation-code character: digits 0–9, letters A–Z 10–35; -1 otherwise. */
function orgCharValue(ch: string): number {
  if (ch >= '0' && ch <= '9') return ch.charCodeAt(0) - 48;
  if (ch >= 'A' && ch <= 'Z') return ch.charCodeAt(0) - 55;
  return -1;
}

/** Check character (9th) for the first 8 characters of an organisation code: '0'–'9' or 'X'; null if malformed. */
export function organizationCodeCheckChar(first8: string): string | null {
  const s = canonical(first8);
  if (s.length !== 8) return null;
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const v = orgCharValue(s[i]);
    if (v < 0) return null;
    sum += v * ORGANIZATION_CODE_WEIGHTS[i];
  }
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

/** True if `code` is a valid 9-character organisation code, "XXXXXXXX-X" or "XXXXXXXXX" (case-insensitive, full-width tolerated). */
export function isOrganizationCode(code: string): boolean {
  const m = /^([0-9A-Z]{8})-?([0-9X])$/.exec(canonical(code));
  return m !== null && organizationCodeCheckChar(m[1]) === m[2];
}

/** The organisation code embedded in a credit code (characters 9–17) as "XXXXXXXX-X", or null if the credit code is malformed. */
export function organizationCodeOf(creditCode: string): string | null {
  const s = canonical(creditCode);
  if (s.length !== 18) return null;
  return `${s.slice(8, 16)}-${s[16]}`;
}

/** Organisation codes (GB 11714): "XXXXXXXX-X" anywhere, or 9 characters standing alone; never part of a credit code. */
const ORG_TOKEN_RE = /(?<![0-9A-Za-z-])([0-9A-Za-z]{8})-?([0-9Xx])(?![0-9A-Za-z-])/g;

/** Organisation-code-shaped tokens in a text, upper-cased as "XXXXXXXX-X", with check-character validity. */
export function findOrganizationCodes(text: string): CreditCodeMatch[] {
  const t = toHalfWidth(text);
  return [...t.matchAll(ORG_TOKEN_RE)]
    .filter((m) => m[0].includes('-') || /\d/u.test(m[1]))
    .map((m) => {
      const code = `${m[1]}-${m[2]}`.toUpperCase();
      return { code, index: m.index ?? 0, valid: isOrganizationCode(code) };
    });
}
