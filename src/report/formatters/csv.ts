import type { Report } from '../../model/report.js';
import { VERDICT_LABELS } from '../labels.js';
import { summarize } from '../summary.js';
import { showBidi } from '../bidi.js';

const HEADER = ['submission', 'pack', 'verdict', 'verdict_zh', 'failed', 'unknown', 'alliance_name', 'lead_unit', 'member_count', 'documents', 'unreadable_files', 'score_min', 'score_max', 'band', 'claimed_inflation'];

/** A plain decimal number (`-3`, `12.5`, `1e3`): a spreadsheet reads it as a number, never a formula. */
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/u;
/** What makes a spreadsheet program read a cell as a formula (OWASP CSV injection): =, +, -, @, tab, carriage return. */
const FORMULA_START = /^[=+\-@\t\r]/u;

/**
 * Text a spreadsheet program shows as text: a cell that starts with =, +, -, @, tab or carriage
 * return gets a leading single quote (`'=HYPERLINK(…)`), as OWASP recommends against CSV
 * injection; plain numbers such as `-3` stay numbers.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) && !NUMBER.test(text) ? `'${text}` : text;
}

/**
 * A CSV field: bidi controls shown (`⟨U+202E⟩`), formula starts neutralised, and quoted when it
 * holds a comma, quote or line break (RFC 4180).
 */
export function csvField(value: unknown): string {
  const s = neutraliseFormula(showBidi(value === null || value === undefined ? '' : String(value)));
  return /[",\r\n]/u.test(s) ? `"${s.replace(/"/gu, '""')}"` : s;
}

/** summary.csv: one row per submission, UTF-8 with BOM so that spreadsheet programs read the Chinese. */
export function summaryCsv(reports: readonly Report[]): string {
  const lines = [HEADER.join(',')];
  for (const r of summarize(reports)) {
    lines.push(
      [r.submission, r.pack, r.verdict, VERDICT_LABELS[r.verdict], r.failed.join(' '), r.unknown.join(' '), r.allianceName, r.leadUnit, r.memberCount, r.documents, r.unreadableFiles.join(' '), r.scoreRange?.[0], r.scoreRange?.[1], r.band, r.inflation]
        .map(csvField)
        .join(','),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
