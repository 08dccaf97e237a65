/**
 * Money amounts: "12.5亿元", "１２００万元", "一千二百万元", "壹仟万元", "3,000万", "500万美元".
 * Values are normalised to 万 of the currency (万元 for RMB, 万美元 for USD); currencies are never converted.
 */

import { MEASURE_WORDS } from './count.js';
import { normalizeText } from './normalize.js';
import { cleanFloat, findNumbers, type NumberMatch } from './numerals.js';

/** Units an amount can be written in; `parseMoney` reports which one the text (or the default) used. */
export type MoneyUnit = '元' | '万元' | '亿元' | '千万元' | '百万元' | '万美元' | '美元';

/** A parsed amount. `value` is in 万 of the currency; `text` and `index` locate it in the normalised input. */
export interface Money {
  value: number;
  unit: MoneyUnit;
  text: string;
  index: number;
}

/** Factor converting an amount written in a unit to 万 of that unit's currency (1亿元 = 10000万元, 1元 = 0.0001万元). */
export const MONEY_UNIT_TO_WAN: Readonly<Record<MoneyUnit, number>> = {
  元: 1e-4,
  万元: 1,
  亿元: 1e4,
  千万元: 1e3,
  百万元: 1e2,
  万美元: 1,
  美元: 1e-4,
};

/** RMB unit for the multiplier written with the number (万 → 万元); multipliers without a MoneyUnit fall back to the nearest one with the same value scale. */
const CNY_UNIT_BY_MULTIPLIER: Readonly<Record<string, MoneyUnit>> = {
  '': '元', 百: '元', 千: '元', 万: '万元', 十万: '万元', 百万: '百万元', 千万: '千万元', 亿: '亿元', 十亿: '亿元', 百亿: '亿元', 千亿: '亿元', 万亿: '亿元',
};

/** Characters after a bare number that make it something other than an amount in the default unit. */
const NON_MONEY_SUFFIXES = new Set(['年', '月', '日', '号', '%', '‰', '岁', '倍', '届', '期']);

type Currency = '元' | '美元' | null;

/** Currency written before the number (¥, ￥, $, US$, 人民币, RMB) and the start of that prefix. */
function currencyBefore(text: string, n: NumberMatch): { currency: Currency; start: number } {
  const m = /(US\$|\$|¥|￥|人民币|RMB)\s*$/i.exec(text.slice(0, n.index));
  if (!m) return { currency: null, start: n.index };
  return { currency: m[1].includes('$') ? '美元' : '元', start: m.index };
}

/** Currency written after the number ("元", "美元", "元人民币") and the end offset it reaches. */
function currencyAfter(text: string, n: NumberMatch): { currency: Currency; end: number } {
  const from = n.index + n.text.length;
  const m = /^\s*(美元|元(?:人民币)?|人民币)/.exec(text.slice(from));
  if (!m) return { currency: null, end: from };
  return { currency: m[1] === '美元' ? '美元' : '元', end: from + m[0].length };
}

/** Multiplier written with the number: the trailing 万/亿/千万… of an Arabic number, or the final 万/亿 of a Chinese numeral. */
function multiplierOf(n: NumberMatch): string {
  if (/[0-9０-９]/.test(n.text)) return /[十百千万亿]*$/.exec(n.text)?.[0] ?? '';
  const last = n.text[n.text.length - 1];
  return last === '万' || last === '亿' ? last : '';
}

/** The first amount with an explicit currency or a 万/亿 multiplier, or null. */
function explicitAmount(text: string, numbers: NumberMatch[]): Money | null {
  for (const n of numbers) {
    const before = currencyBefore(text, n);
    const after = currencyAfter(text, n);
    const mult = multiplierOf(n);
    let currency = after.currency ?? before.currency;
    if (!currency) {
      const next = text.slice(after.end).trimStart()[0] ?? '';
      if (!/[万亿]/.test(mult) || MEASURE_WORDS.has(next)) continue;
      currency = '元';
    }
    const unit: MoneyUnit = currency === '美元' ? (mult ? '万美元' : '美元') : CNY_UNIT_BY_MULTIPLIER[mult] ?? '万元';
    const value = cleanFloat(n.value / 1e4);
    return { value, unit, text: text.slice(before.start, after.end), index: before.start };
  }
  return null;
}

// Amounts with a currency (元, 美元, ¥, 人民币) or a 万/亿 multiplier win over bare numbers; only when there is none
// is the first plain number that is not a date, percentage, count or ordinal read in `defaultUnit` (e.g. a cell
// under a "万元" column).
/** The first money amount in a text: value in 万 of its currency (万元 or 万美元), unit as written (or defaultUnit for a bare number); null if none. */
export function parseMoney(s: string, defaultUnit?: MoneyUnit): Money | null {
  const text = normalizeText(s);
  const numbers = findNumbers(text).filter((n) => !text.slice(0, n.index).trimEnd().endsWith('第'));
  const explicit = explicitAmount(text, numbers);
  if (explicit || !defaultUnit) return explicit;
  for (const n of numbers) {
    const next = text.slice(n.index + n.text.length).trimStart()[0] ?? '';
    if (NON_MONEY_SUFFIXES.has(next) || MEASURE_WORDS.has(next)) continue;
    return { value: cleanFloat(n.value * MONEY_UNIT_TO_WAN[defaultUnit]), unit: defaultUnit, text: n.text, index: n.index };
  }
  return null;
}

/** Formats an amount in 万元 for humans: "12.5亿元" when |value| ≥ 10000 万元, else "1200万元" (at most 4 decimals). */
export function formatWan(value: number): string {
  const fmt = (x: number): string => String(Number(x.toFixed(4)) || 0);
  if (!Number.isFinite(value)) return `${value}万元`;
  return Math.abs(value) >= 1e4 ? `${fmt(value / 1e4)}亿元` : `${fmt(value)}万元`;
}
