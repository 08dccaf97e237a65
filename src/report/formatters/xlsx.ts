import ExcelJS from 'exceljs';
import type { ConditionStatus, Verdict } from '../../model/finding.js';
import type { Report } from '../../model/report.js';
import { FLAG_EFFECT_LABELS, FLAG_LABELS, MEMBER_TYPE_LABELS, STATUS_LABELS } from '../labels.js';
import { failuresFirst, SUMMARY_COLUMNS, summarize } from '../summary.js';
import { evidencePlace } from '../evidence-where.js';
import { safeId } from '../../model/safe-id.js';
import { SUBMISSION_FILES } from '../../model/output-names.js';
import { showBidi } from '../bidi.js';

type CellValue = string | number | null;

/** A column of a sheet: English field name (stable, for scripts), Chinese header, width in characters, and its codebook entry. */
interface Column {
  key: string;
  header: string;
  width: number;
  /** What the column holds (Chinese). */
  meaning: string;
  /** Unit (分, 个, 份), '' for text. */
  unit?: string;
  /** Allowed values (Chinese), '' for free text. */
  values?: string;
}

/** 审查汇总: the columns of summary.csv, then a link to the submission's report.html. */
const REPORT_COLUMN: Column = { key: 'report', header: '报告', width: 12, meaning: '该申报的审查报告（report.html，相对于本文件所在文件夹的链接）', values: '链接；未输出 HTML 报告时链接无效' };
const SUMMARY_SHEET_COLUMNS: readonly Column[] = [...SUMMARY_COLUMNS, REPORT_COLUMN];

/** 批次问题: one row per red flag of the batch rules (quota, deadline) × submission it concerns. */
const BATCH_COLUMNS: readonly Column[] = [
  { key: 'submission', header: '申报编号', width: 24, meaning: '申报编号' },
  { key: 'pack', header: '申报项目', width: 30, meaning: '申报项目规则包编号' },
  { key: 'flag', header: '问题代码', width: 16, meaning: '红旗代码', values: 'batch.quota / batch.deadline' },
  { key: 'flag_zh', header: '问题', width: 14, meaning: '红旗（中文）', values: `${FLAG_LABELS['batch.quota']} / ${FLAG_LABELS['batch.deadline']}` },
  { key: 'effect_zh', header: '对结论的影响', width: 14, meaning: '该问题使审查结论至少为', values: Object.values(FLAG_EFFECT_LABELS).join(' / ') },
  { key: 'city', header: '市州', width: 10, meaning: '推荐市州（submission.json 的 city）' },
  { key: 'submitted_at', header: '报送日期', width: 12, meaning: '报送日期（submission.json 的 submittedAt）', values: 'YYYY-MM-DD' },
  { key: 'message', header: '说明', width: 70, meaning: '问题说明（名额、截止日期）' },
];

/** 条件: one row per submission × condition. */
const CONDITION_COLUMNS: readonly Column[] = [
  { key: 'submission', header: '申报编号', width: 18, meaning: '申报编号' },
  { key: 'pack', header: '申报项目', width: 30, meaning: '申报项目规则包编号' },
  { key: 'condition_id', header: '条件编号', width: 28, meaning: '条件编号（见 RULES.md）' },
  { key: 'title', header: '条件名称', width: 26, meaning: '条件名称' },
  { key: 'status_zh', header: '审查结果', width: 10, meaning: '审查结果（中文）', values: Object.values(STATUS_LABELS).join(' / ') },
  { key: 'status', header: '结果代码', width: 10, meaning: '审查结果代码', values: 'pass / fail / unknown' },
  { key: 'message', header: '说明', width: 50, meaning: '审查说明' },
  { key: 'source', header: '依据', width: 36, meaning: '条件在申报通知中的出处（通知标题、文号、条款）' },
  { key: 'evidence_file', header: '证据文件', width: 24, meaning: '第一条证据所在文件' },
  { key: 'evidence_page', header: '页码', width: 7, meaning: '第一条证据所在页（PDF），DOCX 无页码', unit: '页' },
  { key: 'evidence_ref', header: '结构位置（程序用）', width: 22, meaning: '第一条证据在文档结构中的位置（JSON 指针，供程序使用）' },
  { key: 'evidence_quote', header: '原文摘录', width: 60, meaning: '第一条证据的原文摘录' },
  { key: 'evidence_where', header: '证据位置', width: 30, meaning: '第一条证据在 Word 或纸面上的位置（文件、页、表、行、栏）' },
];

