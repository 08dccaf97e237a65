import { describe, expect, it } from 'vitest';
import { readImage } from '../../../extractors/formats/image-reader.js';
import type { OcrPageResult, OcrService } from '../../../extractors/formats/ocr.js';
import type { GrayImage } from '../../../extractors/ocr/pixels.js';
import { LimitExceededError } from '../../../src/model/limits.js';
import { greyTiff, type TiffPage } from '../../hostile/craft-tiff.js';

const SIDE = 30;
/** What the test engine reads on page n (long enough to count as a page of text). */
const said = (n: number) => `第${n}页联盟协议书扫描件正文`;

/** A white page at 100 dpi (A4) holding `n` black squares of SIDE pixels in a row: page n of a test scan. */
function pageWithSquares(n: number): TiffPage {
  const width = 827;
  const height = 1169;
  const data = Buffer.alloc(width * height, 255);
  for (let k = 0; k < n; k++) {
    for (let y = 200; y < 200 + SIDE; y++) data.fill(0, y * width + 100 + k * 2 * SIDE, y * width + 100 + k * 2 * SIDE + SIDE);
  }
  return { width, height, data };
}

/**
 * An OCR service that reads a page's number from its ink (squares counted by their pixels) as the
 * text said(n), after a short wait, and counts how many pages it is reading at once.
 */
function squareCounter(workers: number, admit?: () => Promise<void>) {
  const seen = { reading: 0, most: 0 };
  const service: OcrService = {
    workers,
    ...(admit ? { admitPage: admit } : {}),
    recognize: async (gray: GrayImage): Promise<OcrPageResult> => {
      seen.most = Math.max(seen.most, ++seen.reading);
      await new Promise((resolve) => setTimeout(resolve, 20));
      seen.reading--;
      let ink = 0;
      for (const v of gray.data) if (v < 128) ink++;
      const n = Math.round(ink / (SIDE * SIDE));
      return { words: [{ text: said(n), confidence: 0.95, box: [100, 100, 400, 140], symbols: [] }], confidence: 0.95, ms: 20 };
    },
  };
  return { service, seen };
}

const texts = (blocks: { type: string; page?: number; text?: string }[]) => blocks.map((b) => `${b.page}:${b.text}`);

describe('readImage', () => {
  it('reads a multi-page TIFF in page order, with at most workers + 1 pages decoded and in recognition at once', async () => {
    const tiff = greyTiff([1, 2, 3, 4, 5, 6].map(pageWithSquares), 100);
    const { service, seen } = squareCounter(1);
    const result = await readImage(tiff, 'tiff', service);
    expect(texts(result.blocks as never)).toEqual([1, 2, 3, 4, 5, 6].map((n) => `${n}:${said(n)}`));
    expect(result.pages?.map((p) => p.quality)).toEqual(Array(6).fill('good'));
    expect(seen.most).toBeLessThanOrEqual(2);
  });

  it('names the page budget for the pages it refuses, without decoding them', async () => {
    let admitted = 0;
    const refuse = async () => {
      if (admitted++ >= 2) throw new LimitExceededError('ocrPagesPerFile', 2, '本页未识别');
    };
    const page = pageWithSquares(1);
    // Page 4 is damaged: refused before it is decoded, it is reported for the budget, not as damaged.
    const tiff = greyTiff([page, pageWithSquares(2), page, { ...page, strip: Buffer.from('not deflate data') }], 100);
    const result = await readImage(tiff, 'tiff', squareCounter(2, refuse).service);
    expect(result.pages?.map((p) => p.quality)).toEqual(['good', 'good', 'unreadable', 'unreadable']);
    expect(result.messages.filter((m) => /未识别/u.test(m))).toHaveLength(2);
    expect(result.messages.join('\n')).toMatch(/第 4 页未识别：本页未识别：超过单个文件文字识别页数上限 2/u);
    expect(result.messages.join('\n')).not.toMatch(/无法解码/u);
  });

  it('reads the other pages of a TIFF with a damaged page, and says which page could not be decoded', async () => {
    const page = pageWithSquares(1);
    const tiff = greyTiff([page, { ...page, strip: Buffer.from('not deflate data') }, pageWithSquares(3)], 100);
    const result = await readImage(tiff, 'tiff', squareCounter(2).service);
    expect(texts(result.blocks as never)).toEqual([`1:${said(1)}`, `3:${said(3)}`]);
    expect(result.pages?.[1]).toMatchObject({ quality: 'unreadable', reason: expect.stringMatching(/^图像无法解码（/u) });
    expect(result.messages).toContain(`第 2 页${result.pages?.[1].reason}`);
  });

  it('counts the pages of a TIFF without OCR from its directories, decoding none', async () => {
    const page = pageWithSquares(1);
    const result = await readImage(greyTiff([page, { ...page, strip: Buffer.from('not deflate data') }, page], 100), 'tiff', null);
    expect(result.pages?.map((p) => [p.number, p.quality])).toEqual([[1, 'unreadable'], [2, 'unreadable'], [3, 'unreadable']]);
    expect(result.pages?.every((p) => /关闭 OCR/u.test(p.reason ?? ''))).toBe(true);
  });
});
