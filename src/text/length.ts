/**
 * Text length as application forms count it ("限500字") and the limits they state.
 */

import { parseNumber } from './numerals.js';
import { toHalfWidth } from './normalize.js';

/** Whitespace and invisible zero-width characters, which a form's character limit does not count. */
const NOT_COUNTED_RE = /[\s\u200B-\u200D\u2060\uFEFF]/u;

/** Length in characters as a "限500字" limit counts it: Unicode code points, excluding all whitespace and zero-width characters. */
export function countChars(s: string): number {
  let n = 0;
  for (const ch of s) if (!NOT_COUNTED_RE.test(ch)) n++;
  return n;
}

const NUMBER_SOURCE = '[0-9,]+|[零〇一二两三四五六七八九十百千万]+';

/** Phrasings of a length limit, in order of preference; group 1 is the number of characters. */
const LIMIT_RES: readonly RegExp[] = [
  new RegExp(`限\\s*(?:在\\s*)?(${NUMBER_SOURCE})\\s*个?\\s*(?:汉\\s*)?字`),
  new RegExp(`(?:不|请勿)\\s*(?:超过|多于|超出)\\s*(${NUMBER_SOURCE})\\s*个?\\s*(?:汉\\s*)?字`),
  new RegExp(`(${NUMBER_SOURCE})\\s*个?\\s*(?:汉\\s*)?字\\s*(?:以|之)\\s*内`),
  new RegExp(`字数\\s*(?:限|控制在|不超过|不多于|在)\\s*(${NUMBER_SOURCE})\\s*(?:个?\\s*字)?\\s*(?:以内|之内)?`),
];

/** The character limit stated in a form label or hint ("限500字", "（限300字以内）", "不超过1000字", "500字以内", "限五百字"), in characters; null if none. */
export function parseLengthLimit(s: string): number | null {
  const t = toHalfWidth(s);
  for (const re of LIMIT_RES) {
    const m = re.exec(t);
    if (!m) continue;
    const n = parseNumber(m[1]);
    if (n !== null && Number.isInteger(n) && n > 0) return n;
  }
  return null;
}
