import { describe, expect, it } from 'vitest';
import { detectionTensor, recognitionTensor, REC_HEIGHT, REC_MAX_WIDTH } from '../../../../extractors/ocr/paddle/tensors.js';
import type { GrayImage } from '../../../../extractors/ocr/pixels.js';

function gray(width: number, height: number, value: (x: number, y: number) => number = () => 255): GrayImage {
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) data[y * width + x] = value(x, y);
  return { width, height, data };
}

describe('recognitionTensor', () => {
  it('is 48 high and keeps the aspect ratio of the box', () => {
    const t = recognitionTensor(gray(400, 100), [0, 0, 100, 20]);
    expect(REC_HEIGHT).toBe(48);
    expect(t.height).toBe(48);
    expect(t.width).toBe(240);
    expect(t.data).toHaveLength(3 * 240 * 48);
  });

  it('is at least 16 and at most REC_MAX_WIDTH wide', () => {
    expect(recognitionTensor(gray(10, 100), [0, 0, 2, 96]).width).toBe(16);
    expect(recognitionTensor(gray(100, 10), [0, 0, 50_000, 10]).width).toBe(REC_MAX_WIDTH);
  });

  it('maps white to 1 and black to -1 on all three planes', () => {
    // Left half black, right half white.
    const t = recognitionTensor(
      gray(96, 48, (x) => (x < 48 ? 0 : 255)),
      [0, 0, 96, 48],
    );
    expect(t.width).toBe(96);
    const plane = t.width * t.height;
    for (const p of [0, 1, 2]) {
      expect(t.data[p * plane + 10 * t.width + 5]).toBeCloseTo(-1, 6);
      expect(t.data[p * plane + 10 * t.width + 90]).toBeCloseTo(1, 6);
    }
  });

  it('counts the outside of the image as white paper', () => {
    const black = gray(20, 20, () => 0);
    const t = recognitionTensor(black, [100, 100, 200, 148]);
    expect(Array.from(t.data).every((v) => Math.abs(v - 1) < 1e-6)).toBe(true);
    // Half in, half out: the inside is black, the outside white.
    const half = recognitionTensor(black, [-20, 0, 20, 20]);
    const row = 24 * half.width;
    expect(half.data[row + 2]).toBeCloseTo(1, 6);
    expect(half.data[row + half.width - 3]).toBeCloseTo(-1, 6);
  });
});

describe('detectionTensor', () => {
  it('rounds both sides to multiples of 32 and records the scale back to the image', () => {
    const t = detectionTensor(gray(1000, 700), [0, 0, 1000, 700], 1536);
    expect(t.width).toBe(992);
    expect(t.height).toBe(704);
    expect(t.width % 32).toBe(0);
    expect(t.height % 32).toBe(0);
    expect(t.scaleX).toBeCloseTo(1000 / 992, 9);
    expect(t.scaleY).toBeCloseTo(700 / 704, 9);
    expect(t.data).toHaveLength(3 * 992 * 704);
  });

  it('scales a large region down to maxSide on its longer side', () => {
    const t = detectionTensor(gray(3000, 1000), [0, 0, 3000, 1000], 1536);
    expect([t.width, t.height]).toEqual([1536, 512]);
  });

  it('never enlarges beyond maxScale, and is at least 32 on each side', () => {
    expect(detectionTensor(gray(100, 10), [0, 0, 100, 10], 1536)).toMatchObject({ width: 96, height: 32 });
    const big = detectionTensor(gray(100, 64), [0, 0, 100, 64], 1536, 2);
    expect([big.width, big.height]).toEqual([192, 128]);
  });

  it('normalises each plane with its ImageNet mean and deviation', () => {
    const t = detectionTensor(gray(64, 64), [0, 0, 64, 64], 1536);
    const plane = t.width * t.height;
    expect(t.data[0]).toBeCloseTo((1 - 0.485) / 0.229, 5);
    expect(t.data[plane]).toBeCloseTo((1 - 0.456) / 0.224, 5);
    expect(t.data[2 * plane]).toBeCloseTo((1 - 0.406) / 0.225, 5);
    const dark = detectionTensor(gray(64, 64, () => 0), [0, 0, 64, 64], 1536);
    expect(dark.data[plane + 100]).toBeCloseTo(-0.456 / 0.224, 5);
  });
});
