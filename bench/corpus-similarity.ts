/**
 * Near-duplicate figures of one corpus run: recall and precision of the generator's planted pairs
 * in the product's `near_duplicates` table, and the time of MinHash + LSH against brute-force
 * pairwise Jaccard over the same kept texts, timed one after the other in this process.
 *
 * Brute force compares every two documents (n·(n−1)/2 exact Jaccards). When that is more than
 * `maxBruteForcePairs`, it runs over an evenly spread sample of the documents and its time over the
 * whole corpus is its measured time per pair times the corpus's pairs (said so in the figures).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PLANTED_FILE, type PlantedPair } from '../corpora/generator/large-corpus.js';
import { withDuckDb } from '../src/corpus/duckdb.js';
import { bruteForcePairs, nearDuplicates, type NearDuplicatePair, type TextDoc } from '../src/corpus/near-duplicates.js';
import { NEAR_DUPLICATE_THRESHOLD } from '../src/corpus/similarity.js';
import { CorpusState } from '../src/corpus/state.js';

export interface PlantedFigures {
  /** Pairs the generator planted. */
  pairs: number;
  /** Of them, in near_duplicates. */
  found: number;
  recall: number;
  /** Rows of near_duplicates pairing two agreements (what the planted pairs are). */
  agreementPairs: number;
  /** Planted pairs found over agreement pairs reported (1 when none are reported). */
  precision: number;
  /** Lowest Jaccard of a planted pair as the generator wrote it (null when none is planted). */
  lowestPlantedJaccard: number | null;
}

export interface BruteForceFigures {
  /** Documents brute force compared, and whether that was all of them. */
  documents: number;
  exhaustive: boolean;
  /** Pairs compared and the time it took. */
  pairsCompared: number;
  ms: number;
  microsPerPair: number;
  /** MinHash + LSH over the same documents, and the share of brute force's pairs it found. */
  lshMsSameDocuments: number;
  lshRecallOfExactPairs: number;
  exactPairs: number;
  /** Brute force over the whole corpus: measured when exhaustive, else microsPerPair × its pairs. */
  corpusMs: number;
  corpusPairs: number;
}

export interface SimilarityFigures {
  /** Kept texts (agreements, charters, feasibility reports, goal statements). */
  documents: number;
  /** MinHash + LSH with exact verification over all of them, in this process. */
  lshMs: number;
  lshPairs: number;
  planted: PlantedFigures;
  bruteForce: BruteForceFigures;
  /** Brute force's corpus time over LSH's. */
  speedup: number;
}

const round = (x: number, digits = 3): number => Math.round(x * 10 ** digits) / 10 ** digits;
const key = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/** The texts a corpus run kept, from its output folder's state, in id order. */
async function keptTexts(out: string): Promise<TextDoc[]> {
  const state = await CorpusState.open(out);
  const docs: TextDoc[] = [];
  for (const [id, stateKey] of [...(await state.done())].sort(([a], [b]) => (a < b ? -1 : 1))) {
    for (const t of state.textsSync(id, stateKey)) docs.push({ id: t.doc, submission: t.submission, kind: t.kind, text: t.text });
  }
  return docs;
}

async function plantedFigures(corpus: string, out: string): Promise<PlantedFigures> {
  const planted = (JSON.parse(await readFile(path.join(corpus, PLANTED_FILE), 'utf8')) as { pairs: PlantedPair[] }).pairs;
  const rows = await withDuckDb(path.join(out, 'corpus.duckdb'), (db) => db.all(`SELECT doc_a, doc_b FROM near_duplicates WHERE kind_a = 'agreement' AND kind_b = 'agreement'`));
  const reported = new Set(rows.map((r) => key(String(r.doc_a), String(r.doc_b))));
  const found = planted.filter((p) => reported.has(key(p.sourceFile, p.copyFile))).length;
  return {
    pairs: planted.length,
    found,
    recall: planted.length ? round(found / planted.length) : 1,
    agreementPairs: reported.size,
    precision: reported.size ? round(found / reported.size) : 1,
    lowestPlantedJaccard: planted.length ? Math.min(...planted.map((p) => p.jaccard)) : null,
  };
}

/** `count` documents spread evenly over the list (all of them when count ≥ its length). */
function spread<T>(list: readonly T[], count: number): T[] {
  if (count >= list.length) return [...list];
  return Array.from({ length: count }, (_, i) => list[Math.floor((i * list.length) / count)]);
}

function timed<T>(fn: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = fn();
  return { value, ms: performance.now() - started };
}

const pairsOf = (n: number): number => (n * (n - 1)) / 2;

function bruteForceFigures(docs: readonly TextDoc[], maxPairs: number): BruteForceFigures {
  const measuredCount = pairsOf(docs.length) <= maxPairs ? docs.length : Math.floor((1 + Math.sqrt(1 + 8 * maxPairs)) / 2);
  const measured = spread(docs, measuredCount);
  const exact = timed(() => bruteForcePairs(measured, { threshold: NEAR_DUPLICATE_THRESHOLD }));
  const lsh = timed(() => nearDuplicates(measured, { threshold: NEAR_DUPLICATE_THRESHOLD }));
  const lshFound = new Set(lsh.value.pairs.map((p: NearDuplicatePair) => key(p.a, p.b)));
  const exhaustive = measured.length === docs.length;
  const microsPerPair = (exact.ms * 1000) / Math.max(1, pairsOf(measured.length));
  return {
    documents: measured.length,
    exhaustive,
    pairsCompared: pairsOf(measured.length),
    ms: Math.round(exact.ms),
    microsPerPair: round(microsPerPair, 2),
    lshMsSameDocuments: Math.round(lsh.ms),
    lshRecallOfExactPairs: exact.value.length ? round(exact.value.filter((p) => lshFound.has(key(p.a, p.b))).length / exact.value.length) : 1,
    exactPairs: exact.value.length,
    corpusMs: Math.round(exhaustive ? exact.ms : (microsPerPair * pairsOf(docs.length)) / 1000),
    corpusPairs: pairsOf(docs.length),
  };
}

/** The near-duplicate figures of a corpus generated with planted pairs and of the output folder of its run. */
export async function similarityFigures(corpus: string, out: string, maxBruteForcePairs: number): Promise<SimilarityFigures> {
  const docs = await keptTexts(out);
  const planted = await plantedFigures(corpus, out);
  const lsh = timed(() => nearDuplicates(docs, { threshold: NEAR_DUPLICATE_THRESHOLD }));
  const bruteForce = bruteForceFigures(docs, maxBruteForcePairs);
  return {
    documents: docs.length,
    lshMs: Math.round(lsh.ms),
    lshPairs: lsh.value.pairs.length,
    planted,
    bruteForce,
    speedup: round(bruteForce.corpusMs / Math.max(1, lsh.ms), 1),
  };
}
