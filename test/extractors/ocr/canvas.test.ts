import { describe, expect, it } from 'vitest';
import { newCanvas } from '../../../extractors/ocr/canvas.js';

/** An A4 page at 200 dpi: 1654 × 2339 pixels, about 15 MB of canvas and 15 MB of pixels read back. */
const A4_200DPI = [1654, 2339] as const;

describe('newCanvas', () => {
  it('lets the canvases of earlier pages go while a reader renders page after page awaiting only promises', async () => {
    const before = process.memoryUsage().rss;
    let highest = before;
    for (let page = 0; page < 40; page++) {
      const canvas = await newCanvas(...A4_200DPI);
      const ctx = canvas.getContext('2d');
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, ...A4_200DPI);
      const pixels = ctx.getImageData(0, 0, ...A4_200DPI).data;
      expect(pixels[0]).toBe(255);
      // What the rest of a page's reading awaits when no OCR is needed: settled promises only.
      await Promise.resolve();
      highest = Math.max(highest, process.memoryUsage().rss);
    }
    // Kept, the 40 pages would hold about 1.2 GB.
    expect((highest - before) / 2 ** 20).toBeLessThan(400);
  });
});
