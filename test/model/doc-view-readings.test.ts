import { describe, expect, it } from 'vitest';
import { docLines, evidenceAt } from '../../src/model/doc-view.js';
import type { Block, Reading } from '../../src/model/document.js';
import { docOf, para, table } from '../extractors/build-doc.js';

const pp = (text: string, confidence: number): Reading => ({ engine: 'pp-ocr', text, confidence });
const tess = (text: string, confidence: number): Reading => ({ engine: 'tesseract', text, confidence });

describe('evidenceAt', () => {
  const doc = docOf(para('甘肃省氢能装备产业技术创新联盟', { page: 1 }));

  it('copies the readings and the region onto the evidence', () => {
    const readings = [pp('张三', 0.9), tess('张二', 0.7)];
    const e = evidenceAt(doc, { ref: '/blocks/0', page: 1, bbox: [10, 20, 30, 40], readings }, '张三');
    expect(e).toEqual({ file: '协议书.pdf', page: 1, ref: '/blocks/0', quote: '张三', bbox: [10, 20, 30, 40], readings });
  });

  it('adds no readings when the item has none', () => {
    const e = evidenceAt(doc, { ref: '/blocks/0', page: 1 }, '联盟');
    expect(e).toEqual({ file: '协议书.pdf', page: 1, ref: '/blocks/0', quote: '联盟' });
    expect(e).not.toHaveProperty('readings');
  });
});

describe('docLines readings', () => {
  it('gives a row both readings, its cells joined with tabs as the row text is', () => {
    const doc = docOf(
      table(
        [
          ['单位名称', '法定代表人签字', '日期'],
          [
            { text: '甘肃某公司', confidence: 0.95 },
            { text: '张三', confidence: 0.7, readings: [pp('张三', 0.88), tess('张二', 0.7)] },
            { text: '2023年5月1日', confidence: 0.8, readings: [pp('2023年5月1日', 0.8), tess('2023年5月7日', 0.85)] },
          ],
        ],
        { page: 1 },
      ),
    );
    const [header, row] = docLines(doc);
    expect(header.readings).toBeUndefined();
    expect(row.text).toBe('甘肃某公司\t张三\t2023年5月1日');
    expect(row.readings).toEqual([
      { engine: 'pp-ocr', text: '甘肃某公司\t张三\t2023年5月1日', confidence: 0.8 },
      { engine: 'tesseract', text: '甘肃某公司\t张二\t2023年5月7日', confidence: 0.7 },
    ]);
  });

  it('counts a cell without readings or confidence as sure (1)', () => {
    const doc = docOf(table([['甲', { text: '乙', readings: [pp('乙', 0.9), tess('己', 0.6)] }]]));
    const [row] = docLines(doc);
    expect(row.readings).toEqual([
      { engine: 'pp-ocr', text: '甲\t乙', confidence: 0.9 },
      { engine: 'tesseract', text: '甲\t己', confidence: 0.6 },
    ]);
  });

  it('gives a paragraph its own readings', () => {
    const readings = [pp('联盟章程', 0.9), tess('联盟章稈', 0.5)];
    const block = (index: number): Block => ({ type: 'paragraph', ref: `/blocks/${index}`, page: 1, text: '联盟章程', confidence: 0.5, readings });
    const [line] = docLines(docOf(block));
    expect(line.readings).toEqual(readings);
  });

  it('gives no readings to lines read once', () => {
    const lines = docLines(docOf(para('联盟章程', { page: 1, confidence: 0.9 }), table([['甲', '乙']], { page: 1 })));
    expect(lines.map((l) => l.readings)).toEqual([undefined, undefined]);
  });
});
