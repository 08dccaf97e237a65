import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { reportLink, summaryXlsx } from '../../../src/report/formatters/xlsx.js';
import type { Report } from '../../../src/model/report.js';
import { HOSTILE, makeErrorReport, makeHostileReport, makeReport } from './fixtures.js';
import { FLAGS, flaggedReport, indicator, scoreOf } from '../../pipeline/red-flags-fixtures.js';

async function readBack(reports: readonly Report[]): Promise<ExcelJS.Workbook> {
  const buf = await summaryXlsx(reports);
  expect(Buffer.isBuffer(buf)).toBe(true);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb;
}

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

/** Row values as a plain array (exceljs rows are 1-based with a hole at index 0). */
function values(ws: ExcelJS.Worksheet, row: number): unknown[] {
  return (ws.getRow(row).values as unknown[]).slice(1);
}

function dataRows(ws: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  for (let i = 2; i <= ws.rowCount; i++) rows.push(values(ws, i));
  return rows;
}

describe('summaryXlsx', () => {
  const reports = [makeReport('henan-07'), makeErrorReport('坏-01'), makeReport('henan-09', { verdict: 'needs-review' })];

  it('has the expected sheets', async () => {
    const wb = await readBack(reports);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['审查汇总', '批次问题', '条件', '成员', '字段说明']);
  });

  it('writes one summary row per submission with Chinese headers, frozen and filtered, failures first', async () => {
    const ws = sheet(await readBack(reports), '审查汇总');
    expect(values(ws, 1).slice(0, 11)).toEqual(['申报编号', '申报项目', '结论代码', '审查结论', '不符合的条件', '待核实的条件', '联盟名称', '牵头单位', '列明成员单位数', '材料数', '无法读取的文件']);
    expect(values(ws, 1).slice(11)).toEqual(['总分下限', '总分上限', '档次', '自评虚高分数', '基本分', '加分', '满分', '红旗代码', '红旗', '报告']);
    expect(ws.getCell('A1').note).toBe('submission');
    expect(ws.getCell('K1').note).toBe('unreadable_files');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBeTruthy();
    const rows = dataRows(ws);
    expect(rows).toHaveLength(3);
    expect(rows.map((r) => r[0])).toEqual(['henan-07', '坏-01', 'henan-09']);
    expect(rows[0]?.slice(0, 10)).toEqual([
      'henan-07',
      'henan-2020-alliance-application',
      'fail',
      '不通过',
      'members.min-count',
      'agreement.signed',
      '河南省新材料产业技术创新战略联盟',
      '郑州某某科技有限公司',
      3,
      2,
    ]);
    expect(rows[1]?.slice(0, 11)).toEqual(['坏-01', undefined, 'error', '无法审查', undefined, undefined, undefined, undefined, undefined, 1, '损坏.pdf']);
    expect(rows[2]?.[3]).toBe('待人工核实');
  });

  it('puts failed submissions first, then those that could not be checked, then needs-review, then passes', async () => {
    const order = [makeReport('ok', { verdict: 'pass' }), makeReport('review', { verdict: 'needs-review' }), makeErrorReport('broken'), makeReport('failed')];
    expect(dataRows(sheet(await readBack(order), '审查汇总')).map((r) => r[0])).toEqual(['failed', 'broken', 'review', 'ok']);
  });

  it('prints every sheet landscape, one page wide, with the header row repeated', async () => {
    const wb = await readBack(reports);
    for (const ws of wb.worksheets) expect(ws.pageSetup, ws.name).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' });
  });

  it('links each summary row to its report.html by a relative path', async () => {
    const ws = sheet(await readBack([makeReport('甘肃 #1?')]), '审查汇总');
    const link = ws.getRow(2).getCell(ws.columnCount).value as { text: string; hyperlink: string };
    expect(link).toMatchObject({ text: '查看报告', hyperlink: '甘肃%20%231_/report.html' });
  });

  it('gives a hostile id a link that stays relative: no scheme, no climbing out, no second path part', () => {
    for (const id of [HOSTILE.formula, 'javascript:alert(1)', '../../etc/passwd', 'C:\\x', HOSTILE.bidi]) {
      const link = reportLink(id);
      expect(link, id).toMatch(/^[^/:\\]+\/report\.html$/u);
      expect(link.startsWith('.'), id).toBe(false);
    }
  });

  it('writes one row per submission × condition with the first evidence', async () => {
    const ws = sheet(await readBack(reports), '条件');
    expect(values(ws, 1)).toContain('条件编号');
    const rows = dataRows(ws);
    // two full reports × three conditions; the error report has none.
    expect(rows).toHaveLength(6);
    expect(rows[0]).toEqual([
      'henan-07',
      'henan-2020-alliance-application',
      'members.min-count',
      '成员单位数量',
      '不符合',
      'fail',
      '列明成员单位 3 家，少于要求的 10 家',
      '通知第二条第（一）款',
      '协议书.pdf',
      2,
      '/pages/1/blocks/3',
      '甲方：<script>alert("x")</script> & 乙方',
      '协议书.pdf 第2页',
    ]);
    expect(rows.map((r) => r[4])).toEqual(['不符合', '待核实', '符合', '不符合', '待核实', '符合']);
    expect(rows[5]?.slice(8)).toEqual([]);
    expect(rows.filter((r) => r[0] === 'henan-09')).toHaveLength(3);
  });

  it('writes one row per member with the credit code as text', async () => {
    const ws = sheet(await readBack(reports), '成员');
    expect(values(ws, 1)).toEqual(['申报编号', '单位名称', '类型', '类型代码', '统一社会信用代码', '所在省份']);
    const rows = dataRows(ws);
    expect(rows).toHaveLength(6);
    expect(rows[0]).toEqual(['henan-07', '郑州某某科技有限公司', '企业', 'enterprise', '91410100MA44XXXX1X', '河南']);
    expect(rows[2]).toEqual(['henan-07', '中国科学院某研究所', '科研院所', 'institute']);
  });

  it('describes every column of every sheet in the 字段说明 codebook: meaning, unit and allowed values', async () => {
    const wb = await readBack(reports);
    const rows = dataRows(sheet(wb, '字段说明'));
    const described = ['审查汇总', '批次问题', '条件', '成员'].reduce((n, name) => n + sheet(wb, name).columnCount, 0);
    expect(rows).toHaveLength(described);
    expect(rows).toContainEqual(['条件', 'L', '原文摘录', 'evidence_quote', '第一条证据的原文摘录']);
    expect(rows).toContainEqual(['审查汇总', 'O', '自评虚高分数', 'claimed_inflation', expect.stringContaining('自评分 − 证据支持的最高分'), '分', expect.stringContaining('≥ 0')]);
    expect(rows).toContainEqual(['审查汇总', 'D', '审查结论', 'verdict_zh', expect.any(String), undefined, '通过 / 不通过 / 待人工核实 / 无法审查']);
    expect(rows).toContainEqual(['审查汇总', 'T', '红旗', 'flags_zh', expect.any(String), undefined, expect.stringContaining('自评虚高 / 超出推荐名额 / 逾期报送')]);
  });

  it('writes text with characters XML forbids as a readable file', async () => {
    const report = makeReport('x\u0001y');
    const c = report.conditions[0]!;
    c.message = `坏\u0000字符\ud800与\ufffe${'长'.repeat(40_000)}`;
    const ws = sheet(await readBack([report]), '条件');
    const message = String(ws.getCell('G2').value);
    expect(message.startsWith('坏字符\ufffd与长长')).toBe(true);
    // Cut to the cell limit (exceljs then drops the NUL, one less).
    expect(message.length).toBeLessThanOrEqual(32_767);
    expect(message.length).toBeGreaterThan(32_700);
    expect(message.endsWith('长…')).toBe(true);
    expect(ws.getCell('A2').value).toBe('xy');
  });

  it('writes an empty batch with header rows only', async () => {
    const wb = await readBack([]);
    for (const name of ['审查汇总', '批次问题', '条件', '成员']) expect(sheet(wb, name).rowCount).toBe(1);
  });
});