/** 成员: one row per named member unit. */
const MEMBER_COLUMNS: readonly Column[] = [
  { key: 'submission', header: '申报编号', width: 18, meaning: '申报编号' },
  { key: 'name', header: '单位名称', width: 36, meaning: '成员单位名称' },
  { key: 'type_zh', header: '类型', width: 10, meaning: '成员单位类型（中文）', values: Object.values(MEMBER_TYPE_LABELS).join(' / ') },
  { key: 'type', header: '类型代码', width: 12, meaning: '成员单位类型代码', values: 'enterprise / university / institute / other' },
  { key: 'credit_code', header: '统一社会信用代码', width: 22, meaning: '统一社会信用代码（材料中载明时）', values: '18 位代码' },
  { key: 'province', header: '所在省份', width: 10, meaning: '所在省份（由信用代码或名称推断）' },
];

/** Sheet names (Chinese) and their columns, in workbook order. */
const SHEETS = {
  summary: { name: '审查汇总', columns: SUMMARY_SHEET_COLUMNS },
  batch: { name: '批次问题', columns: BATCH_COLUMNS },
  conditions: { name: '条件', columns: CONDITION_COLUMNS },
  members: { name: '成员', columns: MEMBER_COLUMNS },
} as const;

/** Fill colours (ARGB) of verdict and status cells. */
const VERDICT_FILLS: Record<Verdict, string> = { pass: 'FFE8F5EC', fail: 'FFFDECEA', 'needs-review': 'FFFFF8E1', error: 'FFF0F1F3' };
const STATUS_FILLS: Record<ConditionStatus, string> = { pass: 'FFE8F5EC', fail: 'FFFDECEA', unknown: 'FFFFF8E1' };
/** Fill of a cell that names red flags. */
const FLAG_FILL = 'FFFDECEA';

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
  // Printed landscape on A4, fitted to one page wide, with the header row repeated on every page.
  ws.pageSetup = { ...ws.pageSetup, paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' };
  return ws;
}

function addRow(ws: ExcelJS.Worksheet, columns: readonly Column[], values: Record<string, string | number | null | undefined>): ExcelJS.Row {
  const row = ws.addRow(columns.map((c) => cellValue(values[c.key])));
  row.alignment = { vertical: 'top', wrapText: true };
  return row;
}

/** 字段说明: the codebook, every column of every sheet: sheet, column letter, Chinese header, English field name, meaning, unit, allowed values. */
function addCodebookSheet(wb: ExcelJS.Workbook): void {
  const columns: readonly Column[] = [
    { key: 'sheet', header: '工作表', width: 10, meaning: '' },
    { key: 'column', header: '列', width: 6, meaning: '' },
    { key: 'header', header: '列名', width: 18, meaning: '' },
    { key: 'field', header: '字段名', width: 18, meaning: '' },
    { key: 'meaning', header: '含义', width: 50, meaning: '' },
    { key: 'unit', header: '单位', width: 6, meaning: '' },
    { key: 'values', header: '取值', width: 40, meaning: '' },
  ];
  const ws = addSheet(wb, '字段说明', columns);
  for (const sheet of Object.values(SHEETS)) {
    sheet.columns.forEach((c, i) => {
      addRow(ws, columns, { sheet: sheet.name, column: ws.getColumn(i + 1).letter, header: c.header, field: c.key, meaning: c.meaning, unit: c.unit || null, values: c.values || null });
    });
  }
}

