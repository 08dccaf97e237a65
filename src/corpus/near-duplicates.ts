/**
 * Near-duplicate documents of a corpus: which filings are copies of each other. Documents are
 * compared as sets of character shingles of their normalised text (shingles.ts); MinHash
 * signatures (minhash.ts) and LSH buckets (near-duplicates-lsh.ts) find candidate pairs without
 * comparing every two documents, and every pair reported is verified with its exact Jaccard
 * similarity. Pairs within one submission are left out: a submission's own documents repeating
 * each other are no copying.
 */
import { clustersOf, type NearDuplicateCluster } from './near-duplicates-clusters.js';
import { forEachBucketMate, lshBuckets } from './near-duplicates-lsh.js';
import { createMinHasher, sharedValues } from './minhash.js';
import { jaccard, normalizeForShingles, shingleHashes, shingleSet } from './shingles.js';

export type { NearDuplicateCluster } from './near-duplicates-clusters.js';

/** One document of the corpus. */
export interface TextDoc {
  /** Unique over the corpus. */
  id: string;
  /** The submission the document belongs to. */
  submission: string;
  /** Document kind (agreement, charter, …); not used in the comparison. */
  kind: string;
  /** The document's plain text, as read. */
  text: string;
}

/** Two near-duplicate documents. */
export interface NearDuplicatePair {
  /** The smaller document id (UTF-16 code unit order). */
  a: string;
  /** The larger document id. */
  b: string;
  /** Exact Jaccard similarity (0–1) of the two shingle sets, rounded to 3 decimals. */
  jaccard: number;
}

export interface NearDuplicateOptions {
  /** Lowest exact Jaccard similarity (0–1) of a pair kept. Default 0.8. */
  threshold?: number;
  /** Shingle length in characters (UTF-16 code units of the normalised text). Default 5. */
  shingle?: number;
  /** MinHash signature length. Default 128. */
  hashes?: number;
  /** LSH bands; must divide `hashes`. Default 32 (4 rows each). */
  bands?: number;
  /** Seed of the hash functions (any 32-bit integer). Default 1. */
  seed?: number;
}

export interface NearDuplicateResult {
  /** Pairs at or above the threshold, sorted by a, then b. */
  pairs: NearDuplicatePair[];
  /** Connected components of the pairs. */
  clusters: NearDuplicateCluster[];
  /** Distinct pairs of documents of different submissions that shared an LSH bucket. */
  candidates: number;
}

/** Options with their defaults, checked. */
function resolve(options: NearDuplicateOptions = {}): Required<NearDuplicateOptions> {
  const o = { threshold: 0.8, shingle: 5, hashes: 128, bands: 32, seed: 1, ...options };
  if (!(o.threshold > 0 && o.threshold <= 1)) throw new Error(`Expected a threshold in (0, 1], got ${o.threshold}`);
  for (const name of ['shingle', 'hashes', 'bands'] as const) {
    if (!Number.isInteger(o[name]) || o[name] < 1) throw new Error(`Expected ${name} to be a whole number of at least 1, got ${o[name]}`);
  }
  if (o.hashes % o.bands !== 0) throw new Error(`Expected bands to divide hashes (${o.hashes}), got ${o.bands}`);
  if (!Number.isInteger(o.seed)) throw new Error(`Expected a whole-number seed, got ${o.seed}`);
  return o;
}

