/**
 * Calendar dates: "2020年9月21日", "2020-09-21", "2020/9/21", "2020.9.21", "二〇二〇年九月二十一日".
 * Results are ISO strings at the precision written: "YYYY-MM-DD", "YYYY-MM" or "YYYY".
 */

import { parseChineseNumeral } from './chinese-numerals.js';
import { toHalfWidth } from './normalize.js';

/** Earliest year accepted as a date (older four-digit numbers are not treated as years). */
export const MIN_YEAR = 1800;
/** Latest year accepted as a date. */
export const MAX_YEAR = 2199;

/** A date found in a text; `index` and `text` refer to the original string (UTF-16 offsets). */
export interface DateMatch {
  iso: string;
  index: number;
  text: string;
}

/** Year/month/day written with 年月日 (Arabic digits, spaces allowed: "2020 年 9 月 21 日"). */
const ARABIC_CJK_RE = /(?<![0-9])([0-9]{4})\s*年(?:\s*([0-9]{1,2})\s*月(?:\s*([0-9]{1,2})\s*[日号])?)?/g;
/** Year/month/day with a separator used consistently: 2020-09-21, 2020/9/21, 2020.9.21, 2020-09. */
const SEPARATED_RE = /(?<![0-9.])([0-9]{4})([-/.])([0-9]{1,2})(?:\2([0-9]{1,2}))?(?![0-9])(?!\.[0-9])/g;
/** Year/month/day in Chinese numerals: 二〇二〇年九月二十一日 (year digit by digit). */
const CHINESE_RE = /([〇零○一二三四五六七八九]{4})\s*年(?:\s*([一二三四五六七八九十]{1,3})\s*月(?:\s*([一二三四五六七八九十]{1,3})\s*[日号])?)?/g;

/** Number of days in a month of a year (Gregorian calendar). */
function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** ISO string for validated parts, or null if out of range (month 1–12, real day of month, MIN_YEAR–MAX_YEAR). */
function toIso(year: number | null, month: number | null, day: number | null): string | null {
  if (year === null || !Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) return null;
  const y = String(year);
  if (month === null) return y;
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  const m = `${y}-${String(month).padStart(2, '0')}`;
  if (day === null) return m;
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return null;
  return `${m}-${String(day).padStart(2, '0')}`;
}

/** Parses an optional numeric capture with the given parser. */
function part(s: string | undefined, parse: (x: string) => number | null): number | null {
  return s === undefined ? null : parse(s);
}

/** All dates in a text, ordered by position and non-overlapping; ISO at the precision written. */
export function findDates(text: string): DateMatch[] {
  const t = toHalfWidth(text); // length-preserving, so offsets stay valid for `text`
  const found: DateMatch[] = [];
  const add = (index: number, raw: string, iso: string | null): void => {
    if (iso) found.push({ iso, index, text: text.slice(index, index + raw.length) });
  };
  for (const m of t.matchAll(ARABIC_CJK_RE)) {
    add(m.index ?? 0, m[0], toIso(Number(m[1]), part(m[2], Number), part(m[3], Number)));
  }
  for (const m of t.matchAll(SEPARATED_RE)) {
    if (m[2] === '.' && m[4] === undefined && m[3].length !== 2) continue; // "2020.9" is more likely a decimal
    add(m.index ?? 0, m[0], toIso(Number(m[1]), Number(m[3]), part(m[4], Number)));
  }
  for (const m of t.matchAll(CHINESE_RE)) {
    add(m.index ?? 0, m[0], toIso(parseChineseNumeral(m[1]), part(m[2], parseChineseNumeral), part(m[3], parseChineseNumeral)));
  }
  found.sort((a, b) => a.index - b.index || b.text.length - a.text.length);
  const out: DateMatch[] = [];
  for (const d of found) {
    const last = out[out.length - 1];
    if (!last || d.index >= last.index + last.text.length) out.push(d);
  }
  return out;
}

/** Parses the first date in a text to ISO ("YYYY-MM-DD", "YYYY-MM" or "YYYY"); a bare "YYYYMMDD" string is also accepted; null if none. */
export function parseDate(s: string): string | null {
  const compact = /^\s*([0-9]{4})([0-9]{2})([0-9]{2})\s*$/.exec(toHalfWidth(s));
  if (compact) return toIso(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  return findDates(s)[0]?.iso ?? null;
}
