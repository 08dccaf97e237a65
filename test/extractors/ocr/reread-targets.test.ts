import { describe, expect, it } from 'vitest';
import type { LaidCell, LaidItem } from '../../../extractors/ocr/layout.js';
import type { Box } from '../../../extractors/ocr/pixels.js';
import { MAX_SECOND_READS, secondPassTargets } from '../../../extractors/ocr/reread-targets.js';
import { lineItem, word, type Row } from './ocr-items.js';

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

  it('reads every inked cell of signature tables first, then numbers, then weak or empty reads; tick boxes and signature-column labels never', () => {
    const { mask, items, seals } = page();
    const targets = secondPassTargets(items, mask, W, H, seals);
    expect(targets.map((t) => [t.item.text, t.priority])).toEqual([
      ['成员单位', 3],
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
    expect(targets[2].item).toBe((items[1] as Row).cells[1]);
    expect(targets[2].region).toEqual([503, 163, 897, 217]);
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
    // The column label is not read again; the signer's cell is, first.
    expect(targets[0].item.text).toBe('李四');
    expect(targets[1].item.text).toBe('第1条');
    expect(targets.at(-1)!.item.text).toBe('第79条');
  });

  it('reads a signature-column label again when its first reading was weak', () => {
    const mask = new Uint8Array(W * H);
    const targets = secondPassTargets([ruled(0, 100, '法定代表人签字', '李四', 0.5)], mask, W, H, []);
    expect(targets.map((t) => t.item.text)).toEqual(['法定代表人签字', '李四']);
  });

  it('reads a long line only in its words that hold digits, letters or weak characters, cut midway between words', () => {
    const mask = new Uint8Array(W * H);
    const words = [
      word('本联盟共有成员单位', [0.95, 0.95, 0.95, 0.95, 0.95, 0.95, 0.95, 0.95, 0.95], [100, 500, 280, 520]),
      word('12', [0.95, 0.95], [290, 500, 310, 520]),
      word('家其中企业八家高校三家', [0.95, 0.95, 0.95, 0.95, 0.95, 0.95, 0.95, 0.95, 0.95, 0.95, 0.95], [320, 500, 540, 520]),
    ];
    const line: LaidItem = { kind: 'line', box: [100, 500, 540, 520], text: '本联盟共有成员单位12家其中企业八家高校三家', confidence: 0.95, words };
    const targets = secondPassTargets([line], mask, W, H, []);
    expect(targets).toHaveLength(1);
    expect(targets[0].span).toEqual([1, 2]);
    // From the middle of the gap before "12" to the middle of the gap after it; the line's height with a fifth more.
    expect(targets[0].region).toEqual([285, 496, 315, 524]);
  });

  it('reads each short visual line of a long cell whole, the one that matters only', () => {
    const mask = new Uint8Array(W * H);
    const name = word('甘肃陇原有色金属集团有限公司', Array(14).fill(0.95), [110, 110, 390, 130]);
    const code = word('9162010099003077RM', Array(18).fill(0.9), [110, 140, 380, 160]);
    const c: LaidCell = { text: '甘肃陇原有色金属集团有限公司9162010099003077RM', box: [100, 100, 500, 170], confidence: 0.9, words: [code, name] };
    const targets = secondPassTargets([row(0, true, [c])], mask, W, H, []);
    expect(targets).toHaveLength(1);
    // Words in reading order (the name's line first), the code's visual line read whole within the cell's rules.
    expect(c.words.map((w) => w.text)).toEqual(['甘肃陇原有色金属集团有限公司', '9162010099003077RM']);
    expect(targets[0].span).toEqual([1, 2]);
    expect(targets[0].region).toEqual([103, 136, 497, 164]);
  });

  it('skips a region too small to hold text', () => {
    const mask = new Uint8Array(W * H);
    const thin = row(0, true, [cell('签字', [100, 100, 400, 110]), cell('12', [400, 100, 700, 110])]);
    expect(secondPassTargets([thin], mask, W, H, [])).toEqual([]);
  });
});
