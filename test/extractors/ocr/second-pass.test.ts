import { describe, expect, it } from 'vitest';
import type { LaidCell } from '../../../extractors/ocr/layout.js';
import type { PpLine } from '../../../extractors/ocr/paddle/pp-ocr.js';
import type { Box, GrayImage } from '../../../extractors/ocr/pixels.js';
import { inkLines, readSecondPass, type SecondReader } from '../../../extractors/ocr/second-pass.js';
import { ppLine, word } from './ocr-items.js';

describe('inkLines', () => {
  const W = 200;
  const H = 120;
  function mask(rects: Box[]): Uint8Array {
    const m = new Uint8Array(W * H);
    for (const [x0, y0, x1, y1] of rects) for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) m[y * W + x] = 1;
    return m;
  }

  it('gives one box per text band, narrowed to its ink', () => {
    const m = mask([
      [20, 10, 81, 30],
      [30, 50, 151, 70],
    ]);
    expect(inkLines(m, W, [0, 0, W, H], 200)).toEqual([
      [20, 10, 81, 30],
      [30, 50, 151, 70],
    ]);
  });

  it('closes small gaps within a band (two strokes of one character)', () => {
    const m = mask([
      [20, 10, 60, 20],
      [25, 22, 70, 32],
    ]);
    expect(inkLines(m, W, [0, 0, W, H], 200)).toEqual([[20, 10, 70, 32]]);
  });

  it('ignores bands thinner than a twenty-fifth of an inch', () => {
    const m = mask([
      [20, 10, 81, 30],
      [10, 80, 190, 86],
    ]);
    // 200 dpi: 8 rows at least; the 6-row band is a speck.
    expect(inkLines(m, W, [0, 0, W, H], 200)).toEqual([[20, 10, 81, 30]]);
    // 100 dpi: 4 rows suffice.
    expect(inkLines(m, W, [0, 0, W, H], 100)).toEqual([
      [20, 10, 81, 30],
      [10, 80, 190, 86],
    ]);
  });

  it('looks only inside the region and gives boxes in mask coordinates', () => {
    const m = mask([
      [20, 10, 81, 30],
      [30, 50, 151, 70],
    ]);
    expect(inkLines(m, W, [100, 0, 200, 120], 200)).toEqual([[100, 50, 151, 70]]);
  });

  it('needs two inked pixels in a row: a single-pixel column is no text', () => {
    expect(inkLines(mask([[50, 10, 51, 60]]), W, [0, 0, W, H], 200)).toEqual([]);
  });
});

