/**
 * Headings of charters (章程: "第一章 总则", "第三条 …") and of application-form outlines
 * ("一、联盟基本情况", "（二）鉴于条款", "1. 创新活动情况").
 */

import { parseChineseNumeral } from './chinese-numerals.js';
import { collapseSpaces, repairCjkSpacing, toHalfWidth } from './normalize.js';

/** A charter heading. `text` is the marker exactly as written ("第一条", "笫３条", "第 一 章"); `title` the rest of the line. */
export interface ArticleHeading {
  kind: 'chapter' | 'article' | 'section';
  number: number;
  title: string;
  text: string;
}

/** An outline heading: level 1 "一、", level 2 "（一）", level 3 "1." / "1、". */
export interface OutlineHeading {
  level: 1 | 2 | 3;
  number: number;
  title: string;
}

const KIND_BY_MARKER: Readonly<Record<string, ArticleHeading['kind']>> = { 章: 'chapter', 条: 'article', 节: 'section' };

const CN_NUMBER = '[零〇一二两三四五六七八九十百千]+';

/** 第/笫 (a common OCR/typing confusion) + number + 章/条/节, spaces allowed inside ("第 一 章"); not 条款/条例/条件/条约/条目/章程. */
const ARTICLE_RE = new RegExp(`^[第笫]\\s*([0-9]+|${CN_NUMBER}(?:\\s+${CN_NUMBER})*)\\s*([章条节])(?![款例件约目程])`);

const OUTLINE_RES: ReadonlyArray<{ level: OutlineHeading['level']; re: RegExp }> = [
  { level: 1, re: new RegExp(`^(${CN_NUMBER})\\s*[、.]\\s*(.*)$`) },
  { level: 2, re: new RegExp(`^\\(\\s*(${CN_NUMBER})\\s*\\)\\s*[、.]?\\s*(.*)$`) },
  { level: 3, re: /^([0-9]{1,3})\s*[.、](?![0-9])\s*(.*)$/ },
];

/** Markdown heading/quote/list markers and leading emphasis before a heading ("## ", "> ", "- ", "**"). */
const MARKDOWN_PREFIX_RE = /^\s*(?:#{1,6}\s*|>\s*|[-+]\s+)*(?:[*_]{1,3}\s*)?/;

/**
 * First line of `s` without Markdown prefix, as written (`line`) and half-width (`hw`, same length, for matching).
 * toHalfWidth is length-preserving, so offsets found in `hw` are valid in `line`.
 */
function cleanLine(s: string): { line: string; hw: string } {
  const first = (s.split('\n', 1)[0] ?? '').trimEnd();
  const hw = toHalfWidth(first);
  const prefix = MARKDOWN_PREFIX_RE.exec(hw)?.[0].length ?? 0;
  return { line: first.slice(prefix), hw: hw.slice(prefix) };
}

/** Removes emphasis markers and separators around a heading's remaining text and repairs CJK spacing ("总 则" → "总则"). */
function cleanTitle(rest: string): string {
  const t = rest.replace(/^[*_]{1,3}/, '').replace(/^[\s:：,，、.．]+/, '').replace(/\s*[*_#]+\s*$/, '');
  return collapseSpaces(repairCjkSpacing(t));
}

/** Number written in Arabic digits or Chinese numerals; null unless a positive integer. */
function headingNumber(s: string): number | null {
  const n = /^[0-9]+$/.test(s) ? Number(s) : parseChineseNumeral(s);
  return n !== null && Number.isInteger(n) && n > 0 ? n : null;
}

/** Recognises a charter heading at the start of the first line: "第一章 总则", "第3条 …", "笫五条", "**第一条** …", "## 第一章 总 则"; title is the rest of the line, CJK spacing repaired. */
export function parseArticleHeading(s: string): ArticleHeading | null {
  const { line, hw } = cleanLine(s);
  const m = ARTICLE_RE.exec(hw);
  if (!m) return null;
  const number = headingNumber(m[1].replace(/\s+/g, ''));
  if (number === null) return null;
  const end = m[0].length;
  return { kind: KIND_BY_MARKER[m[2]], number, title: cleanTitle(line.slice(end)), text: line.slice(0, end) };
}

/** Recognises an outline heading at the start of the first line: "一、联盟基本情况" (level 1), "（二）鉴于条款" (level 2), "1. 创新活动情况" (level 3); number as integer. */
export function parseOutlineHeading(s: string): OutlineHeading | null {
  const { line, hw } = cleanLine(s);
  for (const { level, re } of OUTLINE_RES) {
    const m = re.exec(hw);
    if (!m) continue;
    const number = headingNumber(m[1]);
    if (number === null) return null;
    return { level, number, title: cleanTitle(line.slice(hw.length - m[2].length)) };
  }
  return null;
}
