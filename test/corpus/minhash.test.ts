import { describe, expect, it } from 'vitest';
import { createMinHasher, EMPTY_VALUE, sharedValues, universalHash } from '../../src/corpus/minhash.js';

const PRIME = 2147483647n;

/** Distinct 32-bit values from a seeded generator. */
function values(count: number, seed: number): number[] {
  const out = new Set<number>();
  let x = seed;
  while (out.size < count) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out.add(Math.imul(x ^ (x >>> 15), 0x2c1b3c6d) >>> 0);
  }
  return [...out];
}

/** Two sets of `size` values sharing `shared` of them (Jaccard shared / (2·size − shared)). */
function overlapping(size: number, shared: number, seed: number): [Uint32Array, Uint32Array] {
  const pool = values(2 * size - shared, seed);
  return [Uint32Array.from(pool.slice(0, size)), Uint32Array.from(pool.slice(size - shared))];
}

function signature(hashes: number, seed: number, shingles: Uint32Array): Uint32Array {
  const out = new Uint32Array(hashes);
  createMinHasher(hashes, seed).sign(shingles, out);
  return out;
}

describe('universalHash', () => {
  it('computes (a·x + b) mod (2³¹ − 1) exactly for 32-bit x, as BigInt arithmetic does', () => {
    const as = [1, 2, 65535, 65536, 123456789, 2147483646];
    const xs = [0, 1, 65535, 65536, 2147483646, 2147483647, 2147483648, 4294967295, ...values(50, 9)];
    for (const a of as) {
      for (const x of xs) {
        const b = (a * 7919) % 2147483647;
        expect(universalHash(a, b, x)).toBe(Number((BigInt(a) * BigInt(x) + BigInt(b)) % PRIME));
      }
    }
  });
});

describe('createMinHasher', () => {
  it('gives equal sets equal signatures, whatever the order and repeats of their shingles', () => {
    const set = values(300, 1);
    const shuffled = [...set].reverse().concat(set.slice(0, 50));
    expect(signature(64, 7, Uint32Array.from(set))).toEqual(signature(64, 7, Uint32Array.from(shuffled)));
  });

  it('draws other hash functions from another seed', () => {
    const set = Uint32Array.from(values(300, 1));
    expect(signature(64, 7, set)).not.toEqual(signature(64, 8, set));
    expect(signature(64, 7, set)).toEqual(signature(64, 7, set));
  });

  it('agrees on about a Jaccard share of its values for large sets', () => {
    const hashes = 512;
    for (const [shared, jaccard] of [[2000, 1], [1500, 0.6], [667, 0.2], [0, 0]] as const) {
      const [a, b] = overlapping(2000, shared, shared + 3);
      const estimate = sharedValues(signature(hashes, 1, a), 0, signature(hashes, 1, b), 0, hashes) / hashes;
      expect(Math.abs(estimate - jaccard)).toBeLessThan(0.07);
    }
  });

  it('fills every value of a set smaller than the signature (densification), still estimating its Jaccard', () => {
    const hashes = 128;
    const [a, b] = overlapping(40, 30, 5); // Jaccard 30 / 50 = 0.6
    const sa = signature(hashes, 3, a);
    expect([...sa].every((v) => v !== EMPTY_VALUE)).toBe(true);
    let total = 0;
    for (let seed = 1; seed <= 40; seed++) total += sharedValues(signature(hashes, seed, a), 0, signature(hashes, seed, b), 0, hashes) / hashes;
    expect(Math.abs(total / 40 - 0.6)).toBeLessThan(0.05);
  });

  it('writes EMPTY_VALUE throughout for a set without shingles, at the offset asked', () => {
    const out = new Uint32Array(24).fill(5);
    createMinHasher(8, 1).sign(new Uint32Array(0), out, 8);
    expect([...out.subarray(0, 8)].every((v) => v === 5)).toBe(true);
    expect([...out.subarray(8, 16)].every((v) => v === EMPTY_VALUE)).toBe(true);
    expect([...out.subarray(16)].every((v) => v === 5)).toBe(true);
  });

  it('rejects a signature length below 1', () => {
    expect(() => createMinHasher(0, 1)).toThrow('Expected a whole number of hashes of at least 1, got 0');
  });
});
