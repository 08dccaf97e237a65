import { stringify } from 'csv-stringify/sync';
import type { Report } from '../../model/report.js';
import { SUMMARY_COLUMNS, summarize } from '../summary.js';
import { showBidi } from '../bidi.js';

/** A plain decimal number (`-3`, `12.5`, `1e3`): a spreadsheet reads it as a number, never a formula. */
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/u;
/** What makes a spreadsheet program read a cell as a formula (OWASP CSV injection): =, +, -, @, tab, carriage return. */
const FORMULA_START = /^[=+\-@\t\r]/u;

/** RFC 4180 records: CRLF between records, fields with a comma, quote or any line break quoted. */
const CSV_OPTIONS = { record_delimiter: '\r\n', quote_record_delimiter: true } as const;

/**
 * Text a spreadsheet program shows as text: a cell that starts with =, +, -, @, tab or carriage
 * return gets a leading single quote (`'=HYPERLINK(…)`), as OWASP recommends against CSV
 * injection; plain numbers such as `-3` stay numbers. (csv-stringify's own `escape_formulas`
 * would also quote `-3`, which is why this stays here.)
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) && !NUMBER.test(text) ? `'${text}` : text;
}

/** A value as the text of a CSV cell: bidi controls shown (`⟨U+202E⟩`), formula starts neutralised, null and undefined empty. */
function cellText(value: unknown): string {
  return neutraliseFormula(showBidi(value === null || value === undefined ? '' : String(value)));
}

/** One CSV field as csv-stringify writes it (quoted when it holds a comma, quote or line break), after cellText. */
export function csvField(value: unknown): string {
  return stringify([[cellText(value)]], { ...CSV_OPTIONS, eof: false });
}

/**
 * summary.csv: a header row of the English field names of SUMMARY_COLUMNS (stable: scripts read them;
 * their meaning, unit and allowed values are the 字段说明 sheet of summary.xlsx), then one row per
 * submission in batch order; UTF-8 with BOM so that spreadsheet programs read the Chinese.
 */
export function summaryCsv(reports: readonly Report[]): string {
  const rows = summarize(reports).map((r) => SUMMARY_COLUMNS.map((c) => cellText(c.cell(r))));
  return stringify([SUMMARY_COLUMNS.map((c) => c.key), ...rows], { ...CSV_OPTIONS, bom: true });
}
