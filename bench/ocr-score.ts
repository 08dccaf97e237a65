/**
 * How well a reader read the bench's pages: character error rate in reading order and order-free,
 * and field accuracy (a field counts as read when its exact text appears in the page's output).
 */
import type { PageFields } from './ocr-pages.js';

/** Text normalised for CER: NFKC, no whitespace, no tick-box glyphs (the peer cannot read them as boxes). */
export function cerText(text: string): string {
  return text.normalize('NFKC').replace(/[\s□☐◻☑☒■√✓✔▣⊠]/gu, '');
}

/** Levenshtein distance (two rows). */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  let cur = new Array<number>(y.length + 1);
  for (let i = 1; i <= x.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= y.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    [prev, cur] = [cur, prev];
  }
  return prev[y.length];
}

/** Characters two strings have in common, counted as multisets. */
export function commonChars(a: string, b: string): number {
  const counts = new Map<string, number>();
  for (const ch of a) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let n = 0;
  for (const ch of b) {
    const c = counts.get(ch) ?? 0;
    if (c > 0) {
      n++;
      counts.set(ch, c - 1);
    }
  }
  return n;
}

export interface TextScore {
  /** Edit distance / truth length, in the truth's visual line order. */
  cer: number;
  /** (max(|truth|, |output|) − common characters as multisets) / |truth|: the CER without reading order. */
  bagCer: number;
  chars: number;
  errors: number;
}

/** CER of page outputs against page truths (same order). */
export function textScore(truths: readonly string[], outputs: readonly string[]): TextScore {
  let chars = 0;
  let errors = 0;
  let bagErrors = 0;
  truths.forEach((t, i) => {
    const truth = cerText(t);
    const output = cerText(outputs[i] ?? '');
    const n = [...truth].length;
    chars += n;
    errors += editDistance(truth, output);
    bagErrors += Math.max(n, [...output].length) - commonChars(truth, output);
  });
  const rate = (e: number) => (chars === 0 ? 0 : Math.round((e / chars) * 10000) / 10000);
  return { cer: rate(errors), bagCer: rate(bagErrors), chars, errors };
}

/** Fields read exactly / fields on the pages, per kind and in all. */
export type FieldScore = Record<keyof PageFields | 'all', { read: number; total: number }>;

export function fieldScore(fields: readonly PageFields[], outputs: readonly string[]): FieldScore {
  const score: FieldScore = { codes: { read: 0, total: 0 }, units: { read: 0, total: 0 }, signers: { read: 0, total: 0 }, numbers: { read: 0, total: 0 }, all: { read: 0, total: 0 } };
  fields.forEach((page, i) => {
    const output = cerText(outputs[i] ?? '');
    for (const kind of ['codes', 'units', 'signers', 'numbers'] as const) {
      // A field printed twice on a page must be read twice: count occurrences, not presence.
      const seen = new Map<string, number>();
      for (const field of page[kind]) {
        const text = cerText(field);
        const k = (seen.get(text) ?? 0) + 1;
        seen.set(text, k);
        const read = output.split(text).length - 1 >= k;
        score[kind].total++;
        score.all.total++;
        if (read) {
          score[kind].read++;
          score.all.read++;
        }
      }
    }
  });
  return score;
}

/** Share of fields read, 0–1. */
export function fieldAccuracy(score: FieldScore): number {
  return score.all.total === 0 ? 1 : Math.round((score.all.read / score.all.total) * 1000) / 1000;
}
