import { describe, expect, it } from 'vitest';
import type { LaidCell } from '../../../extractors/ocr/layout.js';
import { mergeInto } from '../../../extractors/ocr/merge-readings.js';
import { lineItem, ppLine, word, type Line } from './ocr-items.js';

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

  describe('a part of a line', () => {
    /** 本联盟共有成员单位 | 12 | 家: three words of one line, 20 px per character. */
    const line = (digits: number[]): Line => {
      const words = [word('成员单位', [0.95, 0.95, 0.95, 0.95], [100, 100, 180, 120]), word('12', digits, [190, 100, 210, 120]), word('家', [0.95], [220, 100, 240, 120])];
      return { kind: 'line', box: [100, 100, 240, 120], text: '成员单位12家', confidence: Math.min(0.95, ...digits), words };
    };

    it('replaces only the words of the part and lays the line out again', () => {
      const item = line([0.5, 0.5]);
      mergeInto(item, [ppLine('13', [0.97, 0.98], [190, 100, 210, 120])], [1, 2]);
      expect(item.text).toBe('成员单位13家');
      expect(item.words.map((w) => w.text)).toEqual(['成员单位', '1', '3', '家']);
      expect(item.readings).toEqual([
        { engine: 'pp-ocr', text: '成员单位13家', confidence: 0.98 },
        { engine: 'tesseract', text: '成员单位12家', confidence: 0.5 },
      ]);
    });

    it('leaves out what the second reading saw of the neighbours beyond the cut', () => {
      const item = line([0.9, 0.9]);
      mergeInto(item, [ppLine('位12家', [0.6, 0.97, 0.98, 0.6], [180, 100, 220, 120])], [1, 2]);
      expect(item.text).toBe('成员单位12家');
      expect(item.readings).toBeUndefined();
    });

    it('keeps the first reading before any part was merged when two parts disagree', () => {
      const words = [word('第3条', [0.5, 0.5, 0.5], [100, 100, 160, 120]), word('共同', [0.95, 0.95], [170, 100, 210, 120]), word('5家', [0.5, 0.5], [220, 100, 260, 120])];
      const item: Line = { kind: 'line', box: [100, 100, 260, 120], text: '第3条共同5家', confidence: 0.5, words };
      mergeInto(item, [ppLine('6家', [0.9, 0.9], [220, 100, 260, 120])], [2, 3]);
      mergeInto(item, [ppLine('第8条', [0.9, 0.9, 0.9], [100, 100, 160, 120])], [0, 1]);
      expect(item.text).toBe('第8条共同6家');
      expect(item.readings?.map((r) => r.text)).toEqual(['第8条共同6家', '第3条共同5家']);
    });
  });

  it('puts the neighbours in doubt where the second reading leaves out a digit the first read, however weakly', () => {
    const item = lineItem('742MY', [0.9, 0.9, 0.9, 0.9, 0.2]);
    mergeInto(item, [ppLine('742M', [0.99, 0.99, 0.99, 0.99])]);
    expect(item.text).toBe('742M');
    expect(item.confidence).toBe(0.2);
  });

  it('does not doubt the second reading where it leaves out a weakly read speck of punctuation', () => {
    const item = lineItem('兰州大学·', [0.95, 0.95, 0.95, 0.95, 0.3]);
    mergeInto(item, [ppLine('兰州大学', [0.97, 0.97, 0.97, 0.97])]);
    expect(item.text).toBe('兰州大学');
    expect(item.confidence).toBe(0.97);
  });
});