describe('summaryXlsx with hostile text', () => {
  const hostile = makeHostileReport(HOSTILE.formula);

  it('writes text that starts like a formula as a string cell, never a formula', async () => {
    const ws = sheet(await readBack([hostile]), '审查汇总');
    for (const address of ['A2', 'G2', 'H2']) {
      const cell = ws.getCell(address);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
    }
    expect(ws.getCell('A2').value).toBe(HOSTILE.formula);
    expect(ws.getCell('G2').value).toBe(`${HOSTILE.at}${HOSTILE.pipe}`);
    expect(ws.getCell('H2').value).toBe(HOSTILE.dde);
  });

  it('puts no formula element in any sheet of the file', async () => {
    const zip = await JSZip.loadAsync(await summaryXlsx([hostile]));
    const sheets = Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/u.test(f));
    expect(sheets).toHaveLength(5);
    for (const f of sheets) expect(await zip.file(f)!.async('string')).not.toMatch(/<f[ >]/u);
  });

  it('shows bidi controls in text cells', async () => {
    const wb = await readBack([hostile]);
    expect(sheet(wb, '审查汇总').getCell('K2').value).toBe('rtl⟨U+202E⟩gpj.exe');
    expect(sheet(wb, '条件').getCell('I2').value).toBe('rtl⟨U+202E⟩gpj.exe');
  });
});

