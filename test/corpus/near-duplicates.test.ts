import { describe, expect, it } from 'vitest';
import { bruteForcePairs, nearDuplicates, type TextDoc } from '../../src/corpus/near-duplicates.js';
import { jaccard, normalizeForShingles, shingleSet } from '../../src/corpus/shingles.js';

/** A seeded generator of numbers in [0, 1). */
function random(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return (x >>> 8) / 16777216;
  };
}

/** Chinese-looking prose of about `chars` characters: words of 2–4 ideographs, sentences ended by 。 */
function prose(chars: number, seed: number): string {
  const next = random(seed);
  let out = '';
  while (out.length < chars) {
    const len = 2 + Math.floor(next() * 3);
    for (let i = 0; i < len; i++) out += String.fromCharCode(0x4e00 + Math.floor(next() * 3000));
    if (next() < 0.08) out += '。';
  }
  return out;
}

/** The text with `spans` runs of its characters rewritten, `share` of its length in all (sentences changed by an editor). */
function edited(text: string, share: number, spans: number, seed: number): string {
  const span = Math.round((text.length * share) / spans);
  let out = text;
  for (let s = 0; s < spans; s++) {
    const at = Math.floor(((s + 0.5) * out.length) / spans);
    out = out.slice(0, at) + prose(span, seed * 31 + s).slice(0, span) + out.slice(at + span);
  }
  return out;
}

const doc = (id: string, submission: string, text: string): TextDoc => ({ id, submission, kind: 'agreement', text });

/** The exact Jaccard of two texts, as the library compares them. */
const exact = (x: string, y: string): number => jaccard(shingleSet(normalizeForShingles(x), 5), shingleSet(normalizeForShingles(y), 5));

