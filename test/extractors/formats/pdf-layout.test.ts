import { describe, expect, it } from 'vitest';
import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { collectRulings } from '../../../extractors/formats/pdf-rulings.js';
import { readPdf } from '../../../extractors/formats/pdf.js';
import type { Block, TableBlock } from '../../../src/model/document.js';
import { normalizeText } from '../../../src/text/normalize.js';
import { buildPdf, centred, drawTable, emptyPage, OFFICIAL, setParagraphs, type Borders, type FixtureCell } from './pdf-fixture.js';

const cell = (text: string, extra: Partial<FixtureCell> = {}): FixtureCell => ({ text, align: 'center', ...extra });
const row = (...texts: string[]): FixtureCell[] => texts.map((t) => cell(t));

/** A PDF with one table drawn at the top of an A4 page, a line of text above it. */
function tablePdf(rows: FixtureCell[][], widths: number[], borders: Borders = 'stroke'): Buffer {
  const page = emptyPage();
  page.texts.push({ x: 228.6, y: 730, size: 16, text: '联盟成员单位签署页' });
  drawTable(page, rows, { x: 79.7, top: 700, widths, borders });
  return buildPdf([page]);
}

async function tables(pdf: Buffer): Promise<TableBlock[]> {
  const doc = await readPdf(pdf);
  return doc.blocks.filter((b): b is TableBlock => b.type === 'table');
}

const texts = (t: TableBlock): string[][] => t.rows.map((r) => r.cells.map((c) => c.text));
const paragraphs = (blocks: Block[]): string[] => blocks.map((b) => (b.type === 'table' ? '[table]' : b.text));

