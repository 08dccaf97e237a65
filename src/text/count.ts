/**
 * Counts of members, patents, staff…: "12个", "十二家", "12 人", "共15家单位", "3项".
 */

import { normalizeText } from './normalize.js';
import { findNumbers, type NumberMatch } from './numerals.js';

/** Measure words (量词) that mark a count: 个 家 人 项 名 … ("人次" and "家次" start with one of them). */
export const MEASURE_WORDS: ReadonlySet<string> = new Set([
  ...'个家人项名位件篇部台套次所座条种类批支只户本册份株头门届期场款处间栋辆艘架组队首幅张',
]);

/** Approximation markers allowed between a number and its measure word: "15余家", "20多人", "30来个". */
const APPROXIMATORS = new Set(['余', '多', '来']);

/** Characters after a number that make it a date, ratio or decimal rather than a count. */
const NON_COUNT_SUFFIXES = new Set(['年', '月', '日', '号', '%', '‰', '岁', '元', '.', '-', '/', ':']);

/** Answers that mean "none" and count as 0. */
const NONE_ANSWERS = new Set(['无', '没有', '暂无', '无。']);

/** The first non-space character after a number match, skipping one approximation marker. */
function measureAfter(text: string, n: NumberMatch): string {
  let rest = text.slice(n.index + n.text.length).trimStart();
  if (APPROXIMATORS.has(rest[0] ?? '')) rest = rest.slice(1).trimStart();
  return rest[0] ?? '';
}

/** True if the number is directly preceded by 第 (an ordinal: 第3期). */
function isOrdinal(text: string, n: NumberMatch): boolean {
  return text.slice(0, n.index).trimEnd().endsWith('第');
}

/** True if `text` is a form cell left blank: empty, whitespace, underscores, dashes, slashes or dots only. */
export function isBlankAnswer(text: string): boolean {
  return /^[\s_＿\-－—–.·…。/／]*$/.test(text);
}

// Prefers the first number followed by a measure word (optionally 余/多/来 in between), else the first number
// that is not a date, percentage or ordinal (第3期).
/** A count of items (integer ≥ 0) with optional measure word ("12个", "十二家", "共15家单位"); blank → null, "无"/"暂无" → 0, non-integer → null. */
export function parseCount(s: string): number | null {
  const text = normalizeText(s).trim();
  if (isBlankAnswer(text)) return null;
  if (NONE_ANSWERS.has(text)) return 0;
  const numbers = findNumbers(text).filter((n) => !isOrdinal(text, n));
  const measured = numbers.find((n) => MEASURE_WORDS.has(measureAfter(text, n)));
  const chosen =
    measured ?? numbers.find((n) => !NON_COUNT_SUFFIXES.has(text.slice(n.index + n.text.length).trimStart()[0] ?? ''));
  if (!chosen) return null;
  return Number.isInteger(chosen.value) && chosen.value >= 0 ? chosen.value : null;
}