describe('nearDuplicates', () => {
  it('pairs identical documents of two submissions with Jaccard 1', () => {
    const text = prose(2000, 1);
    const result = nearDuplicates([doc('s1/agreement', 's1', text), doc('s2/agreement', 's2', text), doc('s3/agreement', 's3', prose(2000, 2))]);
    expect(result.pairs).toEqual([{ a: 's1/agreement', b: 's2/agreement', jaccard: 1 }]);
    expect(result.clusters).toEqual([{ id: 1, docs: ['s1/agreement', 's2/agreement'], minJaccard: 1 }]);
  });

  it('pairs a copy with a few sentences rewritten (8% of its characters) with a Jaccard between 0.8 and 1', () => {
    const text = prose(3000, 3);
    const copy = edited(text, 0.08, 2, 4);
    const [pair] = nearDuplicates([doc('b', 's2', copy), doc('a', 's1', text)]).pairs;
    expect(pair).toEqual({ a: 'a', b: 'b', jaccard: Math.round(exact(text, copy) * 1000) / 1000 });
    expect(pair.jaccard).toBeGreaterThanOrEqual(0.8);
    expect(pair.jaccard).toBeLessThan(1);
  });

  it('leaves unrelated documents unpaired', () => {
    const docs = Array.from({ length: 60 }, (_, i) => doc(`d${i}`, `s${i}`, prose(1500, 100 + i)));
    const result = nearDuplicates(docs);
    expect(result.pairs).toEqual([]);
    expect(result.clusters).toEqual([]);
  });

  it('leaves out pairs of documents of the same submission', () => {
    const text = prose(1500, 5);
    const result = nearDuplicates([doc('s1/agreement', 's1', text), doc('s1/charter', 's1', text), doc('s2/agreement', 's2', text)]);
    expect(result.pairs).toEqual([
      { a: 's1/agreement', b: 's2/agreement', jaccard: 1 },
      { a: 's1/charter', b: 's2/agreement', jaccard: 1 },
    ]);
    expect(result.candidates).toBe(2);
    expect(nearDuplicates([doc('x', 's1', text), doc('y', 's1', text)]).pairs).toEqual([]);
  });

  it('groups copies of copies into clusters, the largest first, with their lowest Jaccard', () => {
    const first = prose(3000, 6);
    const second = edited(first, 0.04, 1, 7);
    const third = edited(second, 0.04, 1, 8);
    const other = prose(3000, 9);
    const docs = [doc('c', 's3', third), doc('a', 's1', first), doc('b', 's2', second), doc('y', 's5', other), doc('x', 's4', other), doc('z', 's6', prose(3000, 10))];
    const { clusters, pairs } = nearDuplicates(docs);
    const low = Math.min(...pairs.filter((p) => p.a !== 'x').map((p) => p.jaccard));
    expect(clusters).toEqual([
      { id: 1, docs: ['a', 'b', 'c'], minJaccard: low },
      { id: 2, docs: ['x', 'y'], minJaccard: 1 },
    ]);
    expect(low).toBeLessThan(1);
  });

  it('compares normalised text: width, line breaks, punctuation and checkbox glyphs do not matter', () => {
    const text = '联盟经费由成员单位共同筹集，实行预算管理、专款专用。☑有 □无 第12条';
    const variant = '联盟经费由成员单位共同筹集\n实行预算管理 专款专用．■有□无　第１２条';
    expect(nearDuplicates([doc('a', 's1', text), doc('b', 's2', variant)]).pairs).toEqual([{ a: 'a', b: 'b', jaccard: 1 }]);
  });

  it('never pairs documents without text to compare', () => {
    const result = nearDuplicates([doc('a', 's1', ''), doc('b', 's2', ''), doc('c', 's3', '。，  \n'), doc('d', 's4', '……')]);
    expect(result).toEqual({ pairs: [], clusters: [], candidates: 0 });
  });

  it('keeps pairs down to a lower threshold when asked', () => {
    const text = prose(2000, 11);
    const copy = edited(text, 0.2, 4, 12);
    const similarity = exact(text, copy);
    expect(similarity).toBeGreaterThan(0.5);
    expect(similarity).toBeLessThan(0.8);
    const docs = [doc('a', 's1', text), doc('b', 's2', copy)];
    expect(nearDuplicates(docs).pairs).toEqual([]);
    expect(nearDuplicates(docs, { threshold: 0.5 }).pairs).toEqual([{ a: 'a', b: 'b', jaccard: Math.round(similarity * 1000) / 1000 }]);
  });

  it('finds the same pairs as comparing every two documents, on 300 documents with planted copies (recall 1)', () => {
    const next = random(42);
    const docs: TextDoc[] = [];
    const planted: [string, string][] = [];
    for (let i = 0; i < 240; i++) docs.push(doc(`d${String(i).padStart(3, '0')}`, `s${i}`, prose(800 + Math.floor(next() * 1600), 1000 + i)));
    // 60 copies of earlier documents, from verbatim to a fifth rewritten: some above the threshold, some below.
    for (let i = 0; i < 60; i++) {
      const source = docs[Math.floor(next() * 240)];
      const id = `d${String(240 + i).padStart(3, '0')}`;
      docs.push(doc(id, `s${240 + i}`, edited(source.text, (i % 6) * 0.04, 1 + (i % 3), 2000 + i)));
      planted.push([source.id, id]);
    }
    const lsh = nearDuplicates(docs);
    const brute = bruteForcePairs(docs);
    expect(lsh.pairs).toEqual(brute);
    const above = planted.filter(([a, b]) => exact(docs.find((d) => d.id === a)!.text, docs.find((d) => d.id === b)!.text) >= 0.8);
    expect(above.length).toBeGreaterThan(20);
    expect(above.length).toBeLessThan(60);
    for (const [a, b] of above) expect(lsh.pairs.some((p) => p.a === a && p.b === b)).toBe(true);
    // LSH compared far fewer pairs than the 44,850 a full comparison does.
    expect(lsh.candidates).toBeLessThan(1000);
  });

  it('gives the same result whatever the order of the documents', () => {
    const base = prose(2000, 13);
    const docs = [doc('a', 's1', base), doc('b', 's2', edited(base, 0.05, 1, 14)), doc('c', 's3', prose(2000, 15)), doc('d', 's4', base)];
    expect(nearDuplicates([...docs].reverse())).toEqual(nearDuplicates(docs));
  });

  it('reads the documents a second time for the exact comparisons: a one-pass iterable is refused, not half-read', () => {
    const text = prose(1500, 18);
    const docs = [doc('a', 's1', text), doc('b', 's2', text), doc('c', 's3', text)];
    const onePass = (function* () {
      yield* docs;
    })();
    expect(() => nearDuplicates(onePass)).toThrow('Expected 3 documents on the second reading, got 0');
  });

  it('refuses documents given in another order the second time', () => {
    const text = prose(1500, 19);
    const docs = [doc('a', 's1', text), doc('b', 's2', text)];
    let pass = 0;
    const shifting = { *[Symbol.iterator]() { yield* pass++ === 0 ? docs : [...docs].reverse(); } };
    expect(() => nearDuplicates(shifting)).toThrow('Expected the documents in the same order on the second reading, got b at 0 (a the first time)');
  });

  it('holds the shingle sets of a document only until its last candidate partner: many copies of one text, every pair found', () => {
    const text = prose(3000, 20);
    const docs = Array.from({ length: 30 }, (_, i) => doc(`d${String(i).padStart(2, '0')}`, `s${i}`, i % 3 === 0 ? prose(3000, 100 + i) : edited(text, 0.02, 1, 200 + i)));
    expect(nearDuplicates(docs).pairs).toEqual(bruteForcePairs(docs));
    expect(nearDuplicates(docs).pairs.length).toBe((20 * 19) / 2);
  });

  it('rejects repeated document ids and options that cannot work', () => {
    expect(() => nearDuplicates([doc('a', 's1', 'x'), doc('a', 's2', 'y')])).toThrow('Expected unique document ids, got a twice');
    expect(() => nearDuplicates([], { hashes: 128, bands: 30 })).toThrow('Expected bands to divide hashes (128), got 30');
    expect(() => nearDuplicates([], { threshold: 0 })).toThrow('Expected a threshold in (0, 1], got 0');
    expect(() => bruteForcePairs([], { shingle: 0 })).toThrow('Expected shingle to be a whole number of at least 1, got 0');
  });
});

describe('bruteForcePairs', () => {
  it('compares every two documents of different submissions at the threshold', () => {
    const text = prose(1000, 16);
    const docs = [doc('a', 's1', text), doc('b', 's1', text), doc('c', 's2', text), doc('d', 's3', prose(1000, 17))];
    expect(bruteForcePairs(docs)).toEqual([
      { a: 'a', b: 'c', jaccard: 1 },
      { a: 'b', b: 'c', jaccard: 1 },
    ]);
  });
});
