import { describe, expect, it } from 'vitest';
import type { Cell, Doc } from '../../../src/model/document.js';
import { readParties, readSignatureRows } from '../../../extractors/documents/parties.js';

function table(rows: Partial<Cell>[][]): Doc {
  return {
    id: 'x',
    origin: { file: '协议.pdf', format: 'pdf', pages: 1 },
    quality: { textLayer: 'good' },
    blocks: [{ type: 'table', ref: '/blocks/0', page: 1, rows: rows.map((cells, r) => ({ cells: cells.map((c, i) => ({ ref: `/blocks/0/rows/${r}/cells/${i}`, page: 1, text: '', colSpan: 1, rowSpan: 1, ...c })) })) }],
    messages: [],
  };
}
const header = [{ text: '成员单位' }, { text: '法定代表人签字' }, { text: '单位盖章' }];
const seal = { bbox: [10, 10, 60, 60] as [number, number, number, number], roundness: 0.9 };

describe('readSignatureRows', () => {
  it('reads a born-digital row as signed when its signature cells hold a name or a seal note', () => {
    const rows = readSignatureRows(table([header, [{ text: '甲科技有限公司' }, { text: '张伟' }, { text: '（已盖章）' }], [{ text: '乙理工大学' }, { text: '（签字）' }, { text: '（盖章）' }]]));
    expect(rows.map((r) => [r.name, r.signed])).toEqual([['甲科技有限公司', 'yes'], ['乙理工大学', 'no']]);
  });

  it('on a scan, a seal over the row signs it and its region becomes evidence', () => {
    const [row] = readSignatureRows(table([header, [{ text: '甲科技有限公司', confidence: 0.8 }, { text: '郭角', confidence: 0 }, { text: '', confidence: 1, seal }]]));
    expect(row.signed).toBe('yes');
    expect(row.evidence.some((e) => e.bbox?.join() === seal.bbox.join())).toBe(true);
  });

  it('on a scan, printed text in a signature cell does not sign a row, and handwriting counts only in the 签字 column', () => {
    const [row] = readSignatureRows(table([header, [{ text: '甲科技有限公司', confidence: 0.8, handwriting: true }, { text: '张伟', confidence: 0.9 }, { text: '（盖章）', confidence: 0.9, handwriting: true }]]));
    expect(row.signed).toBe('no');
    const [hand] = readSignatureRows(table([header, [{ text: '甲科技有限公司', confidence: 0.8 }, { text: '张伟', confidence: 0.9, handwriting: true }, { text: '（盖章）', confidence: 0.9 }]]));
    expect(hand.signed).toBe('yes');
  });

  it('on a scan, an illegible signature cell with no seal or handwriting leaves the row unknown', () => {
    const [row] = readSignatureRows(table([header, [{ text: '甲科技有限公司', confidence: 0.8 }, { text: '歹夕', confidence: 0.2 }, { text: '（盖章）', confidence: 0.9 }]]));
    expect(row.signed).toBe('unknown');
  });
});

describe('readParties', () => {
  it('keeps a unit listed twice in one list and carries the OCR confidence of its row', () => {
    const parties = readParties(table([[{ text: '序号' }, { text: '单位名称' }], [{ text: '1' }, { text: '甲科技有限公司', confidence: 0.7 }], [{ text: '2' }, { text: '甲科技有限公司', confidence: 0.9 }]]));
    expect(parties.map((p) => p.name)).toEqual(['甲科技有限公司', '甲科技有限公司']);
    expect(parties[0].confidence).toBe(0.7);
  });
});
