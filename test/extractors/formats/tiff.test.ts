import { describe, expect, it } from 'vitest';
import { openTiff } from '../../../extractors/formats/tiff.js';
import { LimitExceededError } from '../../../src/model/limits.js';
import { blankA4, greyTiff, type TiffPage } from '../../hostile/craft-tiff.js';

/** A white page of width × height pixels. */
const white = (width: number, height: number): TiffPage => ({ width, height, data: Buffer.alloc(width * height, 255) });

describe('openTiff', () => {
  it('takes the resolution from the file, a rational of pixels per inch, on a page that is not A4', async () => {
    const file = openTiff(greyTiff([white(900, 600)], 300), Infinity);
    const page = await file.page(0);
    expect(page).toMatchObject({ dpi: 300, dpiFromFile: true, image: { width: 900, height: 600, channels: 4 } });
  });

  it('estimates the resolution from an A4 width when the file gives none', async () => {
    const page = await openTiff(greyTiff([blankA4(150)]), Infinity).page(0);
    expect(page.dpiFromFile).toBe(false);
    expect(page.dpi).toBe(150);
  });

  it('checks every page against the pixel budget when opened, before any page is decoded', async () => {
    const tiff = greyTiff([white(100, 100), white(100, 100), white(3000, 3000)]);
    expect(() => openTiff(tiff, 1_000_000)).toThrow(LimitExceededError);
    expect(() => openTiff(tiff, 1_000_000)).toThrow(/TIFF 第 3 幅图像 3000×3000 像素/u);
  });

  it('decodes a page only when asked for it, so a damaged page fails alone', async () => {
    const page = white(120, 80);
    const file = openTiff(greyTiff([page, { ...page, strip: Buffer.from('not deflate data') }, page]), Infinity);
    expect(file.pages).toBe(3);
    await expect(file.page(1)).rejects.toThrow(Error);
    expect((await file.page(0)).image.width).toBe(120);
    expect((await file.page(2)).image.height).toBe(80);
  });
});