describe('summaryXlsx with red flags', () => {
  const late = flaggedReport('gansu-demo-03', [FLAGS['batch.deadline'], FLAGS['batch.quota']], 'fail');
  late.submission.meta = { city: '兰州市', submittedAt: '2022-04-25', level: 'city' };
  const inflated = flaggedReport('gansu-ase-01', [FLAGS['score.inflated']], 'needs-review');
  inflated.score = scoreOf([indicator('ip', '知识产权', [10, 10], 20), indicator('plan', '中长期发展规划', [0, 5], 11)]);
  const reports = [flaggedReport('gansu-ok', [], 'pass'), inflated, late];

  it('gives score range, inflation and flags in the 审查汇总 row of each submission, failures first', async () => {
    const ws = sheet(await readBack(reports), '审查汇总');
    const header = values(ws, 1);
    const rows = dataRows(ws);
    const at = (r: unknown[] | undefined, name: string) => r![header.indexOf(name)];
    expect(rows.map((r) => r[0])).toEqual(['gansu-demo-03', 'gansu-ase-01', 'gansu-ok']);
    expect([at(rows[1], '总分下限'), at(rows[1], '总分上限'), at(rows[1], '自评虚高分数'), at(rows[1], '红旗')]).toEqual([10, 15, 16, '自评虚高']);
    expect(at(rows[0], '红旗')).toBe('逾期报送、超出推荐名额');
    expect(at(rows[2], '红旗')).toBeUndefined();
  });

  it('lists every quota and deadline flag in 批次问题 with the city and the date filed, and no inflation', async () => {
    const rows = dataRows(sheet(await readBack(reports), '批次问题'));
    expect(rows.map((r) => r.slice(0, 7))).toEqual([
      ['gansu-demo-03', 'henan-2020-alliance-application', 'batch.deadline', '逾期报送', '不通过', '兰州市', '2022-04-25'],
      ['gansu-demo-03', 'henan-2020-alliance-application', 'batch.quota', '超出推荐名额', '待人工核实', '兰州市', '2022-04-25'],
    ]);
    expect(rows[0]?.[7]).toBe('于 2022-04-25 报送，晚于市级截止日期 2022-04-20');
  });
});
