import { describe, expect, it } from 'vitest';
import { dbBoxes } from '../../../../extractors/ocr/paddle/db-boxes.js';

const W = 60;
const H = 40;

/** A probability map with rectangles [x0, y0, x1, y1) (exclusive ends) filled with a probability. */
function map(blobs: { rect: [number, number, number, number]; p: number }[]): Float32Array {
  const out = new Float32Array(W * H);
  for (const { rect, p } of blobs) for (let y = rect[1]; y < rect[3]; y++) for (let x = rect[0]; x < rect[2]; x++) out[y * W + x] = p;
  return out;
}

/** How much DB grows a w × h region: area × 1.5 / perimeter. */
const grow = (w: number, h: number) => (w * h * 1.5) / (2 * (w + h));

function expectBox(actual: number[], expected: number[]): void {
  expect(actual).toHaveLength(4);
  actual.forEach((v, i) => expect(v).toBeCloseTo(expected[i], 5));
}

describe('dbBoxes', () => {
  it('gives one box per separate high-probability blob, top to bottom, grown by area × 1.5 / perimeter', () => {
    // The lower blob is written first and starts further left: order comes from the boxes, not the map.
    const out = dbBoxes(
      map([
        { rect: [10, 24, 40, 30], p: 0.9 },
        { rect: [20, 6, 30, 10], p: 0.8 },
      ]),
      W,
      H,
    );
    expect(out).toHaveLength(2);
    const g1 = grow(10, 4);
    const g2 = grow(30, 6);
    expectBox(out[0].box, [20 - g1, 6 - g1, 30 + g1, 10 + g1]);
    expectBox(out[1].box, [10 - g2, 24 - g2, 40 + g2, 30 + g2]);
    expect(out[0].score).toBeCloseTo(0.8, 5);
    expect(out[1].score).toBeCloseTo(0.9, 5);
  });

  it('clips grown boxes to the map', () => {
    const [b] = dbBoxes(map([{ rect: [0, 0, 20, 8], p: 0.9 }]), W, H);
    const g = grow(20, 8);
    expectBox(b.box, [0, 0, 20 + g, 8 + g]);
  });

  it('drops a blob above the pixel threshold whose mean probability is below boxThreshold', () => {
    const out = dbBoxes(
      map([
        { rect: [5, 5, 25, 12], p: 0.5 },
        { rect: [5, 25, 25, 32], p: 0.9 },
      ]),
      W,
      H,
    );
    expect(out).toHaveLength(1);
    expect(out[0].box[1]).toBeGreaterThan(20);
    // The same weak blob is kept with a lower box threshold.
    expect(dbBoxes(map([{ rect: [5, 5, 25, 12], p: 0.5 }]), W, H, { boxThreshold: 0.4 })).toHaveLength(1);
  });

  it('ignores pixels below the binary threshold', () => {
    expect(dbBoxes(map([{ rect: [5, 5, 25, 12], p: 0.25 }]), W, H, { boxThreshold: 0 })).toEqual([]);
    expect(dbBoxes(map([{ rect: [5, 5, 25, 12], p: 0.25 }]), W, H, { threshold: 0.2, boxThreshold: 0 })).toHaveLength(1);
  });

  it('drops a blob one pixel thin', () => {
    expect(dbBoxes(map([{ rect: [5, 10, 45, 11], p: 0.95 }]), W, H)).toEqual([]);
    expect(dbBoxes(map([{ rect: [30, 2, 31, 30], p: 0.95 }]), W, H)).toEqual([]);
  });

  it('joins diagonally touching pixels into one region (8-connected)', () => {
    const m = map([
      { rect: [5, 5, 15, 10], p: 0.9 },
      { rect: [15, 10, 25, 15], p: 0.9 },
    ]);
    const out = dbBoxes(m, W, H);
    expect(out).toHaveLength(1);
    const g = grow(20, 10);
    expectBox(out[0].box, [5 - g, 5 - g, 25 + g, 15 + g]);
  });

  it('grows by the given unclip ratio', () => {
    const [b] = dbBoxes(map([{ rect: [20, 15, 40, 25], p: 0.9 }]), W, H, { unclipRatio: 3 });
    const g = (20 * 10 * 3) / (2 * 30);
    expectBox(b.box, [20 - g, 15 - g, 40 + g, 25 + g]);
  });
});