/** One PDF table per phenomenon of word-processor exports and the rows it must read as. */
const TABLE_CASES: { name: string; pdf: () => Buffer; rows: string[][] }[] = [
  {
    name: 'header cells wrapped over two and three lines, one-line headers centred beside them',
    pdf: () =>
      tablePdf(
        [row('成员单位', '单位（盖章）', '法定代表人或授权代表（签字）', '日期'), row('开封汴京新能源客车股份有限公司', '', '叶秀英', '二〇二〇年八月十四日')],
        [150, 58.6, 80, 110],
      ),
    rows: [
      ['成员单位', '单位(盖章)', '法定代表人或授权代表(签字)', '日期'],
      ['开封汴京新能源客车股份有限公司', '', '叶秀英', '二〇二〇年八月十四日'],
    ],
  },
  {
    name: 'body cells wrapped over two lines with one-line cells vertically centred beside them',
    pdf: () =>
      tablePdf(
        [
          row('序号', '单位名称', '统一社会信用代码', '单位类型', '法定代表人', '住所'),
          [cell('1'), cell('郑州康原生物制药股份有限公司', { align: 'left' }), cell('914101714YQ0ABCJ7U'), cell('企业'), cell('文海燕'), cell('郑州市经济技术开发区秀水路46号', { align: 'left' })],
          [cell('2'), cell('新乡红旗生物疫苗有限公司', { align: 'left' }), cell('91410702TYYP79M450'), cell('企业'), cell('姜海涛'), cell('新乡市红旗区民主路35号', { align: 'left' })],
        ],
        [30, 140, 110, 50, 60, 110],
      ),
    rows: [
      ['序号', '单位名称', '统一社会信用代码', '单位类型', '法定代表人', '住所'],
      ['1', '郑州康原生物制药股份有限公司', '914101714YQ0ABCJ7U', '企业', '文海燕', '郑州市经济技术开发区秀水路46号'],
      ['2', '新乡红旗生物疫苗有限公司', '91410702TYYP79M450', '企业', '姜海涛', '新乡市红旗区民主路35号'],
    ],
  },
  {
    name: 'an empty column (no seal in any row), borders drawn as thin filled rectangles',
    pdf: () =>
      tablePdf(
        [row('成员单位', '单位（盖章）', '法定代表人（签字）'), row('兰州新区氢能装备股份有限公司', '', '谢春华'), row('兰州能源工程大学', '', '孙文华')],
        [190, 100, 110],
        'fill',
      ),
    rows: [
      ['成员单位', '单位(盖章)', '法定代表人(签字)'],
      ['兰州新区氢能装备股份有限公司', '', '谢春华'],
      ['兰州能源工程大学', '', '孙文华'],
    ],
  },
  {
    name: 'an unsigned row and a fully blank row, each followed by a filled row',
    pdf: () =>
      tablePdf(
        [
          row('成员单位', '单位（盖章）', '签字', '日期'),
          row('南阳镇平生物试剂有限公司', '', '', ''),
          row('苏州吴中生物工艺装备有限公司', '', '范海涛', '2020年8月24日'),
          row('', '', '', ''),
          row('豫州医科大学', '', '高立军', '2020年8月24日'),
        ],
        [170, 70, 70, 90],
      ),
    rows: [
      ['成员单位', '单位(盖章)', '签字', '日期'],
      ['南阳镇平生物试剂有限公司', '', '', ''],
      ['苏州吴中生物工艺装备有限公司', '', '范海涛', '2020年8月24日'],
      ['', '', '', ''],
      ['豫州医科大学', '', '高立军', '2020年8月24日'],
    ],
  },
  {
    name: 'a table drawn without ruling lines, a wrapped name beside vertically centred cells',
    pdf: () =>
      tablePdf(
        [
          row('序号', '单位名称', '统一社会信用代码', '类型'),
          [cell('1'), cell('鄂尔多斯东胜煤制油技术有限公司', { align: 'left' }), cell('91150602MA61JUWR9Q'), cell('企业')],
          [cell('2'), cell('义马豫西煤气化有限公司', { align: 'left' }), cell('91411281MAD1FCLT7N'), cell('企业')],
          [cell('3'), cell('太原煤炭化工大学', { align: 'left' }), cell('121400007647984111'), cell('高校')],
        ],
        [40, 140, 130, 60],
        'none',
      ),
    rows: [
      ['序号', '单位名称', '统一社会信用代码', '类型'],
      ['1', '鄂尔多斯东胜煤制油技术有限公司', '91150602MA61JUWR9Q', '企业'],
      ['2', '义马豫西煤气化有限公司', '91411281MAD1FCLT7N', '企业'],
      ['3', '太原煤炭化工大学', '121400007647984111', '高校'],
    ],
  },
];

