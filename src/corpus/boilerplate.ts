/**
 * Boilerplate of a corpus: paragraphs that many submissions repeat word for word (after the
 * normalisation of shingles.ts), such as the clauses of a ministry's model agreement or a form's
 * printed instructions. Text analyses of what applicants wrote themselves should leave them out.
 */
import { normalizeForShingles } from './shingles.js';

/** One paragraph of a corpus document. */
export interface Paragraph {
  /** The submission the paragraph belongs to. */
  submission: string;
  /** The document within the submission. */
  doc: string;
  /** The paragraph's text, as read. */
  text: string;
}

/** A paragraph repeated across submissions. */
export interface BoilerplateParagraph {
  /** The paragraph as first seen (trimmed). */
  text: string;
  /** The normalised text the paragraphs were matched on. */
  normalized: string;
  /** Distinct submissions holding it. */
  submissions: number;
  /** Those submissions as a share (0–1, 3 decimals) of all submissions given. */
  share: number;
  /** Where it appears: the first document of each of the first EXAMPLES submissions holding it. */
  examples: { submission: string; doc: string }[];
}

export interface BoilerplateOptions {
  /** Shortest paragraph considered, in characters (code points) of normalised text. Default 12. */
  minChars?: number;
  /** Fewest distinct submissions. Default 3. */
  minSubmissions?: number;
  /** Smallest share (0–1) of all submissions. Default 0.05. */
  minShare?: number;
}

/** Examples kept per paragraph. */
export const EXAMPLES = 3;

/** A 53-bit hash of a normalised paragraph (two 32-bit FNV-style hashes, 21 bits of one and all of the other). */
function key53(text: string): number {
  let h1 = 0x811c9dc5;
  let h2 = 0x9747b28c;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  return (h1 >>> 11) * 0x100000000 + (h2 >>> 0);
}

/** The normalised text of a paragraph long enough to count, or null. */
function counted(p: Paragraph, minChars: number): string | null {
  const normalized = normalizeForShingles(p.text);
  return normalized.length < minChars || [...normalized].length < minChars ? null : normalized;
}

/** What the second pass learns of one repeated paragraph. */
interface Seen {
  text: string;
  submissions: Set<string>;
  examples: { submission: string; doc: string }[];
}

/**
 * Paragraphs (normalised as above, at least minChars characters) that appear in at least
 * minSubmissions different submissions and at least minShare of all submissions: template text
 * that text analyses should leave out. Sorted by submissions desc (then by normalised text).
 *
 * `paragraphs` is read twice (an array, or an object whose iterator starts afresh). The first
 * pass counts submissions per hash of each normalised paragraph, holding numbers only; the second
 * keeps the text of the paragraphs whose hash is repeated enough and counts them exactly (a hash
 * shared by two texts can only add a candidate, never a row).
 */
export function boilerplate(paragraphs: Iterable<Paragraph>, options: BoilerplateOptions = {}): BoilerplateParagraph[] {
  const { minChars = 12, minSubmissions = 3, minShare = 0.05 } = options;
  const submissionIndex = new Map<string, number>();
  const first = new Map<number, number>();
  const others = new Map<number, Set<number>>();
  let read = 0;
  for (const p of paragraphs) {
    read++;
    let s = submissionIndex.get(p.submission);
    if (s === undefined) submissionIndex.set(p.submission, (s = submissionIndex.size));
    const normalized = counted(p, minChars);
    if (normalized === null) continue;
    const key = key53(normalized);
    const by = first.get(key);
    if (by === undefined) first.set(key, s);
    else if (by !== s) {
      let set = others.get(key);
      if (!set) others.set(key, (set = new Set()));
      set.add(s);
    }
  }
  const all = submissionIndex.size;
  const enough = (submissions: number) => submissions >= minSubmissions && submissions >= minShare * all;
  const repeated = new Set([...others].filter(([, set]) => enough(1 + set.size)).map(([key]) => key));
  first.clear();
  others.clear();
  const seen = new Map<string, Seen>();
  if (repeated.size > 0) {
    let again = 0;
    for (const p of paragraphs) {
      again++;
      const normalized = counted(p, minChars);
      if (normalized === null || !repeated.has(key53(normalized))) continue;
      let entry = seen.get(normalized);
      if (!entry) seen.set(normalized, (entry = { text: p.text.trim(), submissions: new Set(), examples: [] }));
      if (entry.submissions.has(p.submission)) continue;
      entry.submissions.add(p.submission);
      if (entry.examples.length < EXAMPLES) entry.examples.push({ submission: p.submission, doc: p.doc });
    }
    if (again !== read) throw new Error(`Expected ${read} paragraphs on the second reading, got ${again}`);
  }
  const found: BoilerplateParagraph[] = [];
  for (const [normalized, entry] of seen) {
    const submissions = entry.submissions.size;
    if (!enough(submissions)) continue;
    found.push({ text: entry.text, normalized, submissions, share: Math.round((submissions / all) * 1000) / 1000, examples: entry.examples });
  }
  return found.sort((x, y) => y.submissions - x.submissions || (x.normalized < y.normalized ? -1 : x.normalized > y.normalized ? 1 : 0));
}
