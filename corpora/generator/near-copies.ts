/**
 * Planted near-duplicates of the large corpus: pairs of alliance submissions where the later one
 * (the copy) took the earlier one's (the source's) agreement text, put its own alliance and unit
 * names in and rewrote a few sentences. The two agreements then share everything but the names,
 * the member and signature tables and those sentences (Jaccard of 5-character shingles about
 * 0.85–0.9), while two agreements of unrelated submissions share only the sample's clauses.
 */
import { drawSentence, type Prose, type ProseWords } from './alliance-prose.js';
import type { AgreementProse } from './corpus-prose-docs.js';
import type { CorpusEntry } from './corpus-cases.js';
import { SeededRandom } from './seeded-random.js';

/** Sentences of the copied prose that the copy rewrites. */
export const REWRITTEN_SENTENCES = 2;

/** A planted pair, by submission index. */
export interface PlantedIndexes {
  source: number;
  copy: number;
}

/**
 * `pairs` pairs of different plantable submissions, each submission in at most one pair, the
 * source before the copy; sorted by copy. An error when there are too few plantable submissions.
 */
export function plantPairs(seed: string, entries: readonly CorpusEntry[], pairs: number): PlantedIndexes[] {
  const plantable = entries.filter((e) => e.plantable).map((e) => e.index);
  if (2 * pairs > plantable.length) throw new Error(`Expected at most ${Math.floor(plantable.length / 2)} near-duplicate pairs for ${entries.length} submissions, got ${pairs}`);
  const chosen = new SeededRandom(`${seed}:planted`).sample(plantable, 2 * pairs);
  const out: PlantedIndexes[] = [];
  for (let i = 0; i < chosen.length; i += 2) out.push({ source: Math.min(chosen[i], chosen[i + 1]), copy: Math.max(chosen[i], chosen[i + 1]) });
  return out.sort((a, b) => a.copy - b.copy);
}

/** The source's agreement prose with REWRITTEN_SENTENCES sentences written anew in the copy's words. */
export function copiedProse(source: AgreementProse, copyWords: ProseWords, rnd: SeededRandom): AgreementProse {
  const copy = { preamble: source.preamble.map((p) => [...p]), purpose: source.purpose.map((p) => [...p]) };
  const places: [Prose, number, number][] = [];
  for (const prose of [copy.preamble, copy.purpose]) prose.forEach((p, i) => p.forEach((_, j) => places.push([prose, i, j])));
  for (const [prose, i, j] of rnd.sample(places, REWRITTEN_SENTENCES)) prose[i][j] = drawSentence(copyWords, rnd);
  return copy;
}