describe('readPdf tables from word-processor PDFs', () => {
  it.each(TABLE_CASES)('$name', async ({ pdf, rows }) => {
    const found = await tables(pdf());
    expect(found).toHaveLength(1);
    expect(texts(found[0])).toEqual(rows);
    expect(found[0].rows.flatMap((r) => r.cells).every((c) => c.colSpan === 1 && c.rowSpan === 1 && c.page === 1)).toBe(true);
  });

  it('marks a cell an image is placed over (a seal pasted in as a picture), and only that cell', async () => {
    const page = emptyPage();
    drawTable(page, [row('成员单位', '单位（盖章）', '日期'), row('甲科技有限公司', '', '2020年8月1日'), row('乙理工学院', '', '')], { x: 79.7, top: 700, widths: [180, 120, 120], borders: 'stroke' });
    // A 60 pt seal centred in the 单位（盖章） cell of the first member's row (rows are about 20–30 pt high; the seal overflows it).
    page.images = [[79.7 + 180 + 30, 640, 60, 60]];
    const doc = await readPdf(buildPdf([page]));
    const [t] = doc.blocks.filter((b): b is TableBlock => b.type === 'table');
    expect(t.rows.map((r) => r.cells.map((c) => c.image === true))).toEqual([
      [false, false, false],
      [false, true, false],
      [false, false, false],
    ]);
  });

  it('keeps a merged cell once with its colSpan / rowSpan, and reads tick boxes in a cell', async () => {
    const [t] = await tables(
      tablePdf(
        [
          [cell('序号', { rowSpan: 2 }), cell('成员单位信息', { colSpan: 2 }), cell('类型', { rowSpan: 2 })],
          row('名称', '信用代码'),
          [cell('1'), cell('兰州新区氢能装备股份有限公司'), cell('91620122MAJ1UQ7J7Q'), cell('企业', { rowSpan: 2 })],
          row('2', '酒泉金塔风光制氢有限公司', '91620921MADJPP6A2W'),
          [cell('经费管理制度', { colSpan: 2 }), cell('□有 ■无', { colSpan: 2 })],
        ],
        [40, 170, 120, 60],
      ),
    );
    expect(t.rows.map((r) => r.cells.map((c) => [c.text, c.colSpan, c.rowSpan]))).toEqual([
      [
        ['序号', 1, 2],
        ['成员单位信息', 2, 1],
        ['类型', 1, 2],
      ],
      [
        ['名称', 1, 1],
        ['信用代码', 1, 1],
      ],
      [
        ['1', 1, 1],
        ['兰州新区氢能装备股份有限公司', 1, 1],
        ['91620122MAJ1UQ7J7Q', 1, 1],
        ['企业', 1, 2],
      ],
      [
        ['2', 1, 1],
        ['酒泉金塔风光制氢有限公司', 1, 1],
        ['91620921MADJPP6A2W', 1, 1],
      ],
      [
        ['经费管理制度', 2, 1],
        ['□有 ■无', 2, 1],
      ],
    ]);
    expect(t.rows[4].cells[1].checkboxes).toEqual([
      { state: 'unchecked', label: '有' },
      { state: 'checked', label: '无' },
    ]);
    expect(t.rows[2].cells[3].ref).toBe(`${t.ref}/rows/2/cells/3`);
  });

  it('keeps two tables of one page apart, in page order, with the text between them', async () => {
    const page = emptyPage();
    const bottom = drawTable(page, [row('名称', '代码'), row('兰州能源工程大学', '12620100512109755M')], { x: 79.7, top: 760, widths: [200, 200] });
    page.texts.push({ x: 79.7, y: bottom - 30, size: 10.5, text: '二、成员单位任务分工' });
    drawTable(page, [row('成员单位', '任务分工'), row('兰州能源工程大学', '负责电解槽催化剂研究')], { x: 79.7, top: bottom - 50, widths: [200, 200] });
    const doc = await readPdf(buildPdf([page]));
    expect(paragraphs(doc.blocks)).toEqual(['[table]', '二、成员单位任务分工', '[table]']);
    expect(doc.blocks.map((b) => b.ref)).toEqual(['/blocks/0', '/blocks/1', '/blocks/2']);
  });
});

/** GB/T 9704 body text: each paragraph as the reader must return it. */
const BODY = [
  '本协议由以下十二家单位（以下合称“联盟成员”，单称“成员单位”）共同订立：',
  '1.单位名称：开封汴京新能源客车股份有限公司；单位性质：企业；统一社会信用代码：91410212GKDEAWWR2H；法定代表人：叶秀英；住所：开封市祥符区光华大道43号。',
  // 26 + 28 characters: the last line runs to the right margin, the next paragraph is indented.
  '第二条联盟是在河南省科学技术厅指导下由从事新能源商用车相关研发生产和服务的企业高等院校科研院所及其他机构组建',
  '（一）各成员单位均为依法设立、能够独立承担民事责任的法人；',
  '（二）各成员单位在新能源商用车领域分别具有研发、生产、检测或人才培养方面的优势，有意开展长期稳定的合作。',
];

