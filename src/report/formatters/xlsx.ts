import ExcelJS from 'exceljs';
import type { ConditionStatus, Verdict } from '../../model/finding.js';
import type { Report } from '../../model/report.js';
import { MEMBER_TYPE_LABELS, STATUS_LABELS, VERDICT_LABELS } from '../labels.js';
import { summarize } from '../summary.js';
import { showBidi } from '../bidi.js';

type CellValue = string | number | null;

/** A column of a sheet: English field name (stable, for scripts), Chinese header, width in characters. */
interface Column {
  key: string;
  header: string;
  width: number;
  description: string;
}


/** 汇总: the same columns as summary.csv. */
const SUMMARY_COLUMNS: readonly Column[] = [
  { key: 'submission', header: '申报编号', width: 18, description: '申报编号（文件夹或压缩包名）' },
  { key: 'pack', header: '申报项目', width: 30, description: '审查所用的申报项目规则包编号' },
  { key: 'verdict', header: '结论代码', width: 13, description: 'pass / fail / needs-review / error' },
  { key: 'verdict_zh', header: '审查结论', width: 12, description: '审查结论（中文）' },
  { key: 'failed', header: '不符合的条件', width: 34, description: '不符合的条件编号，以空格分隔' },
  { key: 'unknown', header: '待核实的条件', width: 34, description: '无法判定、需人工核实的条件编号，以空格分隔' },
  { key: 'alliance_name', header: '联盟名称', width: 36, description: '联盟名称' },
  { key: 'lead_unit', header: '牵头单位', width: 30, description: '牵头单位' },
  { key: 'member_count', header: '列明成员单位数', width: 15, description: '材料中列明的成员单位数' },
  { key: 'documents', header: '材料数', width: 9, description: '申报材料文件数' },
  { key: 'unreadable_files', header: '无法读取的文件', width: 30, description: '无法读取的文件，以空格分隔' },
];

/** 条件: one row per submission × condition. */
const CONDITION_COLUMNS: readonly Column[] = [
  { key: 'submission', header: '申报编号', width: 18, description: '申报编号' },
  { key: 'pack', header: '申报项目', width: 30, description: '申报项目规则包编号' },
  { key: 'condition_id', header: '条件编号', width: 28, description: '条件编号（见 RULES.md）' },
  { key: 'title', header: '条件名称', width: 26, description: '条件名称' },
  { key: 'status_zh', header: '审查结果', width: 10, description: '符合 / 不符合 / 待核实' },
  { key: 'status', header: '结果代码', width: 10, description: 'pass / fail / unknown' },
  { key: 'message', header: '说明', width: 50, description: '审查说明' },
  { key: 'source', header: '依据', width: 36, description: '条件在申报通知中的出处' },
  { key: 'evidence_file', header: '证据文件', width: 24, description: '第一条证据所在文件' },
  { key: 'evidence_page', header: '页码', width: 7, description: '第一条证据所在页（PDF），DOCX 无页码' },
  { key: 'evidence_ref', header: '位置', width: 22, description: '第一条证据在文档结构中的位置（JSON 指针）' },
  { key: 'evidence_quote', header: '原文摘录', width: 60, description: '第一条证据的原文摘录' },
];

/** 成员: one row per named member unit. */
const MEMBER_COLUMNS: readonly Column[] = [
  { key: 'submission', header: '申报编号', width: 18, description: '申报编号' },
  { key: 'name', header: '单位名称', width: 36, description: '成员单位名称' },
  { key: 'type_zh', header: '类型', width: 10, description: '企业 / 高等院校 / 科研院所 / 其他' },
  { key: 'type', header: '类型代码', width: 12, description: 'enterprise / university / institute / other' },
  { key: 'credit_code', header: '统一社会信用代码', width: 22, description: '统一社会信用代码（材料中载明时）' },
  { key: 'province', header: '所在省份', width: 10, description: '所在省份（由信用代码或名称推断）' },
];

const SHEETS: readonly { name: string; columns: readonly Column[] }[] = [
  { name: '汇总', columns: SUMMARY_COLUMNS },
  { name: '条件', columns: CONDITION_COLUMNS },
  { name: '成员', columns: MEMBER_COLUMNS },
];

/** Fill colours (ARGB) of verdict and status cells. */
const VERDICT_FILLS: Record<Verdict, string> = { pass: 'FFE8F5EC', fail: 'FFFDECEA', 'needs-review': 'FFFFF8E1', error: 'FFF0F1F3' };
const STATUS_FILLS: Record<ConditionStatus, string> = { pass: 'FFE8F5EC', fail: 'FFFDECEA', unknown: 'FFFFF8E1' };

/** Longest text a spreadsheet cell holds. */
const MAX_CELL_CHARS = 32_767;

/**
 * Text safe for a cell: bidi controls shown (`⟨U+202E⟩`), lone surrogates replaced and U+FFFE/U+FFFF
 * dropped (exceljs writes them as is, which makes the XML invalid; it drops control characters
 * itself), cut to the cell limit. Text is written as a typed string cell, which no spreadsheet
 * program evaluates: `=HYPERLINK(…)` stays the text it is (see the xlsx tests), so it keeps no
 * leading quote here, unlike summary.csv.
 */
