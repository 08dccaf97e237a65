/**
 * Quality of extracted text: is it usable, or garbage from a broken PDF font / wrong encoding?
 */

import { isCjk } from './normalize.js';

/** Fewer non-space characters than this → verdict 'empty'. */
export const MIN_CHARS = 5;
/** Garbage characters above this share of non-space characters → 'poor'. */
export const MAX_GARBAGE_RATIO = 0.1;
/** The mojibake heuristics below only apply to texts with at least this many non-space characters. */
export const MOJIBAKE_MIN_CHARS = 20;
/** Fewer readable characters (CJK, ASCII letters/digits, ASCII or CJK punctuation) than this share → 'poor'. */
export const MIN_READABLE_RATIO = 0.05;
/** More Latin-1/Latin-Extended letters and Windows-1252 symbols than this share → 'poor': GBK or UTF-8 Chinese decoded as Latin-1 ("ÁªÃË", "è”ç›Ÿ"), even when digits keep it readable. */
export const MAX_LATIN_MOJIBAKE_RATIO = 0.3;

/** Result of `assessTextQuality`; counts are in Unicode code points ("(cid:123)" counts as one garbage character). */
export interface TextQuality {
  chars: number;
  cjk: number;
  garbage: number;
  ratio: number;
  verdict: 'good' | 'poor' | 'empty';
}

/** Whitespace that is not counted (C0 controls \v and \f are counted as garbage instead). */
const SPACE_RE = /[\t\n\r \u00A0\u1680\u2000-\u200B\u2028\u2029\u202F\u205F\u3000\uFEFF]/;
/** Glyph names that pdf text extraction emits for fonts without a Unicode map. */
const CID_RE = /\(cid:\d+\)/g;
/** Symbols Windows-1252 puts in 0x80–0x9F, typical of mojibake. */
const CP1252_SYMBOLS = new Set([...'€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ']);

/** True for U+FFFD, private-use characters (U+E000–U+F8FF) and C0 control characters other than \t \n \r. */
function isGarbage(cp: number): boolean {
  return cp === 0xfffd || (cp >= 0xe000 && cp <= 0xf8ff) || (cp < 0x20 && cp !== 0x09 && cp !== 0x0a && cp !== 0x0d);
}

/** True for characters that occur in normal Chinese or English text. */
function isReadable(ch: string, cp: number): boolean {
  if (isCjk(ch)) return true;
  if (cp >= 0x21 && cp <= 0x7e) return true; // ASCII letters, digits, punctuation
  if ((cp >= 0x3000 && cp <= 0x303f) || (cp >= 0xff00 && cp <= 0xffef)) return true; // CJK punctuation, full-width forms
  return cp >= 0x2010 && cp <= 0x2027; // dashes, quotes, ellipsis
}

/** Assesses extracted text: counts of non-space chars, CJK ideographs and garbage, garbage ratio (0–1) and a verdict (thresholds in the exported constants). */
export function assessTextQuality(text: string): TextQuality {
  const t = text.replace(CID_RE, '\uFFFD');
  let chars = 0;
  let cjk = 0;
  let garbage = 0;
  let readable = 0;
  let latin = 0;
  for (const ch of t) {
    if (SPACE_RE.test(ch)) continue;
    const cp = ch.codePointAt(0) ?? 0;
    chars++;
    if (isCjk(ch)) cjk++;
    if (isGarbage(cp)) garbage++;
    if (isReadable(ch, cp)) readable++;
    if ((cp >= 0x80 && cp <= 0x24f) || CP1252_SYMBOLS.has(ch)) latin++;
  }
  const ratio = chars === 0 ? 0 : garbage / chars;
  let verdict: TextQuality['verdict'] = 'good';
  if (chars < MIN_CHARS) verdict = 'empty';
  else if (ratio > MAX_GARBAGE_RATIO) verdict = 'poor';
  else if (chars >= MOJIBAKE_MIN_CHARS && (readable / chars < MIN_READABLE_RATIO || latin / chars > MAX_LATIN_MOJIBAKE_RATIO)) {
    verdict = 'poor';
  }
  return { chars, cjk, garbage, ratio, verdict };
}
