/**
 * Chinese numerals: "十二", "两", "壹拾", "一百零五", "一亿二千万", "一点五", "二〇二〇".
 * Most callers should use `parseNumber` / `findFirstNumber` from numerals.ts instead.
 */

/** Digit characters (common, financial and traditional forms; 〇 and ○ as zero) → value 0–9. */
export const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, '○': 0,
  一: 1, 壹: 1,
  二: 2, 两: 2, 贰: 2, 貳: 2, 兩: 2,
  三: 3, 叁: 3, 參: 3,
  四: 4, 肆: 4,
  五: 5, 伍: 5,
  六: 6, 陆: 6, 陸: 6,
  七: 7, 柒: 7,
  八: 8, 捌: 8,
  九: 9, 玖: 9,
};

/** Small multipliers inside a four-digit section. */
const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };

/** Large multipliers that close a section. */
const BIG_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

const DECIMAL_POINTS = new Set(['点', '點']);

/** All characters that may occur in a Chinese numeral (without the decimal point). */
export const CHINESE_NUMERAL_CHARS = Object.keys(CHINESE_DIGITS).join('') + Object.keys(SMALL_UNITS).join('') + Object.keys(BIG_UNITS).join('');

/** Rounds away binary floating-point noise (15 significant digits): 1.2 * 1e8 → 120000000. */
export function cleanFloat(x: number): number {
  return Number.isFinite(x) ? Number.parseFloat(x.toPrecision(15)) : x;
}

/** Multiplier runs accepted after a number: one small unit and/or one big unit (十万, 千万, 亿), or 万亿. */
const MULTIPLIER_RE = /^(?:[十拾百佰千仟]?[万萬亿億]|[十拾百佰千仟]|[万萬][亿億])$/;

/** Value of a multiplier run such as 万 (1e4), 亿 (1e8), 千万 (1e7), 百万 (1e6), 万亿 (1e12); null if not a multiplier. */
export function multiplierValue(s: string): number | null {
  if (!MULTIPLIER_RE.test(s)) return null;
  let product = 1;
  for (const ch of s) product *= SMALL_UNITS[ch] ?? BIG_UNITS[ch];
  return product;
}

/** Parses a positional integer numeral (no decimal point) such as 一百零五, 二十万, 一亿二千万, 一万二; null if malformed. */
function parsePositional(s: string): number | null {
  let total = 0; // completed amount at 亿 level
  let wanPart = 0; // completed amount below 亿 at 万 level
  let section = 0; // amount below 万
  let digit: number | null = null; // pending digit
  let lastSmall = Infinity; // last small unit in the current section (must decrease)
  let afterZero = false;
  const chars = [...s];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    const d = CHINESE_DIGITS[ch];
    if (d !== undefined) {
      if (digit !== null && !afterZero) return null; // two digits in a row, e.g. 一百二三
      if (d === 0) {
        afterZero = true;
        digit = null;
      } else {
        digit = d;
        afterZero = false;
      }
      continue;
    }
    const small = SMALL_UNITS[ch];
    if (small !== undefined) {
      if (small >= lastSmall) return null;
      if (digit === null) {
        // implied 1: 十二 = 12 anywhere, 百万/千万 only at the very start
        if (!(small === 10 || i === 0)) return null;
        digit = 1;
      }
      section += digit * small;
      digit = null;
      lastSmall = small;
      afterZero = false;
      continue;
    }
    const big = BIG_UNITS[ch];
    if (big !== undefined) {
      const amount = section + (digit ?? 0);
      if (big === 1e4) {
        if (amount === 0 && i !== 0) return null;
        wanPart += (amount === 0 ? 1 : amount) * 1e4;
      } else {
        const below = wanPart + amount;
        if (below === 0 && i !== 0) return null;
        total += (below === 0 ? 1 : below) * 1e8;
        wanPart = 0;
      }
      section = 0;
      digit = null;
      lastSmall = Infinity;
      afterZero = false;
      continue;
    }
    return null;
  }
  if (digit !== null && chars.length > 1) {
    // trailing digit after a unit with a zero in between is normal (一百零五); a bare trailing digit
    // after a unit is the colloquial abbreviation 一万二 = 12000, 三百五 = 350
    const prevChar = chars[chars.length - 2];
    const prevUnit = SMALL_UNITS[prevChar] ?? BIG_UNITS[prevChar];
    if (prevUnit !== undefined && prevUnit >= 100) digit *= prevUnit / 10;
  }
  return total + wanPart + section + (digit ?? 0);
}

/** Parses a Chinese numeral (common or financial forms, digit-by-digit years, 点 decimals, trailing 万/亿 after decimals) to a number; null otherwise. */
export function parseChineseNumeral(s: string): number | null {
  let t = s.trim();
  if (!t) return null;
  let sign = 1;
  if (t.startsWith('负')) {
    sign = -1;
    t = t.slice(1);
  }
  const chars = [...t];
  if (chars.length === 0) return null;
  const pointAt = chars.findIndex((c) => DECIMAL_POINTS.has(c));
  if (pointAt >= 0) {
    const intPart = chars.slice(0, pointAt).join('');
    const rest = chars.slice(pointAt + 1);
    let k = 0;
    let frac = '';
    while (k < rest.length && CHINESE_DIGITS[rest[k]] !== undefined) frac += String(CHINESE_DIGITS[rest[k++]]);
    const mult = k < rest.length ? multiplierValue(rest.slice(k).join('')) : 1;
    const whole = parseChineseNumeral(intPart);
    if (!frac || whole === null || whole < 0 || mult === null) return null;
    return sign * cleanFloat((whole + Number(`0.${frac}`)) * mult);
  }
  const allDigits = chars.every((c) => CHINESE_DIGITS[c] !== undefined);
  if (allDigits) {
    if (chars.length === 1) return sign * CHINESE_DIGITS[chars[0]];
    return sign * Number(chars.map((c) => CHINESE_DIGITS[c]).join(''));
  }
  const v = parsePositional(t);
  return v === null ? null : sign * v;
}

