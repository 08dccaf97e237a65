/**
 * Fuzzy matching of form labels ("联盟名称：", "牵头单位在行业（领域）中的地位；（限200字）") against known aliases.
 */

import { toHalfWidth } from './normalize.js';

/** Labels up to this many characters are compared on single characters instead of bigrams. */
export const SHORT_LABEL_LENGTH = 2;

/** Minimum score of a candidate that starts with an alias (after normalisation). */
export const PREFIX_MATCH_SCORE = 0.9;

/** Longest label (in characters, trimmed) that `splitLabelValue` accepts before the colon. */
export const MAX_LABEL_LENGTH = 20;

/** Leading outline/bullet numbers: "1." "1、" "1)" "1.2" "一、" "(一)" "(1)" "①". */
const LEADING_BULLET_RE =
  /^(?:[0-9]{1,2}(?:\.[0-9]{1,2})+[.、)]?|[0-9]{1,2}[.、)]|[一二三四五六七八九十]{1,3}[、.]|\([一二三四五六七八九十0-9]{1,3}\)|[\u2460-\u2473\u2776-\u277F])/;

/** Parenthesised groups (half-width after conversion) and bracketed hints: "(限200字)", "【必填】", "〔注〕", "[选填]". */
const PAREN_GROUP_RE = /\([^()]*\)|【[^【】]*】|〔[^〔〕]*〕|\[[^[\]]*\]/g;

/** Punctuation trimmed from both ends of a label. */
const EDGE_PUNCT_RE = /^[:;,.!?、。…·\-—_]+|[:;,.!?、。…·\-—_]+$/g;

/** Memo of a pure function of one string (labels repeat across a batch: every form is matched against every alias); cleared when it grows large. */
function memo<T>(f: (s: string) => T, max = 20_000): (s: string) => T {
  const cache = new Map<string, T>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined) {
      if (cache.size >= max) cache.clear();
      cache.set(s, (v = f(s)));
    }
    return v;
  };
}

/** Normalises a label for comparison: half-width, lower-case, no whitespace, no asterisks/markers, no leading bullet number, no parenthesised hints, no edge punctuation. */
export const normalizeLabel = memo(normalizeLabelOnce);

function normalizeLabelOnce(s: string): string {
  let t = toHalfWidth(s).toLowerCase().replace(/[\s\u200B-\u200D\uFEFF]+/g, '');
  t = t.replace(/[*※★☆●◆■□▲△]/g, '');
  t = t.replace(LEADING_BULLET_RE, '');
  let prev: string;
  do {
    prev = t;
    t = t.replace(PAREN_GROUP_RE, ''); // repeated to remove nested groups from the inside out
  } while (t !== prev);
  return t.replace(EDGE_PUNCT_RE, '');
}

const unigrams = memo((s) => gramsOf(s, 1));
const bigrams = memo((s) => gramsOf(s, 2));

/** Multiset of character n-grams (n = 1 or 2) of a string, as counts (memoised: do not modify). */
function grams(s: string, n: 1 | 2): ReadonlyMap<string, number> {
  return n === 1 ? unigrams(s) : bigrams(s);
}

/** Multiset of character n-grams (n = 1 or 2) of a string, as counts; works on code points. */
function gramsOf(s: string, n: 1 | 2): Map<string, number> {
  const chars = [...s];
  const out = new Map<string, number>();
  for (let i = 0; i + n <= chars.length; i++) {
    const g = chars.slice(i, i + n).join('');
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}

/** Similarity of two labels in [0, 1] after normalisation: 1 if equal, else the Dice coefficient over character bigrams (single characters when either label has ≤ SHORT_LABEL_LENGTH characters). */
export function labelSimilarity(a: string, b: string): number {
  return diceSimilarity(normalizeLabel(a), normalizeLabel(b));
}

/** Dice similarity of two strings in [0, 1], compared as written: over character bigrams, or single characters when either has ≤ SHORT_LABEL_LENGTH characters. */
export function diceSimilarity(x: string, y: string): number {
  if (x === y) return x ? 1 : 0;
  if (!x || !y) return 0;
  const n = Math.min([...x].length, [...y].length) <= SHORT_LABEL_LENGTH ? 1 : 2;
  const gx = grams(x, n);
  const gy = grams(y, n);
  let common = 0;
  let total = 0;
  for (const [g, c] of gx) {
    common += Math.min(c, gy.get(g) ?? 0);
    total += c;
  }
  for (const c of gy.values()) total += c;
  return total === 0 ? 0 : (2 * common) / total;
}

/** Best alias for a label candidate with score in [0, 1], or null if none reaches `threshold`; a candidate starting with an alias (≥ 2 characters) scores at least PREFIX_MATCH_SCORE. Ties go to the earlier alias. */
export function matchLabel(
  candidate: string,
  aliases: readonly string[],
  threshold = 0.8,
): { alias: string; score: number } | null {
  const c = normalizeLabel(candidate);
  let best: { alias: string; score: number } | null = null;
  for (const alias of aliases) {
    const a = normalizeLabel(alias);
    let score = diceSimilarity(c, a);
    if ([...a].length >= 2 && c.startsWith(a)) score = Math.max(score, PREFIX_MATCH_SCORE);
    if (score >= threshold && (!best || score > best.score)) best = { alias, score };
  }
  return best;
}

/** Splits "联盟名称：河南省XX联盟" / "联盟名称: X" on the first full- or half-width colon into trimmed label and value; null if there is no colon, the label is empty, longer than MAX_LABEL_LENGTH characters, purely numeric (a time such as "10:30") or the colon starts a URL. */
export function splitLabelValue(line: string): { label: string; value: string } | null {
  const at = line.search(/[:：]/);
  if (at < 0) return null;
  const label = line.slice(0, at).trim();
  const value = line.slice(at + 1).trim();
  if (!label || [...label].length > MAX_LABEL_LENGTH) return null;
  if (/^[0-9０-９\s]+$/.test(label) || line.startsWith('//', at + 1)) return null;
  return { label, value };
}

/**
 * Labels that often share a line with another field ("牵头单位（盖章）：某公司　　填报日期：2022年3月1日"):
 * a value ends where one of them starts.
 */
const TRAILING_LABELS = /(?:填报日期|填表日期|申报日期|申请日期|签署日期|日期|填报人|填表人|联系人|联系电话|电话|手机|传真|邮政编码|邮编|电子邮箱|邮箱|推荐单位|主管部门|负责人|职务)\s*[:：]/u;

/**
 * Every "label：value" pair of a line: the first split as `splitLabelValue` makes it, its value cut
 * where a further known label starts, which then gives a pair of its own.
 */
export function splitLabelValues(line: string): { label: string; value: string }[] {
  const first = splitLabelValue(line);
  if (!first) return [];
  const out = [first];
  let current = first;
  for (let guard = 0; guard < 5; guard++) {
    const next = TRAILING_LABELS.exec(current.value);
    if (!next || next.index === 0) break;
    const rest = splitLabelValue(current.value.slice(next.index));
    current.value = current.value.slice(0, next.index).trim();
    if (!rest) break;
    out.push(rest);
    current = rest;
  }
  return out;
}
