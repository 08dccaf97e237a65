import { describe, expect, it } from 'vitest';
import { readSignatureRows } from '../../../extractors/facts/signatures.js';
import { docOf, para, table } from '../build-doc.js';

const seal = { bbox: [10, 10, 60, 60] as [number, number, number, number], roundness: 0.9 };
const rows = (doc: ReturnType<typeof docOf>) => readSignatureRows(doc).map((r) => [r.name, r.signed]);

describe('readSignatureRows', () => {
  it('reads a signature table with a blank seal column: a typed signer signs, a blank row does not', () => {
    const doc = docOf(
      table([
        ['序号', '成员单位', '单位（盖章）', '法定代表人或授权代表（签字）', '日期'],
        ['1', '甲科技有限公司', '', '张伟', '2020年8月1日'],
        ['2', '乙理工学院', '', '', ''],
        ['3', '丙研究院', '', '王五', '2020年8月1日'],
      ]),
    );
    expect(rows(doc)).toEqual([['甲科技有限公司', 'yes'], ['乙理工学院', 'no'], ['丙研究院', 'yes']]);
  });

  it('leaves placeholders ("（签字）", "年 月 日") unsigned', () => {
    const doc = docOf(table([['成员单位', '法定代表人签字', '单位盖章'], ['甲科技有限公司', '（签字）', '（盖章）'], ['乙理工学院', '李四', '（已盖章）']]));
    expect(rows(doc)).toEqual([['甲科技有限公司', 'no'], ['乙理工学院', 'yes']]);
  });

  it('on a scan, signs a row by its seal or handwriting, never by printed text; a weak reading is unknown', () => {
    const doc = docOf(
      table([
        ['成员单位', '法定代表人签字', '单位盖章'],
        [{ text: '甲科技有限公司', confidence: 0.8 }, { text: '', confidence: 1 }, { text: '', confidence: 1, seal }],
        [{ text: '乙理工学院', confidence: 0.8 }, { text: '李四', confidence: 0.9 }, { text: '', confidence: 1 }],
        [{ text: '丙研究院', confidence: 0.8 }, { text: '歹夕', confidence: 0.2 }, { text: '', confidence: 1 }],
      ]),
    );
    expect(rows(doc)).toEqual([['甲科技有限公司', 'yes'], ['乙理工学院', 'no'], ['丙研究院', 'unknown']]);
  });

  it('signs a born-digital row by a seal or signature pasted in as a picture', () => {
    const doc = docOf(table([['成员单位', '单位（盖章）', '法定代表人（签字）'], ['甲科技有限公司', { text: '', image: true }, ''], ['乙理工学院', '', '']]));
    expect(rows(doc)).toEqual([['甲科技有限公司', 'yes'], ['乙理工学院', 'no']]);
  });

  it('keeps a scanned row whose name a seal hid, under what was read, to be tied by row order', () => {
    const doc = docOf(table([['成员单位', '法定代表人签字', '单位盖章'], [{ text: 'We', confidence: 0.3 }, { text: '', confidence: 1 }, { text: '', confidence: 1, seal }]]));
    expect(rows(doc)).toEqual([['We', 'yes']]);
  });

  it('reads two signature blocks side by side in each row, the unit on the line under its party slot', () => {
    const doc = docOf(
      table([
        ['甲方（盖章）：\n甲科技有限公司\n法定代表人（签字）：张伟\n日期：2020年8月1日', '乙方（盖章）：\n乙理工学院\n法定代表人（签字）：\n日期：'],
      ]),
    );
    expect(rows(doc)).toEqual([['甲科技有限公司', 'yes'], ['乙理工学院', 'no']]);
  });

  it('reads signature blocks written as paragraphs, an alias taking the unit the preamble gave it', () => {
    const doc = docOf(
      para('甲方：甲科技有限公司'),
      para('乙方：乙理工学院'),
      para('本协议自各方签字盖章之日起生效。'),
      para('甲方（盖章）：'),
      para('法定代表人（签字）：张伟'),
      para('乙方（盖章）：乙理工学院'),
      para('法定代表人（签字）：'),
    );
    expect(rows(doc)).toEqual([['甲科技有限公司', 'yes'], ['乙理工学院', 'no']]);
  });

  it('does not take the preamble\'s party lines for signature slots', () => {
    expect(rows(docOf(para('甲方：甲科技有限公司'), para('乙方：乙理工学院')))).toEqual([]);
  });
});