function cellText(s: string): string {
  const clean = showBidi(s).replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu, '\ufffd').replace(/[\ufffe\uffff]/gu, '');
  if (clean.length <= MAX_CELL_CHARS) return clean;
  const cut = /[\ud800-\udbff]/u.test(clean[MAX_CELL_CHARS - 2] ?? '') ? MAX_CELL_CHARS - 2 : MAX_CELL_CHARS - 1;
  return `${clean.slice(0, cut)}…`;
}

function cellValue(v: string | number | null | undefined): CellValue {
  if (v === null || v === undefined) return null;
  return typeof v === 'string' ? cellText(v) : v;
}

/** A list as one space-separated cell, empty when the list is. */
function joined(list: readonly string[]): string | null {
  return list.length > 0 ? list.join(' ') : null;
}

function fill(argb: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb } };
}

/** Adds a sheet with a bold frozen header row of Chinese labels (English field names as notes) and autofilter. */
function addSheet(wb: ExcelJS.Workbook, name: string, columns: readonly Column[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  ws.columns = columns.map((c) => ({ key: c.key, width: c.width }));
  const header = ws.getRow(1);
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.note = c.key;
  });
  header.font = { bold: true };
  header.alignment = { vertical: 'middle' };
  header.eachCell((cell) => {
    cell.fill = fill('FFEEF1F4');
    cell.border = { bottom: { style: 'thin', color: { argb: 'FF8C959F' } } };
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return ws;
}

function addRow(ws: ExcelJS.Worksheet, columns: readonly Column[], values: Record<string, string | number | null | undefined>): ExcelJS.Row {
  const row = ws.addRow(columns.map((c) => cellValue(values[c.key])));
  row.alignment = { vertical: 'top', wrapText: true };
  return row;
}

/** The "fields" sheet: every column of every sheet with its English field name, for scripts. */
function addFieldsSheet(wb: ExcelJS.Workbook): void {
  const columns: readonly Column[] = [
    { key: 'sheet', header: '工作表', width: 10, description: '' },
    { key: 'column', header: '列', width: 6, description: '' },
    { key: 'header', header: '列名', width: 18, description: '' },
    { key: 'field', header: '字段名', width: 18, description: '' },
    { key: 'description', header: '说明', width: 50, description: '' },
  ];
  const ws = addSheet(wb, 'fields', columns);
  for (const sheet of SHEETS) {
    sheet.columns.forEach((c, i) => {
      addRow(ws, columns, { sheet: sheet.name, column: ws.getColumn(i + 1).letter, header: c.header, field: c.key, description: c.description });
    });
  }
}

/**
 * summary.xlsx: the batch for officials' spreadsheets. Sheets 汇总 (one row per submission, the
 * columns of summary.csv), 条件 (one row per submission × condition), 成员 (one row per named member
 * unit) and fields (the English field name of every column; also set as a note on each header cell).
 */
export async function summaryXlsx(reports: readonly Report[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'innovation-filings';

  const summary = addSheet(wb, '汇总', SUMMARY_COLUMNS);
  for (const r of summarize(reports)) {
    const row = addRow(summary, SUMMARY_COLUMNS, {
      submission: r.submission,
      pack: r.pack,
      verdict: r.verdict,
      verdict_zh: VERDICT_LABELS[r.verdict],
      failed: joined(r.failed),
      unknown: joined(r.unknown),
      alliance_name: r.allianceName,
      lead_unit: r.leadUnit,
      member_count: r.memberCount,
      documents: r.documents,
      unreadable_files: joined(r.unreadableFiles),
    });
    row.getCell('verdict_zh').fill = fill(VERDICT_FILLS[r.verdict]);
  }

  const conditions = addSheet(wb, '条件', CONDITION_COLUMNS);
  for (const report of reports) {
    for (const c of report.conditions) {
      const e = c.evidence[0];
      const row = addRow(conditions, CONDITION_COLUMNS, {
        submission: report.submission.id,
        pack: report.pack?.id,
        condition_id: c.id,
        title: c.title,
        status_zh: STATUS_LABELS[c.status],
        status: c.status,
        message: c.message,
        source: c.source,
        evidence_file: e?.file,
        evidence_page: e?.page,
        evidence_ref: e?.ref,
        evidence_quote: e?.quote,
      });
      row.getCell('status_zh').fill = fill(STATUS_FILLS[c.status]);
    }
  }

  const members = addSheet(wb, '成员', MEMBER_COLUMNS);
  for (const report of reports) {
    for (const m of report.facts.members?.value ?? []) {
      addRow(members, MEMBER_COLUMNS, {
        submission: report.submission.id,
        name: m.name,
        type_zh: MEMBER_TYPE_LABELS[m.type],
        type: m.type,
        credit_code: m.creditCode,
        province: m.province,
      });
    }
  }

  addFieldsSheet(wb);
  // exceljs types its result as its own ArrayBuffer-like "Buffer"; on Node it is a Buffer already.
  return Buffer.from(await wb.xlsx.writeBuffer());
}
