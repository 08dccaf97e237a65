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

/** What is known of one normalised paragraph; a second submission is tracked only once one appears. */
interface Seen {
  text: string;
  first: string;
  others?: Set<string>;
  examples: { submission: string; doc: string }[];
}

/**
 * Paragraphs (normalised as above, at least minChars characters) that appear in at least
 * minSubmissions different submissions and at least minShare of all submissions: template text
 * that text analyses should leave out. Sorted by submissions desc (then by normalised text).
 */
export function boilerplate(paragraphs: Iterable<Paragraph>, options: BoilerplateOptions = {}): BoilerplateParagraph[] {
  const { minChars = 12, minSubmissions = 3, minShare = 0.05 } = options;
  const all = new Set<string>();
  const seen = new Map<string, Seen>();
  for (const p of paragraphs) {
    all.add(p.submission);
    const normalized = normalizeForShingles(p.text);
    if (normalized.length < minChars || [...normalized].length < minChars) continue;
    const entry = seen.get(normalized);
    if (!entry) {
      seen.set(normalized, { text: p.text.trim(), first: p.submission, examples: [{ submission: p.submission, doc: p.doc }] });
      continue;
    }
    if (p.submission === entry.first || entry.others?.has(p.submission)) continue;
    (entry.others ??= new Set()).add(p.submission);
    if (entry.examples.length < EXAMPLES) entry.examples.push({ submission: p.submission, doc: p.doc });
  }
  const found: BoilerplateParagraph[] = [];
  for (const [normalized, entry] of seen) {
    const submissions = 1 + (entry.others?.size ?? 0);
    if (submissions < minSubmissions || submissions < minShare * all.size) continue;
    found.push({ text: entry.text, normalized, submissions, share: Math.round((submissions / all.size) * 1000) / 1000, examples: entry.examples });
  }
  return found.sort((x, y) => y.submissions - x.submissions || (x.normalized < y.normalized ? -1 : x.normalized > y.normalized ? 1 : 0));
}
