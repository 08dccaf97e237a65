import type { Report } from '../../model/report.js';
import { VERDICT_LABELS } from '../labels.js';
import { summarize } from '../summary.js';

const HEADER = ['submission', 'pack', 'verdict', 'verdict_zh', 'failed', 'unknown', 'alliance_name', 'lead_unit', 'member_count', 'documents', 'unreadable_files', 'score_min', 'score_max', 'band', 'claimed_inflation'];

/** Quotes a CSV field when it holds a comma, quote or line break (RFC 4180). */
export function csvField(value: unknown): string {
  const s = value === null || value === undefined ? '' : String(value);
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
