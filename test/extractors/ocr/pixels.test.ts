import { describe, expect, it } from 'vitest';
import { otsuOfHistogram, otsuThreshold, resampleGray, splitPage, type PageImage } from '../../../extractors/ocr/pixels.js';

/** A 4×2 page: black, white, red, grey / white, red, white, dark blue (RGB). */
const RGB: number[][] = [
  [0, 0, 0], [255, 255, 255], [220, 30, 40], [128, 128, 128],
  [255, 255, 255], [200, 20, 30], [255, 255, 255], [20, 20, 90],
];

function image(channels: 3 | 4): PageImage {
  const data = new Uint8Array(RGB.length * channels);
  RGB.forEach((px, i) => {
    data.set(px, i * channels);
    if (channels === 4) data[i * channels + 3] = 255;
  });
  return { width: 4, height: 2, channels, data };
}

describe('splitPage', () => {
  it('gives the same grey levels for an RGB and an RGBA page, with red ink turned to paper', () => {
    const rgb = splitPage(image(3));
    const rgba = splitPage(image(4));
    expect([...rgb.gray.data]).toEqual([...rgba.gray.data]);
    expect(rgb.gray.data[2]).toBe(255);
    expect(rgb.gray.data[5]).toBe(255);
    expect(rgb.gray.data[0]).toBe(0);
    expect(rgb.gray.data[7]).toBeLessThan(60);
  });

  it('marks red ink in the full-resolution mask and counts it', () => {
    const { red } = splitPage(image(3), 1);
    expect(red.scale).toBe(1);
    expect([...red.data]).toEqual([0, 0, 1, 0, 0, 1, 0, 0]);
    expect(red.count).toBe(2);
  });

  it('marks a halved mask pixel red when any of its four page pixels is red', () => {
    const { red } = splitPage(image(3), 2);
    expect([red.width, red.height, red.scale]).toEqual([2, 1, 2]);
    expect([...red.data]).toEqual([1, 1]);
    expect(red.count).toBe(2);
  });

  it('counts every pixel in the grey histogram', () => {
    const { histogram, gray } = splitPage(image(4));
    expect(histogram.reduce((a, b) => a + b, 0)).toBe(8);
    expect(histogram[255]).toBe([...gray.data].filter((v) => v === 255).length);
  });

  it('copies a grey page as it is, with an empty red mask', () => {
    const page: PageImage = { width: 2, height: 1, channels: 1, data: new Uint8Array([10, 240]) };
    const split = splitPage(page, 2);
    expect([...split.gray.data]).toEqual([10, 240]);
    expect(split.red.count).toBe(0);
  });
});

describe('otsuOfHistogram', () => {
  it('agrees with the threshold computed from the image', () => {
    const data = new Uint8Array(1000);
    for (let i = 0; i < data.length; i++) data[i] = i % 10 === 0 ? 30 + (i % 7) : 230 - (i % 5);
    const gray = { width: 100, height: 10, data };
    const hist = new Float64Array(256);
    for (const v of data) hist[v]++;
    expect(otsuOfHistogram(hist)).toBe(otsuThreshold(gray));
    expect(otsuOfHistogram(hist)).toBeGreaterThanOrEqual(36);
    expect(otsuOfHistogram(hist)).toBeLessThan(226);
  });
});

describe('resampleGray', () => {
  it('averages the page area each output pixel covers, fractional edges weighted', () => {
    // Three columns 0, 90, 180 reduced to two: [0·1 + 90·0.5] / 1.5 and [90·0.5 + 180·1] / 1.5.
    const gray = { width: 3, height: 1, data: new Uint8Array([0, 90, 180]) };
    expect([...resampleGray(gray, 2, 1).data]).toEqual([30, 150]);
  });

  it('keeps a uniform page uniform', () => {
    const out = resampleGray({ width: 30, height: 20, data: new Uint8Array(600).fill(137) }, 20, 13);
    expect([out.width, out.height]).toEqual([20, 13]);
    expect(out.data.every((v) => v === 137)).toBe(true);
  });

  it('never enlarges', () => {
    const gray = { width: 2, height: 2, data: new Uint8Array([1, 2, 3, 4]) };
    expect(resampleGray(gray, 4, 4)).toBe(gray);
  });
});
