/**
 * Locality-sensitive hashing of MinHash signatures: each signature is cut into `bands` bands of
 * `hashes / bands` rows, and documents whose values agree on every row of some band share that
 * band's bucket. Two documents of Jaccard similarity J share a bucket with probability
 * 1 − (1 − J^rows)^bands.
 *
 * A bucket's key is the band index and a 53-bit hash of the band's row values (two documents
 * with different rows share a key with a chance of about 2⁻⁵³, which at worst adds a candidate
 * that the exact comparison then drops). Buckets are linked lists in typed arrays: memory is a
 * few integers per document and band, however many buckets stay single.
 */

/** Which documents share a bucket, band by band. */
export interface LshBuckets {
  bands: number;
  /** Per slot `doc * bands + band`: the slot of the next document added to the same bucket before it, or -1. */
  previous: Int32Array;
  /** Per slot: the bucket, or -1 for a document left out. */
  bucketOf: Int32Array;
  /** Per bucket: the slot of the last document added. */
  newest: Int32Array;
}

/** murmur3's 32-bit finaliser. */
function mix32(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** A 53-bit key of `rows` values from `start`: two independent 32-bit hashes, 21 bits of one and all 32 of the other. */
function bandKey(signatures: Uint32Array, start: number, rows: number): number {
  let h1 = 0x9747b28c;
  let h2 = 0x5bd1e995;
  for (let i = start; i < start + rows; i++) {
    h1 = mix32(h1 ^ signatures[i]);
    h2 = mix32(Math.imul(h2, 31) ^ signatures[i]);
  }
  return (h1 >>> 11) * 0x100000000 + h2;
}

/**
 * Buckets `count` signatures of `hashes` values each, stored one after the other in `signatures`;
 * documents for which `skip` is true are left out.
 */
export function lshBuckets(signatures: Uint32Array, count: number, hashes: number, bands: number, skip: (doc: number) => boolean): LshBuckets {
  const rows = hashes / bands;
  const previous = new Int32Array(count * bands).fill(-1);
  const bucketOf = new Int32Array(count * bands).fill(-1);
  let newest = new Int32Array(Math.max(16, count));
  let buckets = 0;
  for (let band = 0; band < bands; band++) {
    const ids = new Map<number, number>();
    for (let doc = 0; doc < count; doc++) {
      if (skip(doc)) continue;
      const slot = doc * bands + band;
      const key = bandKey(signatures, doc * hashes + band * rows, rows);
      let id = ids.get(key);
      if (id === undefined) {
        id = buckets++;
        ids.set(key, id);
        if (id >= newest.length) {
          const grown = new Int32Array(newest.length * 2);
          grown.set(newest);
          newest = grown;
        }
      } else previous[slot] = newest[id];
      newest[id] = slot;
      bucketOf[slot] = id;
    }
  }
  return { bands, previous, bucketOf, newest };
}

/**
 * Calls `visit(other)` once for every document `other > doc` that shares at least one bucket
 * with `doc`. `seen` (one slot per document, never holding `doc` before the call) keeps repeats out.
 */
export function forEachBucketMate(buckets: LshBuckets, doc: number, seen: Int32Array, visit: (other: number) => void): void {
  const { bands, previous, bucketOf, newest } = buckets;
  for (let band = 0; band < bands; band++) {
    const own = doc * bands + band;
    const id = bucketOf[own];
    if (id < 0) continue;
    // Documents are added in order, so the ones after `doc` come first on the list, down to `doc` itself.
    for (let slot = newest[id]; slot !== own; slot = previous[slot]) {
      const other = (slot - band) / bands;
      if (seen[other] === doc) continue;
      seen[other] = doc;
      visit(other);
    }
  }
}
