import { describe, expect, it } from 'vitest';
import type { LaidCell, LaidItem, OcrWord } from '../../../extractors/ocr/layout.js';
import type { PpLine } from '../../../extractors/ocr/paddle/pp-ocr.js';
import type { Box, GrayImage } from '../../../extractors/ocr/pixels.js';
import { inkLines, MAX_SECOND_READS, mergeInto, readSecondPass, secondPassTargets, type SecondReader } from '../../../extractors/ocr/second-pass.js';

type Line = Extract<LaidItem, { kind: 'line' }>;
type Row = Extract<LaidItem, { kind: 'row' }>;

/** A first-reading word with one symbol per character at the given confidences. */
function word(text: string, confidences: number[], box: Box = [0, 0, 20 * [...text].length, 20]): OcrWord {
  const chars = [...text];
  const w = (box[2] - box[0]) / chars.length;
  return {
    text,
    confidence: Math.min(...confidences),
    box,
    symbols: chars.map((c, i) => ({ text: c, confidence: confidences[i], box: [box[0] + i * w, box[1], box[0] + (i + 1) * w, box[3]] as Box })),
  };
}

function lineItem(text: string, confidences: number[], box: Box = [100, 100, 100 + 20 * [...text].length, 120]): Line {
  return { kind: 'line', box, text, confidence: text === '' ? 1 : Math.min(...confidences), words: text === '' ? [] : [word(text, confidences, box)] };
}

/** A second-reading line with the given character confidences (line confidence: their mean). */
function ppLine(text: string, confidences: number[], box: Box = [100, 100, 100 + 20 * [...text].length, 120]): PpLine {
  const chars = [...text];
  const w = (box[2] - box[0]) / chars.length;
  return {
    text,
    box,
    confidence: confidences.reduce((s, c) => s + c, 0) / confidences.length,
    chars: chars.map((c, i) => ({ text: c, confidence: confidences[i], box: [box[0] + i * w, box[1], box[0] + (i + 1) * w, box[3]] as Box })),
  };
}