describe('readSecondPass (wiring, with a fake reader)', () => {
  const W = 300;
  const H = 140;
  const DPI = 200;

  /** A white page with dark rectangles; `mask` marks the same pixels as ink. */
  function page(rects: Box[], specks: [number, number][] = []): { gray: GrayImage; mask: Uint8Array } {
    const data = new Uint8Array(W * H).fill(255);
    const mask = new Uint8Array(W * H);
    const ink = (x: number, y: number) => {
      data[y * W + x] = 0;
      mask[y * W + x] = 1;
    };
    for (const [x0, y0, x1, y1] of rects) for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) ink(x, y);
    for (const [x, y] of specks) ink(x, y);
    return { gray: { width: W, height: H, data }, mask };
  }

  /** Single-pixel specks two to a row, every third row from y = 20 to 80 (a dusty cell). */
  const SPECKS: [number, number][] = [];
  for (let y = 20; y < 80; y += 3) SPECKS.push([200, y], [230, y]);

  function fakeReader(read: (gray: GrayImage, box: Box, call: number) => PpLine, detected: Box[] = []) {
    const calls = { recognize: [] as { gray: GrayImage; box: Box }[], detect: [] as Box[] };
    const reader: SecondReader = {
      recognizeLine: async (gray, box) => {
        calls.recognize.push({ gray, box });
        return read(gray, box, calls.recognize.length - 1);
      },
      detect: async (_gray, region) => {
        calls.detect.push(region);
        return detected;
      },
    };
    return { reader, calls };
  }

  const emptyCell = (): LaidCell => ({ text: '', box: [20, 10, 280, 130], confidence: 1, words: [] });
  const target = (item: LaidCell, region: Box = [20, 10, 280, 130]) => ({ item, region, priority: 3 });

  it('leaves every target to the first reading once the page’s deadline has passed, and says how many', async () => {
    const { gray, mask } = page([[40, 40, 120, 70]]);
    const { reader, calls } = fakeReader(() => ({ text: '甲', box: [0, 0, 1, 1], confidence: 0.9, chars: [{ text: '甲', confidence: 0.9, box: [0, 0, 1, 1] }] }));
    const cells = [emptyCell(), emptyCell()];
    expect(await readSecondPass(reader, gray, mask, cells.map((c) => target(c)), DPI, Date.now() - 1)).toBe(2);
    expect(calls.recognize).toHaveLength(0);
    expect(cells.map((c) => c.text)).toEqual(['', '']);
  });

  it('does not call the reader for a region holding only specks', async () => {
    const { gray, mask } = page([], SPECKS);
    const { reader, calls } = fakeReader(() => ppLine('X', [0.9]));
    const item = emptyCell();
    await readSecondPass(reader, gray, mask, [target(item)], DPI);
    expect(calls.recognize).toHaveLength(0);
    expect(calls.detect).toHaveLength(0);
    expect(item.text).toBe('');
  });

  it('reads each ink band of the region from a clean copy and merges the result in page coordinates', async () => {
    const { gray, mask } = page([[50, 30, 150, 54]], SPECKS);
    const { reader, calls } = fakeReader((_g, box) => ppLine('张三', [0.8, 0.9], box));
    const item = emptyCell();
    await readSecondPass(reader, gray, mask, [target(item)], DPI);
    expect(calls.detect).toHaveLength(0);
    expect(calls.recognize).toHaveLength(1);
    const { gray: region, box } = calls.recognize[0];
    expect([region.width, region.height]).toEqual([260, 120]);
    // The band in region coordinates (region origin 20, 10); the specks are whitened.
    expect(box).toEqual([30, 20, 130, 44]);
    expect(region.data[(40 - 10) * 260 + (100 - 20)]).toBe(0);
    expect(region.data[(20 - 10) * 260 + (200 - 20)]).toBe(255);
    // The page itself is untouched.
    expect(gray.data[20 * W + 200]).toBe(0);
    expect(item.text).toBe('张三');
    expect(item.confidence).toBe(0.8);
    expect(item.words.map((w) => w.box)).toEqual([
      [50, 30, 100, 54],
      [100, 30, 150, 54],
    ]);
  });

  it('splits a band taller than 0.45 inch with detection and reads each detected line', async () => {
    const { gray, mask } = page([[50, 15, 150, 125]]);
    const detected: Box[] = [
      [30, 5, 130, 50],
      [30, 60, 130, 115],
    ];
    const { reader, calls } = fakeReader((_g, box, call) => ppLine(call === 0 ? '甲' : '乙', [0.9], box), detected);
    const item = emptyCell();
    await readSecondPass(reader, gray, mask, [target(item)], DPI);
    expect(calls.detect).toEqual([[30, 5, 130, 115]]);
    expect(calls.recognize.map((c) => c.box)).toEqual(detected);
    expect(item.text).toBe('甲乙');
  });

  it('leaves an item alone when the reader reads nothing', async () => {
    const { gray, mask } = page([[50, 30, 150, 54]]);
    const { reader, calls } = fakeReader((_g, box) => ({ text: '', box, confidence: 0, chars: [] }));
    const item: LaidCell = { text: '李四', box: [20, 10, 280, 130], confidence: 0.5, words: [word('李四', [0.5, 0.5])] };
    await readSecondPass(reader, gray, mask, [target(item)], DPI);
    expect(calls.recognize).toHaveLength(1);
    expect(item.text).toBe('李四');
    expect(item.confidence).toBe(0.5);
    expect(item.readings).toBeUndefined();
  });
});
