/**
 * A large generated batch for corpus research (`generate.ts --count N --out <dir> [--seed S]
 * [--near-duplicates K]`): N submissions varied from the sample cases (corpus-cases.ts), each in
 * `<dir>/<id>/` with its documents, expected.json and, where its case has one, submission.json,
 * plus `<dir>/.planted-near-duplicates.json` (a hidden file: the checker skips it, so the folder stays a batch):
 *
 *   { "seed", "count", "shingle": 5, "pairs": [{ "source", "copy", "sourceFile", "copyFile", "jaccard" }] }
 *
 * one entry per planted pair (near-copies.ts): submission ids, the agreement files as
 * `<id>/<file>`, and the Jaccard similarity of the two agreements' text as written (5-character
 * shingles of the normalised text, 3 decimals). Everything follows from the seed; submissions are
 * built and written one at a time, so memory does not grow with N.
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { jaccard, normalizeForShingles, shingleSet } from '../../src/corpus/shingles.js';
import { allianceProse, corpusEntry, corpusSubmission, randomFor, type CorpusSubmission } from './corpus-cases.js';
import { specText } from './corpus-prose-docs.js';
import { copiedProse, plantPairs } from './near-copies.js';
import { writePlan } from './submissions.js';

export interface LargeCorpusOptions {
  /** Submissions to write (at least 1). */
  count: number;
  /** Folder to write into: new or empty. */
  out: string;
  /** Seed of every choice (default '1'). */
  seed?: string;
  /** Planted near-duplicate pairs (default 0). */
  nearDuplicates?: number;
  /** Called after each submission written, with how many are written. */
  onProgress?: (written: number) => void;
}

/** A planted pair as .planted-near-duplicates.json lists it. */
export interface PlantedPair {
  source: string;
  copy: string;
  /** `<source id>/<agreement file>`. */
  sourceFile: string;
  copyFile: string;
  /** Jaccard similarity (0–1, 3 decimals) of the two agreements' normalised text, 5-character shingles. */
  jaccard: number;
}

export const PLANTED_FILE = '.planted-near-duplicates.json';
const SHINGLE = 5;

async function checkOut(out: string): Promise<void> {
  const entries = await readdir(out).catch((e: NodeJS.ErrnoException) => (e.code === 'ENOENT' ? [] : Promise.reject(e)));
  if (entries.length > 0) throw new Error(`Expected a new or empty folder to write the corpus into, got ${out} with ${entries.length} entries`);
  await mkdir(out, { recursive: true });
}

/** The agreement's text of a built submission. */
function agreementText(s: CorpusSubmission): string {
  const doc = s.plan.docs.find((d) => `${d.name}.${d.format}` === s.agreement?.file);
  if (!doc) throw new Error(`Expected an agreement in ${s.entry.id}, got none`);
  return specText(doc.spec);
}

export async function writeLargeCorpus(options: LargeCorpusOptions): Promise<{ submissions: number; planted: PlantedPair[] }> {
  const { count, out, seed = '1', nearDuplicates = 0, onProgress } = options;
  if (!Number.isInteger(count) || count < 1) throw new Error(`Expected a whole number of submissions of at least 1, got ${count}`);
  if (!Number.isInteger(nearDuplicates) || nearDuplicates < 0) throw new Error(`Expected a whole number of near-duplicate pairs, got ${nearDuplicates}`);
  const entries = Array.from({ length: count }, (_, i) => corpusEntry(seed, i, count));
  const pairs = plantPairs(seed, entries, nearDuplicates);
  const sourceOf = new Map(pairs.map((p) => [p.copy, p.source]));
  await checkOut(out);
  const planted: PlantedPair[] = [];
  for (const entry of entries) {
    const source = sourceOf.get(entry.index);
    if (source === undefined) {
      await writePlan(out, corpusSubmission(seed, entry).plan);
    } else {
      const original = entries[source];
      const copied = allianceProse(seed, original).agreement;
      const copy = corpusSubmission(seed, entry, (own) => copiedProse(copied, own, randomFor(seed, entry.index, 'copy')));
      const from = corpusSubmission(seed, original);
      const similarity = jaccard(shingleSet(normalizeForShingles(agreementText(from)), SHINGLE), shingleSet(normalizeForShingles(agreementText(copy)), SHINGLE));
      planted.push({ source: original.id, copy: entry.id, sourceFile: `${original.id}/${from.agreement!.file}`, copyFile: `${entry.id}/${copy.agreement!.file}`, jaccard: Math.round(similarity * 1000) / 1000 });
      await writePlan(out, copy.plan);
    }
    onProgress?.(entry.index + 1);
  }
  await writeFile(path.join(out, PLANTED_FILE), `${JSON.stringify({ seed, count, shingle: SHINGLE, pairs: planted }, null, 2)}\n`);
  return { submissions: count, planted };
}