describe('mergeInto', () => {
  it('keeps the first reading where both agree, as sure as the surer engine', () => {
    const item = lineItem('甘肃省', [0.7, 0.8, 0.75]);
    const words = item.words;
    mergeInto(item, [ppLine('甘肃省', [0.9, 0.92, 0.94])]);
    expect(item.text).toBe('甘肃省');
    expect(item.confidence).toBe(0.92);
    expect(item.readings).toBeUndefined();
    expect(item.words).toHaveLength(1);
    expect(item.words[0].box).toEqual(words[0].box);
    expect(item.words[0].confidence).toBe(0.92);
  });

  it('never lowers an agreeing first reading that was surer than the second', () => {
    const item = lineItem('联盟', [0.97, 0.98]);
    mergeInto(item, [ppLine('联盟', [0.8, 0.8])]);
    expect(item.confidence).toBe(0.97);
    expect(item.words[0].confidence).toBe(0.97);
  });

  it('compares readings without whitespace, joining the lines of a region', () => {
    const item = lineItem('91620100', [0.7, 0.7, 0.7, 0.7, 0.7, 0.7, 0.7, 0.7]);
    // Weighted by characters: (0.9 × 4 + 0.6 × 4) / 8 = 0.75.
    mergeInto(item, [ppLine('9162', [0.9, 0.9, 0.9, 0.9]), ppLine('0100', [0.6, 0.6, 0.6, 0.6])]);
    expect(item.text).toBe('91620100');
    expect(item.readings).toBeUndefined();
    expect(item.confidence).toBe(0.75);
  });

  it('takes the second reading where they disagree, recording both readings and lowering the differing character', () => {
    const item = lineItem('甲乙丙', [0.95, 0.9, 0.85]);
    mergeInto(item, [ppLine('甲丁丙', [0.99, 0.97, 0.6])]);
    expect(item.text).toBe('甲丁丙');
    expect(item.readings).toEqual([
      { engine: 'pp-ocr', text: '甲丁丙', confidence: 0.85 },
      { engine: 'tesseract', text: '甲乙丙', confidence: 0.85 },
    ]);
    // Agreeing characters: the higher confidence; the differing one: the lower.
    expect(item.words.map((w) => [w.text, w.confidence])).toEqual([
      ['甲', 0.99],
      ['丁', 0.9],
      ['丙', 0.85],
    ]);
    expect(item.words.map((w) => w.box)).toEqual([
      [100, 100, 120, 120],
      [120, 100, 140, 120],
      [140, 100, 160, 120],
    ]);
    expect(item.confidence).toBe(0.85);
  });

  it('gives the item the lowest confidence of its merged characters', () => {
    const item = lineItem('ABC', [0.99, 0.65, 0.99]);
    mergeInto(item, [ppLine('A8C', [0.99, 0.98, 0.99])]);
    expect(item.text).toBe('A8C');
    expect(item.confidence).toBe(0.65);
    expect(item.readings?.map((r) => r.engine)).toEqual(['pp-ocr', 'tesseract']);
    expect(item.readings?.[1]).toEqual({ engine: 'tesseract', text: 'ABC', confidence: 0.65 });
  });

  it('keeps the second reading’s confidence where the first reading’s character was below 0.6', () => {
    const item = lineItem('甲乙丙', [0.95, 0.4, 0.9]);
    mergeInto(item, [ppLine('甲丁丙', [0.96, 0.93, 0.97])]);
    expect(item.text).toBe('甲丁丙');
    expect(item.words.map((w) => w.confidence)).toEqual([0.96, 0.93, 0.97]);
    expect(item.confidence).toBe(0.93);
    expect(item.readings?.[1]).toEqual({ engine: 'tesseract', text: '甲乙丙', confidence: 0.4 });
  });

  it('holds a character only the second reading has to its surely read neighbour’s confidence', () => {
    const item = lineItem('甲丙', [0.8, 0.9]);
    mergeInto(item, [ppLine('甲乙丙', [0.95, 0.95, 0.95])]);
    expect(item.text).toBe('甲乙丙');
    expect(item.words.map((w) => w.confidence)).toEqual([0.95, 0.8, 0.95]);
    expect(item.confidence).toBe(0.8);
  });

  it('takes the second reading as it is where the first reading was empty, recording no readings', () => {
    const cell: LaidCell = { text: '', box: [0, 0, 200, 60], confidence: 1, words: [] };
    mergeInto(cell, [ppLine('张三', [0.8, 0.9], [20, 10, 80, 40])]);
    expect(cell.text).toBe('张三');
    expect(cell.readings).toBeUndefined();
    expect(cell.confidence).toBe(0.8);
    expect(cell.words.map((w) => [w.text, w.confidence, w.box])).toEqual([
      ['张', 0.8, [20, 10, 50, 40]],
      ['三', 0.9, [50, 10, 80, 40]],
    ]);
  });
});