describe('readPdf paragraphs from official-document PDFs', () => {
  it('rebuilds paragraphs of 16 pt text at 28.9 pt pitch with a 2-em first-line indent', async () => {
    expect([...BODY[2]].length).toBe(2 * OFFICIAL.chars - 2);
    const page = emptyPage();
    setParagraphs(page, BODY, 700);
    expect(page.texts.length).toBeGreaterThan(BODY.length + 3);
    const doc = await readPdf(buildPdf([page]));
    expect(paragraphs(doc.blocks)).toEqual(BODY.map(normalizeText));
  });

  it('keeps a centred title, a centred chapter heading and the page number apart from the body', async () => {
    const page = emptyPage();
    centred(page, '河南省新能源商用车产业技术创新战略联盟协议书', 760, 20);
    let y = setParagraphs(page, [BODY[2]], 715);
    centred(page, '第一章　总则', y, 16);
    y = setParagraphs(page, [BODY[3]], y - OFFICIAL.pitch);
    centred(page, '— 1 —', 40, 14);
    const doc = await readPdf(buildPdf([page]));
    expect(paragraphs(doc.blocks)).toEqual(['河南省新能源商用车产业技术创新战略联盟协议书', BODY[2], '第一章 总则', BODY[3], '— 1 —'].map(normalizeText));
  });

  it('joins a paragraph broken by a page break, not one that starts indented on the next page', async () => {
    const text = '第三条联盟遵循“平等自愿、优势互补、利益共享、风险共担、开放合作”的组织原则。联盟不具有独立法人资格，各成员单位独立承担各自的民事责任，联盟成员之间的权利义务依照本协议确定。';
    const whole = emptyPage();
    setParagraphs(whole, [text], 100);
    expect(whole.texts.length).toBeGreaterThan(3);
    // The first two lines of the paragraph stand at the foot of page 1, the rest at the top of page 2.
    const first = emptyPage();
    setParagraphs(first, [BODY[0]], 700);
    first.texts.push(...whole.texts.slice(0, 2));
    centred(first, '— 1 —', 30, 14);
    const second = emptyPage();
    whole.texts.slice(2).forEach((t, k) => second.texts.push({ ...t, y: 760 - k * OFFICIAL.pitch }));
    setParagraphs(second, [BODY[3]], 760 - (whole.texts.length - 2) * OFFICIAL.pitch);
    const doc = await readPdf(buildPdf([first, second]));
    expect(paragraphs(doc.blocks)).toEqual([BODY[0], text, '— 1 —', BODY[3]].map(normalizeText));
    expect(doc.blocks.map((b) => b.page)).toEqual([1, 1, 1, 2]);
  });
});

describe('collectRulings', () => {
  it('applies the transformation matrix (save / cm / restore) to stroked lines and thin filled rectangles', () => {
    const path = (...ops: number[]) => [new Float32Array(ops)];
    const { horizontal, vertical } = collectRulings({
      fnArray: [OPS.save, OPS.transform, OPS.constructPath, OPS.constructPath, OPS.restore, OPS.constructPath, OPS.constructPath],
      argsArray: [
        null,
        [0.75, 0, 0, -0.75, 0, 841.89],
        // Word-style page space scaled by 0.75 and flipped: a stroked line and a thin filled bar.
        [OPS.stroke, path(0, 100, 100, 1, 400, 100), null],
        [OPS.fill, path(0, 100, 200, 1, 100.5, 200, 1, 100.5, 600, 1, 100, 600, 3), null],
        null,
        // Back in page space: a curve is no ruling, a large filled box (shading) neither.
        [OPS.stroke, path(0, 10, 10, 2, 20, 20, 30, 30, 40, 40), null],
        [OPS.fill, path(0, 10, 10, 1, 300, 10, 1, 300, 300, 1, 10, 300, 3), null],
      ],
    });
    expect(horizontal.map((s) => [s.pos, s.from, s.to].map((v) => Math.round(v * 100) / 100))).toEqual([[766.89, 75, 300]]);
    expect(vertical.map((s) => [s.pos, s.from, s.to].map((v) => Math.round(v * 100) / 100))).toEqual([[75.19, 391.89, 691.89]]);
  });
});
