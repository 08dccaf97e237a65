import { describe, expect, it } from 'vitest';
import { locate } from '../../src/model/doc-location.js';
import type { Block } from '../../src/model/document.js';
import { docOf, para, table } from '../extractors/build-doc.js';

const heading = (text: string) => (index: number): Block => ({ type: 'heading', ref: `/blocks/${index}`, level: 1, text });

const form = docOf(
  para('河南省产业技术创新战略联盟构建建议书'),
  table([
    ['联盟名称', '河南省新材料产业技术创新战略联盟'],
    ['统一社会信用代码', '914101004610288289'],
  ]),
  heading('三、成员单位'),
  para('联盟由以下单位发起。'),
  para('各成员单位承诺遵守章程。'),
  table([
    ['序号', '单位名称', '单位性质'],
    ['1', '河南中原新材料科技股份有限公司', '企业'],
  ]),
);

describe('locate', () => {
  it('names a form cell by its table, row and the label to its left', () => expect(locate(form, '/blocks/1/rows/1/cells/1')).toBe('表1 第2行「统一社会信用代码」栏'));
  it('names a list cell by its column header when the cell to its left is a figure', () => expect(locate(form, '/blocks/5/rows/1/cells/1')).toBe('表2 第2行「单位名称」栏'));
  it('names a row without a column', () => expect(locate(form, '/blocks/5/rows/1')).toBe('表2 第2行'));
  it('counts paragraphs from the nearest heading above', () => expect(locate(form, '/blocks/4')).toBe('“三、成员单位”下第2段'));
  it('counts paragraphs from the start when no heading is above', () => expect(locate(form, '/blocks/0')).toBe('第1段'));
  it('puts the page first in a paged document and counts paragraphs from the top of the page', () => {
    const pdf = docOf(para('甲方：某公司', { page: 1 }), para('乙方：某大学', { page: 2 }), para('丙方：某研究院', { page: 2 }));
    expect(locate(pdf, '/blocks/2')).toBe('第2页 第2段');
  });
  it('gives nothing for a ref the document does not hold', () => expect(locate(form, '/blocks/99')).toBeUndefined());
  it('never shows a JSON pointer', () => expect(locate(form, '/blocks/1/rows/0/cells/0')).not.toMatch(/\/blocks/u));
});