/** Documents with their normalised text, ids checked unique (for brute force, which holds them all). */
function collect(docs: Iterable<TextDoc>): { ids: string[]; submissions: string[]; texts: string[] } {
  const ids: string[] = [];
  const submissions: string[] = [];
  const texts: string[] = [];
  const seen = new Set<string>();
  for (const doc of docs) {
    if (seen.has(doc.id)) throw new Error(`Expected unique document ids, got ${doc.id} twice`);
    seen.add(doc.id);
    ids.push(doc.id);
    submissions.push(doc.submission);
    texts.push(normalizeForShingles(doc.text));
  }
  return { ids, submissions, texts };
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

/** The pair of two documents, ids ordered. */
function pairOf(x: string, y: string, similarity: number): NearDuplicatePair {
  return x < y ? { a: x, b: y, jaccard: round3(similarity) } : { a: y, b: x, jaccard: round3(similarity) };
}

const byIds = (p: NearDuplicatePair, q: NearDuplicatePair): number => (p.a < q.a ? -1 : p.a > q.a ? 1 : p.b < q.b ? -1 : p.b > q.b ? 1 : 0);

/**
 * Fewest signature values two documents of at least 4·hashes shingles must share to be worth an
 * exact comparison: six standard deviations below what a pair at the threshold shares. Pairs
 * below it are at the threshold with a chance under one in a hundred million.
 */
function leastShared(hashes: number, threshold: number): number {
  return Math.max(0, Math.floor(hashes * threshold - 6 * Math.sqrt(hashes * threshold * (1 - threshold)) - 1));
}

/** What the first pass keeps of the documents: ids, submissions, shingle counts and MinHash signatures, no text. */
interface Signed {
  ids: string[];
  submissions: string[];
  shingleCounts: number[];
  signatures: Uint32Array;
}

function sign(docs: Iterable<TextDoc>, o: Required<NearDuplicateOptions>): Signed {
  const hasher = createMinHasher(o.hashes, o.seed);
  const ids: string[] = [];
  const submissions: string[] = [];
  const shingleCounts: number[] = [];
  const unique = new Set<string>();
  let signatures = new Uint32Array(64 * o.hashes);
  for (const doc of docs) {
    if (unique.has(doc.id)) throw new Error(`Expected unique document ids, got ${doc.id} twice`);
    unique.add(doc.id);
    const at = ids.length;
    if ((at + 1) * o.hashes > signatures.length) {
      const grown = new Uint32Array(signatures.length * 2);
      grown.set(signatures);
      signatures = grown;
    }
    const hashes = shingleHashes(normalizeForShingles(doc.text), o.shingle);
    hasher.sign(hashes, signatures, at * o.hashes);
    ids.push(doc.id);
    submissions.push(doc.submission);
    shingleCounts.push(hashes.length);
  }
  return { ids, submissions, shingleCounts, signatures };
}

/** Candidate pairs worth an exact comparison, grouped by their later document: `earlier(k)` lists the earlier partners of k. */
interface Candidates {
  count: number;
  /** Per document: the latest document it is to be compared with (-1: none). */
  lastPartner: Int32Array;
  earlier(doc: number): Int32Array;
}

function candidatesOf(signed: Signed, o: Required<NearDuplicateOptions>): Candidates {
  const { submissions, shingleCounts, signatures } = signed;
  const n = signed.ids.length;
  const buckets = lshBuckets(signatures, n, o.hashes, o.bands, (doc) => shingleCounts[doc] === 0);
  const floor = leastShared(o.hashes, o.threshold);
  const large = 4 * o.hashes;
  const seen = new Int32Array(n).fill(-1);
  const first: number[] = [];
  const second: number[] = [];
  let count = 0;
  for (let doc = 0; doc < n; doc++) {
    forEachBucketMate(buckets, doc, seen, (other) => {
      if (submissions[other] === submissions[doc]) return;
      count++;
      const estimable = shingleCounts[doc] >= large && shingleCounts[other] >= large;
      if (estimable && sharedValues(signatures, doc * o.hashes, signatures, other * o.hashes, o.hashes) < floor) return;
      first.push(doc);
      second.push(other);
    });
  }
  // Compressed rows by the later document of each pair.
  const offsets = new Int32Array(n + 1);
  for (const later of second) offsets[later + 1]++;
  for (let k = 0; k < n; k++) offsets[k + 1] += offsets[k];
  const partners = new Int32Array(first.length);
  const fill = offsets.slice(0, n);
  const lastPartner = new Int32Array(n).fill(-1);
  for (let i = 0; i < first.length; i++) {
    partners[fill[second[i]]++] = first[i];
    lastPartner[first[i]] = Math.max(lastPartner[first[i]], second[i]);
  }
  return { count, lastPartner, earlier: (doc) => partners.subarray(offsets[doc], offsets[doc + 1]) };
}

/**
 * MinHash + LSH over character shingles of normalised text (NFKC, whitespace and punctuation
 * removed); candidate pairs from LSH bands are verified with the exact Jaccard; pairs of the same
 * submission are left out; clusters = connected components of the kept pairs.
 *
 * `docs` is read twice, in the same order both times (an array, or an object whose iterator starts
 * afresh): first for the signatures, then for the exact comparisons. No text is held: memory is
 * one signature of `hashes` 32-bit values per document, the LSH buckets, the candidate pairs, and
 * the shingle sets of documents waiting for a later candidate partner. Documents whose normalised
 * text is empty are never paired.
 */
export function nearDuplicates(docs: Iterable<TextDoc>, options?: NearDuplicateOptions): NearDuplicateResult {
  const o = resolve(options);
  const signed = sign(docs, o);
  const candidates = candidatesOf(signed, o);
  const { ids, submissions } = signed;
  const held = new Map<number, Uint32Array>();
  const pairs: NearDuplicatePair[] = [];
  let k = 0;
  for (const doc of docs) {
    if (k >= ids.length || doc.id !== ids[k] || doc.submission !== submissions[k]) throw new Error(`Expected the documents in the same order on the second reading, got ${doc.id} at ${k} (${ids[k] ?? 'past the end'} the first time)`);
    const earlier = candidates.earlier(k);
    if (earlier.length > 0 || candidates.lastPartner[k] > k) {
      const set = shingleSet(normalizeForShingles(doc.text), o.shingle);
      for (const i of earlier) {
        const similarity = jaccard(held.get(i)!, set);
        if (similarity >= o.threshold) pairs.push(pairOf(ids[i], ids[k], similarity));
        if (candidates.lastPartner[i] === k) held.delete(i);
      }
      if (candidates.lastPartner[k] > k) held.set(k, set);
    }
    k++;
  }
  if (k !== ids.length) throw new Error(`Expected ${ids.length} documents on the second reading, got ${k}`);
  pairs.sort(byIds);
  return { pairs, clusters: clustersOf(pairs), candidates: candidates.count };
}

/** The same pairs by comparing every two documents (for the benchmark and tests). */
export function bruteForcePairs(docs: readonly TextDoc[], options?: NearDuplicateOptions): NearDuplicatePair[] {
  const o = resolve(options);
  const { ids, submissions, texts } = collect(docs);
  const sets = texts.map((text) => shingleSet(text, o.shingle));
  const pairs: NearDuplicatePair[] = [];
  for (let i = 0; i < sets.length; i++) {
    for (let j = i + 1; j < sets.length; j++) {
      if (submissions[i] === submissions[j] || sets[i].length === 0 || sets[j].length === 0) continue;
      const similarity = jaccard(sets[i], sets[j]);
      if (similarity >= o.threshold) pairs.push(pairOf(ids[i], ids[j], similarity));
    }
  }
  return pairs.sort(byIds);
}