/**
 * The relative link from summary.xlsx to a submission's report.html: its safe folder name, with the
 * characters that would end or change a URL path (`%`, `#`, `?`, spaces) percent-encoded.
 */
export function reportLink(id: string): string {
  return `${safeId(id).replace(/[%#?\s]/gu, (c) => encodeURIComponent(c))}/${SUBMISSION_FILES.html}`;
}

/** The 批次问题 rows: every batch red flag (超出推荐名额, 逾期报送) of every report, failures first. */
function batchRows(reports: readonly Report[]): Record<string, string | undefined>[] {
  return failuresFirst(reports).flatMap((r) =>
    r.flags
      .filter((f) => f.id !== 'score.inflated')
      .map((f) => ({ submission: r.submission.id, pack: r.pack?.id, flag: f.id, flag_zh: FLAG_LABELS[f.id], effect_zh: FLAG_EFFECT_LABELS[f.effect], city: r.submission.meta?.city, submitted_at: r.submission.meta?.submittedAt, message: f.message })),
  );
}

/**
 * summary.xlsx: the batch for officials' spreadsheets, every sheet printed landscape one page wide
 * with its header row repeated. Sheets 审查汇总 (one row per submission, failures first: the columns
 * of summary.csv with score, range, band, inflation and flags, and a link to its report.html),
 * 批次问题 (a city over its quota, a filing after the deadline: one row per submission concerned),
 * 条件 (one row per submission × condition), 成员 (one row per named member unit) and 字段说明 (every
 * column: its English field name, also a note on each header cell, meaning, unit, allowed values).
 */
export async function summaryXlsx(reports: readonly Report[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'innovation-filings';

  const summary = addSheet(wb, SHEETS.summary.name, SHEETS.summary.columns);
  const rows = summarize(reports);
  for (const r of failuresFirst(rows)) {
    const row = addRow(summary, SHEETS.summary.columns, Object.fromEntries(SUMMARY_COLUMNS.map((c) => [c.key, c.cell(r)])));
    row.getCell('verdict_zh').fill = fill(VERDICT_FILLS[r.verdict]);
    if (r.flags.length > 0) row.getCell('flags_zh').fill = fill(FLAG_FILL);
    row.getCell('report').value = { text: '查看报告', hyperlink: reportLink(r.submission), tooltip: `${SUBMISSION_FILES.html}` };
    row.getCell('report').font = { color: { argb: 'FF0550AE' }, underline: true };
  }

  const batch = addSheet(wb, SHEETS.batch.name, SHEETS.batch.columns);
  for (const values of batchRows(reports)) addRow(batch, SHEETS.batch.columns, values).getCell('flag_zh').fill = fill(FLAG_FILL);

  const conditions = addSheet(wb, SHEETS.conditions.name, SHEETS.conditions.columns);
  for (const report of reports) {
    for (const c of report.conditions) {
      const e = c.evidence[0];
      const row = addRow(conditions, SHEETS.conditions.columns, {
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
        evidence_where: e ? evidencePlace(e) : undefined,
      });
      row.getCell('status_zh').fill = fill(STATUS_FILLS[c.status]);
    }
  }

  const members = addSheet(wb, SHEETS.members.name, SHEETS.members.columns);
  for (const report of reports) {
    for (const m of report.facts.members?.value ?? []) {
      addRow(members, SHEETS.members.columns, {
        submission: report.submission.id,
        name: m.name,
        type_zh: MEMBER_TYPE_LABELS[m.type],
        type: m.type,
        credit_code: m.creditCode,
        province: m.province,
      });
    }
  }

  addCodebookSheet(wb);
  // exceljs types its result as its own ArrayBuffer-like "Buffer"; on Node it is a Buffer already.
  return Buffer.from(await wb.xlsx.writeBuffer());
}
