/**
 * Numbers as written in filings, Arabic or Chinese: "1,200", "１２.５", "1.2万", "十二", "壹拾", "二〇二〇".
 */

import { toHalfWidth } from './normalize.js';
import { CHINESE_DIGITS, cleanFloat, multiplierValue, parseChineseNumeral } from './chinese-numerals.js';

export { CHINESE_DIGITS, CHINESE_NUMERAL_CHARS, cleanFloat, multiplierValue, parseChineseNumeral } from './chinese-numerals.js';

/** A number found inside a longer text; `index` and `text` refer to the original string (UTF-16 offsets). */
export interface NumberMatch {
  value: number;
  index: number;
  text: string;
}

/** Regex source for an unsigned Arabic number: ASCII or full-width digits, optional ASCII ',' thousands separators, optional decimals. */
export const ARABIC_NUMBER_SOURCE =
  '[0-9０-９]{1,3}(?:,[0-9０-９]{3})+(?:[.．][0-9０-９]+)?|[0-9０-９]+(?:[.．][0-9０-９]+)?';

/** Regex source for a multiplier written after an Arabic number: 万, 亿, 千万, 百万, 十万, 万亿, 千, 百. */
export const MULTIPLIER_SOURCE = '[十百千]?[万亿]|万亿|千|百';

const DIGIT_CHARS = Object.keys(CHINESE_DIGITS).join('');
const NUMERAL_CHARS = `${DIGIT_CHARS}十拾百佰千仟万萬亿億`;

/** Words in which a numeral character is lexical, not a quantity ("统一" is not 1, "十分" is not 10); a Chinese run inside one is skipped. */
export const NON_NUMERIC_WORDS: readonly string[] = [
  '统一', '唯一', '同一', '一体', '一致', '一般', '一些', '一定', '一直', '一切', '一起', '一旦',
  '一方面', '进一步', '万一', '一流', '之一', '一带一路', '一系列', '一站式', '一揽子', '一线',
  '逐一', '一样', '一同', '一并', '一律', '一贯', '一向', '专一', '一经', '一下', '一点', '十分',
  '一是', '二是', '三是', '四是', '五是',
];

const SCAN_RE = new RegExp(
  `(?<arabic>(?:(?<![0-9A-Za-z０-９])-)?(?<![0-9０-９.．])(?:${ARABIC_NUMBER_SOURCE})(?:\\s*(?:${MULTIPLIER_SOURCE}))?)` +
    `|(?<chinese>负?[${DIGIT_CHARS}十拾][${NUMERAL_CHARS}]*(?:[点點][${DIGIT_CHARS}]+(?:[十百千]?[万亿])?)?)`,
  'g',
);

/** Parses an Arabic number string (ASCII or full-width digits, thousands separators, decimals, optional sign); null if not exactly a number. */
function parseArabic(s: string): number | null {
  const t = toHalfWidth(s).trim();
  const m = /^([+-]?)(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)$/.exec(t);
  if (!m) return null;
  const v = Number(m[2].replace(/,/g, ''));
  return m[1] === '-' ? -v : v;
}

/** Parses an Arabic number followed by an optional multiplier ("1.2万" = 12000, "3千万" = 30000000); null if malformed. */
function parseArabicWithMultiplier(s: string): number | null {
  const t = toHalfWidth(s).trim();
  const m = /^([+-]?[\d,.]+)\s*([十拾百佰千仟万萬亿億]*)$/.exec(t);
  if (!m) return null;
  const base = parseArabic(m[1]);
  if (base === null) return null;
  if (!m[2]) return base;
  const mult = multiplierValue(m[2]);
  return mult === null ? null : cleanFloat(base * mult);
}

/** Parses a whole string as a number (plain units): Arabic (full-width, "1,200", decimals, sign), Arabic with a multiplier ("1.2万" = 12000), or a Chinese numeral; null otherwise. */
export function parseNumber(s: string): number | null {
  const t = toHalfWidth(s).trim();
  if (!t) return null;
  return parseArabicWithMultiplier(t) ?? parseChineseNumeral(t);
}

/** True if the run [start, end) lies entirely inside an occurrence of a NON_NUMERIC_WORDS entry. */
function insideNonNumericWord(text: string, start: number, end: number): boolean {
  for (const w of NON_NUMERIC_WORDS) {
    let p = text.indexOf(w, Math.max(0, end - w.length));
    while (p !== -1 && p <= start) {
      if (p + w.length >= end) return true;
      p = text.indexOf(w, p + 1);
    }
  }
  return false;
}

/** All numbers in a text, in order: Arabic numbers (value includes a trailing 万/亿 multiplier) and Chinese-numeral runs starting with a digit or 十; values in plain units. */
export function findNumbers(s: string): NumberMatch[] {
  const out: NumberMatch[] = [];
  for (const m of s.matchAll(SCAN_RE)) {
    const text = m[0];
    const index = m.index ?? 0;
    let value: number | null;
    if (m.groups?.arabic !== undefined) {
      value = parseArabicWithMultiplier(text);
    } else {
      if (insideNonNumericWord(s, index, index + text.length)) continue;
      value = parseChineseNumeral(text);
    }
    if (value !== null) out.push({ value, index, text });
  }
  return out;
}

/** The first number in a text (see `findNumbers`), or null; value in plain units, index as a UTF-16 offset. */
export function findFirstNumber(s: string): NumberMatch | null {
  return findNumbers(s)[0] ?? null;
}
