/**
 * What a short text (a table cell, a list entry) holds: a unit name, a person's name, a date, a
 * credit or organisation code, a member type word, a row number. Column roles are inferred from
 * these when headers say too little.
 */

import type { MemberType } from '../model/member.js';
import { findCreditCodes, isOrganizationCode } from './credit-code.js';
import { findDates } from './dates.js';
import { toHalfWidth } from './normalize.js';

/** Words a unit name ends with. */
const UNIT_SUFFIX = /(?:公司|大学|学院|研究院|研究所|科学院|中心|协会|学会|集团|厂|站|所|院|局|校|合作社|商会|联合会)$/u;

/** Looks like a unit name: 4–60 characters ending with a unit word. */
export function isUnitName(text: string): boolean {
  const t = text.trim();
  return UNIT_SUFFIX.test(t) && [...t].length >= 4 && [...t].length <= 60 && !/[：:；;。，,]/u.test(t);
}

/** Looks like a person's name: 2–4 CJK characters (an optional middle dot for minority names). */
export function isPersonName(text: string): boolean {
  return /^[\u4e00-\u9fa5]{2,4}$|^[\u4e00-\u9fa5]{1,6}[·•][\u4e00-\u9fa5]{1,8}$/u.test(text.replace(/\s+/gu, ''));
}

/** The whole text is a date (its day or a trailing 日 may stand apart, where a cell wrapped). */
export function isDateText(text: string): boolean {
  const t = text.replace(/\s+/gu, '');
  const d = findDates(t)[0];
  return d !== undefined && d.index === 0 && /^[0-9一二三四五六七八九十]{0,3}[日号]?$/u.test(t.slice(d.text.length));
}

/** The text holds an 18-character credit code or a 9-character organisation code (xxxxxxxx-x). */
export function isCodeText(text: string): boolean {
  const t = toHalfWidth(text).replace(/\s+/gu, '');
  if (findCreditCodes(t).length > 0) return true;
  const org = /(?<![0-9A-Z])([0-9A-Z]{8})-?([0-9X])(?![0-9A-Z])/u.exec(t.toUpperCase());
  return org !== null && isOrganizationCode(org[1] + org[2]);
}

/** A member type written as a word (企业 / 高校 / 科研院所 / 其他 …); null when the text is no type word. */
export function memberTypeWord(text: string): MemberType | null {
  const t = text.replace(/[\s（）()]/gu, '');
  if (/^(?:企业|公司|民营企业|国有企业|企业法人)$/u.test(t)) return 'enterprise';
  if (/^(?:高校|高等院校|高等学校|大学|院校)$/u.test(t)) return 'university';
  if (/^(?:科研院所|科研机构|研究机构|研究院所|事业单位（科研）|新型研发机构)$/u.test(t)) return 'institute';
  if (/^(?:其他|其它|社会团体|协会|金融机构|中介机构|服务机构|事业单位)$/u.test(t)) return 'other';
  return null;
}

/** A row number: "1", "12", "（3）", "一". */
export function isRowNumber(text: string): boolean {
  return /^[\s（(]*(?:\d{1,3}|[一二三四五六七八九十]{1,3})[.、）)\s]*$/u.test(toHalfWidth(text));
}

/** The unit part of a name cell's first line: codes and their labels taken out ("XX公司（统一社会信用代码：…）" → "XX公司"). */
export function withoutCodes(text: string): string {
  let first = text.split('\n')[0];
  for (const c of findCreditCodes(first)) first = first.replace(c.code, '');
  return first
    .replace(/(?:统一社会信用代码|组织机构代码|法人代码|代码)\s*[：:]?/gu, '')
    .replace(/[（(]\s*[）)]/gu, '')
    .replace(/[\s/／|（(：:，,；;]+$/u, '')
    .trim();
}

/** A unit of measure standing alone (万元, 项, %, 人月, 百分点): the 单位 column of a data sheet. */
export function isMeasureUnit(text: string): boolean {
  return /^(?:[万亿千百]?元|万美元|美元|%|‰|[项个人家件次名台套篇部种批所座]|人次|人月|人年|百分点|倍|年|月|天|平方米|m2|㎡|吨|万吨)$/u.test(text.replace(/\s+/gu, ''));
}

/** A count or amount in Chinese numerals (八百五十万元, 壹佰贰拾万元, 十一家). */
const CHINESE_FIGURE = /[零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]+\s*(?:万元|亿元|元|项|个|人|家|件|名)/u;

/** A form answer rather than a label: a bare number, a figure with its unit, a yes/no or ticked answer. */
export function isAnswerText(text: string): boolean {
  const t = text.trim();
  return /^\d+(?:\.\d+)?$/u.test(t) || /\d\s*[个家项人名万亿元%％]/u.test(t) || CHINESE_FIGURE.test(t) || /^(?:有|无|是|否|√|×|☑.*|□.*)$/u.test(t);
}
