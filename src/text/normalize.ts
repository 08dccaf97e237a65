/**
 * Character-level normalisation of text extracted from PDF, DOCX and XLSX filings.
 *
 * All functions here work on UTF-16 strings but reason about Unicode code points,
 * so CJK Extension B+ ideographs (surrogate pairs) are handled like any other ideograph.
 */

/** Horizontal whitespace that is collapsed or repaired: everything `\s` matches except newlines and tabs. */
const HSPACE_CLASS = '[^\\S\\n\\r\\t\\v\\f\\u2028\\u2029]';

/** Zero-width characters that PDF/DOCX extraction leaves behind and that carry no meaning. */
const ZERO_WIDTH_RE = /[\u200B-\u200D\u2060\uFEFF]/g;

/**
 * ASCII punctuation that, next to a CJK character, is treated like CJK punctuation when repairing spaces.
 * These are the half-width forms `toHalfWidth` produces from '（）：，；！？', so `normalizeText`
 * repairs "联盟名称： 河南" and "联盟名称: 河南" alike.
 */
const JOINABLE_ASCII = new Set(['%', '.', ',', ':', ';', '!', '?', '(', ')']);

/** Converts full-width ASCII forms (U+FF01–U+FF5E) and the ideographic space (U+3000) to half-width; length-preserving (1 UTF-16 unit in, 1 out). */
export function toHalfWidth(s: string): string {
  // A replace over the runs that change (no string built a character at a time: long text stays cheap).
  return s.replace(/[\uff01-\uff5e\u3000]/gu, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

/** Collapses every run of whitespace (including newlines, NBSP, U+3000) into one ASCII space and trims both ends. */
export function collapseSpaces(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** True if the first code point of `ch` is a CJK unified ideograph (basic block, Extension A, compatibility, Extensions B–F). */
export function isCjk(ch: string): boolean {
  const cp = ch.codePointAt(0);
  if (cp === undefined) return false;
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0x20000 && cp <= 0x2fa1f)
  );
}

/** True if the first code point of `ch` is CJK punctuation: CJK Symbols and Punctuation (U+3000–U+303F) or Half/Full-width Forms (U+FF00–U+FFEF). */
export function isCjkPunctuation(ch: string): boolean {
  const cp = ch.codePointAt(0);
  if (cp === undefined) return false;
  return (cp >= 0x3000 && cp <= 0x303f) || (cp >= 0xff00 && cp <= 0xffef);
}

/** True if `ch` is a CJK ideograph or CJK punctuation. */
function isCjkLike(ch: string): boolean {
  return isCjk(ch) || isCjkPunctuation(ch);
}

/** True if `ch` may be glued to a CJK neighbour: CJK itself, an ASCII digit, or joinable ASCII punctuation. */
function isJoinable(ch: string): boolean {
  return isCjkLike(ch) || (ch >= '0' && ch <= '9') || JOINABLE_ASCII.has(ch);
}

/** The code point (as a string) ending just before UTF-16 offset `end`, or '' at the start. */
function charBefore(s: string, end: number): string {
  if (end <= 0) return '';
  const low = s.charCodeAt(end - 1);
  if (low >= 0xdc00 && low <= 0xdfff && end >= 2) return s.slice(end - 2, end);
  return s[end - 1];
}

/** The code point (as a string) starting at UTF-16 offset `start`, or '' at the end. */
function charAt(s: string, start: number): string {
  const cp = s.codePointAt(start);
  return cp === undefined ? '' : String.fromCodePoint(cp);
}

// PDF extraction puts spaces around CJK text ("12.5 亿元", "联 盟 名 称"). A run of horizontal whitespace is dropped
// when one neighbour is CJK (ideograph or punctuation) and the other is CJK, a digit, '%', '.' or ASCII punctuation
// such as ':' '(' ')' (the half-width forms toHalfWidth produces). Spaces between Latin words, tabs and newlines stay.
/** Removes spaces PDF extraction inserted next to CJK characters ("12.5 亿元" → "12.5亿元", "联 盟" → "联盟"); keeps Latin word spaces, tabs and newlines. */
export function repairCjkSpacing(s: string): string {
  const re = new RegExp(`${HSPACE_CLASS}+`, 'g');
  return s.replace(re, (run: string, offset: number, whole: string) => {
    const prev = charBefore(whole, offset);
    const next = charAt(whole, offset + run.length);
    if (!prev || !next) return run;
    const join = (isCjkLike(prev) && isJoinable(next)) || (isCjkLike(next) && isJoinable(prev));
    return join ? '' : run;
  });
}

/** Tick-box glyphs that mean the same thing, written as one: a ticked box ☑ (☒, ⊠), an empty box □ (☐, ◻). */
const BOX_GLYPHS: Readonly<Record<string, string>> = { '☒': '☑', '⊠': '☑', '☐': '□', '◻': '□' };

/**
 * Radical code points some PDF producers (browsers printing with CJK fonts) map glyphs to instead of
 * the ideographs they show ("⽢肃" for 甘肃, "⻛险" for 风险): Kangxi radicals have compatibility
 * mappings (NFKC); the simplified forms of the CJK Radicals Supplement are mapped here.
 */
const RADICAL_SUPPLEMENT: Readonly<Record<string, string>> = {
  '⺓': '幺', '⺗': '心', '⺠': '民', '⺧': '牛', '⺫': '目', '⺮': '竹', '⺷': '羊', '⺻': '聿', '⻄': '西', '⻅': '见', '⻆': '角',
  '⻈': '讠', '⻉': '贝', '⻋': '车', '⻑': '長', '⻒': '镸', '⻓': '长', '⻔': '门', '⻗': '雨', '⻘': '青', '⻚': '页', '⻛': '风',
  '⻜': '飞', '⻝': '食', '⻠': '饣', '⻢': '马', '⻣': '骨', '⻤': '鬼', '⻥': '鱼', '⻦': '鸟', '⻧': '卤', '⻨': '麦', '⻩': '黄',
  '⻪': '黾', '⻫': '斉', '⻬': '齐', '⻭': '歯', '⻮': '齿', '⻯': '竜', '⻰': '龙', '⻲': '亀', '⻳': '龟',
};

/** A radical code point read as the ideograph it stands for. */
function ideographOf(radical: string): string {
  return RADICAL_SUPPLEMENT[radical] ?? radical.normalize('NFKC');
}

/** Standard normaliser for extracted text: LF line breaks, no zero-width chars, radicals as ideographs, half-width, tick boxes in one form, CJK spacing repaired, one space per run, lines trimmed; keeps newlines and tabs. */
export function normalizeText(s: string): string {
  let t = s.replace(/\r\n?/g, '\n').replace(ZERO_WIDTH_RE, '').replace(/[☒⊠☐◻]/gu, (g) => BOX_GLYPHS[g]);
  t = t.replace(/[\u2E80-\u2FDF]/gu, ideographOf);
  t = toHalfWidth(t);
  t = repairCjkSpacing(t);
  t = t.replace(new RegExp(`${HSPACE_CLASS}+`, 'g'), ' ');
  t = t.replace(/^ +| +$/gm, '');
  return t;
}
