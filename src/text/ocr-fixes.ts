/**
 * Text repairs for OCR output of Chinese forms: spaces between ideographs (the recogniser emits a
 * word per character run), and the usual confusions of tick boxes with characters (口 / 囗 for □,
 * 回 for ☑, V for √) where they stand before an option label. Only text mapping: the OCR
 * extractor decides a box's state from its pixels when it has them and writes the glyph itself.
 */
import { isCjk } from './normalize.js';

/** Characters the recogniser reads a tick box as. */
export const BOX_LOOKALIKES = ['口', '囗', '回', '凶', '日', '田', '目', '□', '☐', '◻', '☑', '☒', '■', '▣', '⊠'] as const;

/** Option labels that follow tick boxes in filing forms; a lone look-alike before one of them is a box. */
export const OPTION_LABELS = ['有', '无', '是', '否', '已', '未', '同意', '不同意', '其他', '其它', '企业', '高校', '高等院校', '科研', '科研院所', '国家级', '省级', '市级', '合格', '不合格', '满足', '不满足', '具备', '不具备'];

const CHECKED_LOOKALIKE: Record<string, string> = { 回: '☑', 凶: '☑', 田: '☑' };
const LOOKALIKE_CLASS = '[口囗回凶田]';
const BEFORE = '(^|[\\s:：,，;；、(（)）\\]】])';
const LABEL = '([\\u4e00-\\u9fff]{1,6})';
const AFTER = '(?=$|[\\s,，;；、。)）□☐◻☑☒■√✓✔▣⊠口囗回凶田])';

const LOOKALIKE_BOX = new RegExp(`${BEFORE}(${LOOKALIKE_CLASS})\\s?${LABEL}${AFTER}`, 'gu');
const V_TICK = new RegExp(`${BEFORE}[Vv✓]\\s?${LABEL}${AFTER}`, 'gu');
const TICK_AFTER_LABEL = new RegExp(`${BEFORE}${LABEL}\\s?[Vv](?=$|[\\s,，;；、。])`, 'gu');

/** Removes spaces that OCR put between two CJK characters or between CJK text and CJK punctuation. */
export function dropCjkSpaces(text: string): string {
  return text.replace(/(\S) +(?=(\S))/gu, (match, before: string, after: string) => (isCjkLike(before) || isCjkLike(after) ? before : match));
}

function isCjkLike(ch: string): boolean {
  if (isCjk(ch)) return true;
  const cp = ch.codePointAt(0) ?? 0;
  return (cp >= 0x3000 && cp <= 0x303f) || (cp >= 0xff00 && cp <= 0xffef) || (cp >= 0x25a0 && cp <= 0x25ff) || (cp >= 0x2610 && cp <= 0x2612) || cp === 0x221a;
}

/**
 * Tick-box look-alikes before option labels mapped back to box glyphs: 口/囗 → □, 回/凶/田 → ☑,
 * V → √. A look-alike counts as a box when its label is a known option label, or when the line
 * holds at least two such box-and-label groups (a row of options).
 */
export function fixCheckboxGlyphs(text: string): string {
  const groups = [...text.matchAll(LOOKALIKE_BOX)].length + [...text.matchAll(V_TICK)].length;
  const accept = (label: string): boolean => groups >= 2 || OPTION_LABELS.some((l) => label === l || label.startsWith(l));
  let out = text.replace(LOOKALIKE_BOX, (match, before: string, glyph: string, label: string) =>
    accept(label) ? `${before}${CHECKED_LOOKALIKE[glyph] ?? '□'}${label}` : match,
  );
  out = out.replace(V_TICK, (match, before: string, label: string) => (accept(label) ? `${before}√${label}` : match));
  out = out.replace(TICK_AFTER_LABEL, (match, before: string, label: string) => (OPTION_LABELS.includes(label) ? `${before}√${label}` : match));
  return out;
}

/** Specks read next to a tick box (quote marks, commas, dots from its scanned outline) removed. */
export function dropBoxSpecks(text: string): string {
  return text.replace(/([□☐◻☑☒■√✓✔▣⊠])\s*[“”"'‘’`,.·、]+/gu, '$1').replace(/[“”"'‘’`,.·]+\s*([□☐◻☑☒■√✓✔▣⊠])/gu, '$1');
}

/** A closing quote or a bar at the start, an opening quote or a bar at the end of a line or cell: specks of a table rule, not text. */
export function dropEdgeQuotes(text: string): string {
  return text.replace(/^[”’"'`|｜]+\s*/u, '').replace(/\s*[“‘`|｜]+$/u, '');
}

/** All text repairs for one OCR'd line or cell. */
export function fixOcrText(text: string): string {
  return dropEdgeQuotes(dropBoxSpecks(fixCheckboxGlyphs(dropCjkSpaces(text.trim()))));
}
