import { describe, expect, it } from 'vitest';
import { ctcDecode } from '../../../../extractors/ocr/paddle/ctc.js';

/** Dictionary of the test: classes 1–3; class 4 is past it (a space); class 0 is the blank. */
const CHARACTERS = ['甲', '乙', '丙'];
const CLASSES = CHARACTERS.length + 2;

/** Probabilities of time steps, each row given as the winning class and its probability (the rest share the remainder). */
function probs(rows: [number, number][]): Float32Array {
  const out = new Float32Array(rows.length * CLASSES);
  rows.forEach(([k, p], t) => {
    for (let c = 0; c < CLASSES; c++) out[t * CLASSES + c] = c === k ? p : (1 - p) / (CLASSES - 1);
  });
  return out;
}

const decode = (rows: [number, number][]) => ctcDecode(probs(rows), rows.length, CLASSES, CHARACTERS);

describe('ctcDecode', () => {
  it('collapses a run of one class into one character spanning its steps', () => {
    expect(
      decode([
        [1, 0.9],
        [1, 0.8],
        [1, 0.7],
      ]).map((c) => [c.text, c.from, c.to]),
    ).toEqual([['甲', 0, 2]]);
  });

  it('keeps a doubled character when a blank separates the two runs', () => {
    const out = decode([
      [2, 0.9],
      [0, 0.9],
      [2, 0.8],
    ]);
    expect(out.map((c) => c.text).join('')).toBe('乙乙');
    expect(out.map((c) => [c.from, c.to])).toEqual([
      [0, 0],
      [2, 2],
    ]);
  });

  it('reads adjacent different classes as two characters without a blank between them', () => {
    expect(
      decode([
        [1, 0.9],
        [3, 0.9],
      ]).map((c) => c.text),
    ).toEqual(['甲', '丙']);
  });

  it('reads a class past the dictionary as a space', () => {
    expect(
      decode([
        [1, 0.9],
        [4, 0.9],
        [3, 0.9],
      ]).map((c) => c.text),
    ).toEqual(['甲', ' ', '丙']);
  });

  it('gives a character the highest probability over its run', () => {
    const [c] = decode([
      [3, 0.5],
      [3, 0.95],
      [3, 0.6],
    ]);
    expect(c.confidence).toBeCloseTo(0.95, 5);
  });

  it('reports from/to steps of each character, blanks left out', () => {
    const out = decode([
      [0, 0.9],
      [0, 0.9],
      [1, 0.9],
      [1, 0.9],
      [0, 0.9],
      [2, 0.9],
      [2, 0.9],
      [2, 0.9],
      [0, 0.9],
    ]);
    expect(out.map((c) => ({ text: c.text, from: c.from, to: c.to }))).toEqual([
      { text: '甲', from: 2, to: 3 },
      { text: '乙', from: 5, to: 7 },
    ]);
  });

  it('gives nothing for all-blank output or zero steps', () => {
    expect(
      decode([
        [0, 0.99],
        [0, 0.99],
      ]),
    ).toEqual([]);
    expect(ctcDecode(new Float32Array(0), 0, CLASSES, CHARACTERS)).toEqual([]);
  });
});
