/**
 * MinHash signatures of shingle sets, by one-permutation hashing (Li, Owen & Zhang 2012) with
 * optimal densification (Shrivastava 2017): each shingle is hashed once by a universal hash
 * (a·x + b) mod p, p = 2³¹ − 1, with a and b drawn from the seed; the hash range is cut into
 * `hashes` equal bins, each keeping the smallest hash that falls into it, and an empty bin takes
 * the value of the first filled bin on a probe sequence that depends only on the bin and the seed.
 * Two sets agree on a signature value with probability equal to their Jaccard similarity, as with
 * `hashes` independent hash functions, at the cost of one hash per shingle instead of `hashes`.
 */

/** The modulus of the universal hash: the Mersenne prime 2³¹ − 1. */
const PRIME = 2147483647;
const TWO_31 = 2147483648;
/** Signature value of a set without shingles (no hash reaches it). */
export const EMPTY_VALUE = 0xffffffff;

/** Computes signatures of one length and seed. */
export interface MinHasher {
  /** Values per signature. */
  readonly hashes: number;
  /**
   * Writes the signature of a set of shingle hashes (repeats do not matter) into
   * `out[offset … offset + hashes)`; a set without shingles gets EMPTY_VALUE everywhere.
   */
  sign(shingles: Uint32Array, out: Uint32Array, offset?: number): void;
}

/** A deterministic 32-bit generator (mulberry32) for the hash parameters. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/** murmur3's 32-bit finaliser. */
function mix32(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** (a·x + b) mod PRIME for 0 < a < PRIME, 0 ≤ b < PRIME and any 32-bit x, exact in doubles (every product stays below 2⁵³). */
export function universalHash(a: number, b: number, x: number): number {
  let v = (x & 0x7fffffff) + (x >>> 31); // 2³¹ ≡ 1 (mod PRIME)
  if (v >= PRIME) v -= PRIME;
  let high = a * (v >>> 16);
  let q = Math.floor(high / TWO_31);
  high = high - q * TWO_31 + q;
  let sum = high * 65536 + a * (v & 0xffff) + b;
  q = Math.floor(sum / TWO_31);
  sum = sum - q * TWO_31 + q;
  return sum >= PRIME ? sum - PRIME : sum;
}

export function createMinHasher(hashes: number, seed: number): MinHasher {
  if (!Number.isInteger(hashes) || hashes < 1) throw new Error(`Expected a whole number of hashes of at least 1, got ${hashes}`);
  const next = generator(seed);
  const a = 1 + (next() % (PRIME - 1));
  const b = next() % PRIME;
  const probeSeed = next();
  const bins = new Uint32Array(hashes);
  const probe = (bin: number, attempt: number): number => mix32(probeSeed ^ Math.imul(bin + 1, 0x9e3779b1) ^ Math.imul(attempt, 0x85ebca6b)) % hashes;
  return {
    hashes,
    sign(shingles, out, offset = 0) {
      bins.fill(EMPTY_VALUE);
      for (let i = 0; i < shingles.length; i++) {
        const h = universalHash(a, b, shingles[i]);
        const bin = Math.floor((h * hashes) / PRIME);
        if (h < bins[bin]) bins[bin] = h;
      }
      for (let bin = 0; bin < hashes; bin++) {
        let value = bins[bin];
        if (value === EMPTY_VALUE && shingles.length > 0) {
          // Optimal densification: probe bins in an order fixed by (bin, seed) until one is filled.
          for (let attempt = 1; value === EMPTY_VALUE && attempt <= 8 * hashes; attempt++) value = bins[probe(bin, attempt)];
          // Only a set with very few filled bins gets here: take the next filled bin round the ring.
          for (let step = 1; value === EMPTY_VALUE; step++) value = bins[(bin + step) % hashes];
        }
        out[offset + bin] = value;
      }
    },
  };
}

/** How many of `length` values two signatures share (from `offsetA` in `a`, `offsetB` in `b`). */
export function sharedValues(a: Uint32Array, offsetA: number, b: Uint32Array, offsetB: number, length: number): number {
  let shared = 0;
  for (let i = 0; i < length; i++) if (a[offsetA + i] === b[offsetB + i]) shared++;
  return shared;
}