describe('secondPassTargets', () => {
  const W = 1000;
  const H = 1000;
  const cell = (text: string, box: Box, confidence = 0.95): LaidCell => ({ text, box, confidence, words: [] });
  const row = (table: number, grid: boolean, cells: LaidCell[]): Row => ({
    kind: 'row',
    table,
    grid,
    box: [Math.min(...cells.map((c) => c.box[0])), cells[0].box[1], Math.max(...cells.map((c) => c.box[2])), cells[0].box[3]],
    cells,
  });
  /** Two-column row of a ruled table at height y (60 px rows). */
  const ruled = (table: number, y: number, left: string, right: string, confidence = 0.95) =>
    row(table, true, [cell(left, [100, y, 500, y + 60], confidence), cell(right, [500, y, 900, y + 60], confidence)]);

  function page() {
    const mask = new Uint8Array(W * H);
    // A signature: ink in the otherwise empty cell of row 2 of the signature table.
    for (let y = 175; y < 195; y++) for (let x = 600; x < 640; x++) mask[y * W + x] = 1;
    const items: LaidItem[] = [
      // Table 0: a signature table by its header.
      ruled(0, 100, '成员单位', '单位盖章'),
      ruled(0, 160, '甘肃某公司', ''),
      ruled(0, 220, '☑同意', ''),
      // Table 1: a signature table by the seal over its row.
      ruled(1, 400, '兰州大学', '高校'),
      // Table 2: an ordinary table.
      ruled(2, 600, '成员数量', '12'),
      ruled(2, 660, '备注', '□是 □否', 0.5),
      lineItem('联盟章程', [0.95, 0.95, 0.95, 0.95], [100, 760, 180, 800]),
      lineItem('2023年5月1日', [0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9], [100, 820, 280, 860]),
      // An unruled row naming a signature is not a signature table.
      row(3, false, [cell('签字', [100, 900, 140, 930]), cell('张三', [400, 900, 440, 930], 0.4)]),
    ];
    return { mask, items, seals: [{ box: [600, 380, 760, 480] as Box }] };
  }

  it('reads every inked cell of signature tables first, then numbers, then weak or empty reads; tick boxes never', () => {
    const { mask, items, seals } = page();
    const targets = secondPassTargets(items, mask, W, H, seals);
    expect(targets.map((t) => [t.item.text, t.priority])).toEqual([
      ['成员单位', 3],
      ['单位盖章', 3],
      ['甘肃某公司', 3],
      ['', 3],
      ['兰州大学', 3],
      ['高校', 3],
      ['12', 2],
      ['2023年5月1日', 2],
      ['备注', 1],
      ['张三', 1],
    ]);
  });

  it('reads ruled cells inside their rules and lines with a margin', () => {
    const { mask, items, seals } = page();
    const targets = secondPassTargets(items, mask, W, H, seals);
    const region = (text: string) => targets.find((t) => t.item.text === text)?.region;
    expect(region('成员单位')).toEqual([103, 103, 497, 157]);
    // The inked empty cell is the second cell of row 2.
    expect(targets[3].item).toBe((items[1] as Row).cells[1]);
    expect(targets[3].region).toEqual([503, 163, 897, 217]);
    // 40 px high line: a fifth of its height above and below, its height on the sides.
    expect(region('2023年5月1日')).toEqual([60, 812, 320, 868]);
    // An unruled row's cells are read as lines.
    expect(region('张三')).toEqual([370, 894, 470, 936]);
  });

  it('leaves a signature table cell without text or ink alone, and a cell holding a tick box', () => {
    const { mask, items, seals } = page();
    const targets = secondPassTargets(items, mask, W, H, seals);
    const row2 = items[2] as Row;
    expect(targets.some((t) => t.item === row2.cells[0] || t.item === row2.cells[1])).toBe(false);
    expect(targets.some((t) => t.item.text.includes('□'))).toBe(false);
  });

  it('is no signature table without the seal: its plain cells are then not read', () => {
    const { mask, items } = page();
    const texts = secondPassTargets(items, mask, W, H, []).map((t) => t.item.text);
    expect(texts).not.toContain('兰州大学');
    expect(texts).not.toContain('高校');
    expect(texts).toContain('甘肃某公司');
  });

  it(`reads at most ${MAX_SECOND_READS} regions, signature cells first`, () => {
    const mask = new Uint8Array(W * H);
    const lines: LaidItem[] = Array.from({ length: 100 }, (_, i) => lineItem(`第${i + 1}条`, [0.9, 0.9, 0.9], [100, 10 + i * 9, 160, 18 + i * 9]));
    const signature = ruled(0, 930, '法定代表人签字', '李四');
    const targets = secondPassTargets([...lines, signature], mask, W, H, []);
    expect(MAX_SECOND_READS).toBe(80);
    expect(targets).toHaveLength(80);
    expect(targets.slice(0, 2).map((t) => t.item.text)).toEqual(['法定代表人签字', '李四']);
    expect(targets[2].item.text).toBe('第1条');
    expect(targets.at(-1)!.item.text).toBe('第78条');
  });

  it('skips a region too small to hold text', () => {
    const mask = new Uint8Array(W * H);
    const thin = row(0, true, [cell('签字', [100, 100, 400, 110]), cell('12', [400, 100, 700, 110])]);
    expect(secondPassTargets([thin], mask, W, H, [])).toEqual([]);
  });
});

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
