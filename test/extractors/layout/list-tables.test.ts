import { describe, expect, it } from 'vitest';
import { listTables } from '../../../extractors/layout/list-tables.js';
import { docOf, para, table } from '../build-doc.js';

const roles = (doc: ReturnType<typeof docOf>) => listTables(doc).map((t) => t.columns.map((c) => c.role));

describe('listTables', () => {
  it('merges stacked header rows into one label per column, spans placed on the grid', () => {
    const doc = docOf(
      table([
        [{ text: '序号', rowSpan: 2 }, { text: '成员单位', rowSpan: 2 }, { text: '签署', colSpan: 2 }],
        ['法定代表人（签字）', '日期'],
        ['1', '甲科技有限公司', '张伟', '2020年8月1日'],
      ]),
    );
    const [t] = listTables(doc);
    expect(t.columns.map((c) => c.label)).toEqual(['序号', '成员单位', '签署法定代表人（签字）', '签署日期']);
    expect(t.columns.map((c) => c.role)).toEqual(['index', 'name', 'sign', 'date']);
    expect(t.rows).toHaveLength(1);
    expect(t.rows[0].cells.map((c) => c?.text)).toEqual(['1', '甲科技有限公司', '张伟', '2020年8月1日']);
  });

  it('keeps blank cells in their columns: an unsigned row does not shift or swallow the next one', () => {
    const doc = docOf(
      table([
        ['成员单位', '单位（盖章）', '法定代表人（签字）', '日期'],
        ['甲科技有限公司', '', '', ''],
        ['乙理工大学', '', '李四', '2020年8月1日'],
      ]),
    );
    const [t] = listTables(doc);
    expect(t.columns.map((c) => c.role)).toEqual(['name', 'seal', 'sign', 'date']);
    expect(t.rows.map((r) => r.cells.map((c) => c?.text ?? null))).toEqual([
      ['甲科技有限公司', '', '', ''],
      ['乙理工大学', '', '李四', '2020年8月1日'],
    ]);
  });

  it('reads a unit name column headed 单位（盖章） as the name column when no other column names units', () => {
    const doc = docOf(table([['序号', '单位（盖章）', '法定代表人（签字）'], ['1', '甲科技有限公司', '张伟']]));
    const [t] = listTables(doc);
    expect(t.columns.map((c) => c.role)).toEqual(['index', 'name', 'sign']);
    expect(t.columns[1].seals).toBe(true);
  });

  it('joins a table continued on the next page, with or without its header repeated', () => {
    const header = ['序号', '单位名称', '统一社会信用代码'];
    const doc = docOf(
      table([header, ['1', '甲科技有限公司', '91410100MA44ABCD1F']], { page: 1 }),
      para('— 1 —', { page: 1 }),
      table([header, ['2', '乙理工大学', '12410000415800000T']], { page: 2 }),
      table([['3', '丙研究院', '124100004158000012']], { page: 2 }),
    );
    const tables = listTables(doc);
    expect(tables).toHaveLength(1);
    expect(tables[0].rows.map((r) => r.cells[1]?.text)).toEqual(['甲科技有限公司', '乙理工大学', '丙研究院']);
    expect(tables[0].rows[1].page).toBe(2);
  });

  it('finds a list starting part-way down a form table at its own header row, and ends it at a section row', () => {
    const doc = docOf(
      table([
        ['牵头单位', '甲科技有限公司'],
        ['成员总数', '2个'],
        ['序号', '成员单位名称及法人代码', '在行业中的地位'],
        ['1', '甲科技有限公司\n统一社会信用代码：91410100MA44ABCD1F', '理事长单位'],
        ['2', '乙理工大学\n统一社会信用代码：12410000415800000T', '理事单位'],
        [{ text: '四、产业联盟运行机制', colSpan: 3 }],
        [{ text: '联盟设理事会。', colSpan: 3 }],
      ]),
    );
    const tables = listTables(doc);
    expect(tables).toHaveLength(1);
    expect(tables[0].columns.map((c) => c.role)).toEqual(['index', 'name', 'text']);
    expect(tables[0].rows).toHaveLength(2);
  });

  it('infers column roles from content when a table has no header', () => {
    const doc = docOf(
      table([
        ['1', '甲科技有限公司', '企业', '91410100MA44ABCD1F', '张伟'],
        ['2', '乙理工大学', '高校', '12410000415800000T', '李四'],
      ]),
    );
    expect(roles(doc)).toEqual([['index', 'name', 'type', 'code', 'person']]);
  });

  it('does not take rows of form fields ("甲方（盖章）：", "法定代表人（签字）：王芳") for headers', () => {
    const doc = docOf(table([['甲方（盖章）：', '乙方（盖章）：'], ['甲科技有限公司', '乙理工学院'], ['法定代表人（签字）：张伟', '法定代表人（签字）：李四']]));
    expect(listTables(doc).every((t) => t.headerText === '')).toBe(true);
  });

  it('does not take a form row of counts ("成员总数 | 10个") for a header', () => {
    const doc = docOf(table([['成员总数', '10个', '成员企业数', '6个'], ['成员高校数量', '2个', '成员研究机构数', '2个']]));
    expect(listTables(doc).every((t) => t.columns.every((c) => c.role !== 'name' || t.rows.length === 0))).toBe(true);
  });
});
