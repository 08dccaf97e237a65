import type { Report } from '../../model/report.js';
import { summarize } from '../summary.js';
import { escapeBidiInJson } from '../bidi.js';
import type { BatchFinding } from '../../pipeline/batch-rules.js';

/** report.json: the report as CONTRACT.md defines it, bidi controls written as `\u202e` escapes. */
export function reportJson(report: Report): string {
  return `${escapeBidiInJson(JSON.stringify(report, null, 2))}\n`;
}

/** summary.json: one row per submission, totals by verdict, and the batch-level findings (quotas, deadlines); bidi controls escaped. */
export function summaryJson(reports: readonly Report[], batch: readonly BatchFinding[] = []): string {
  const rows = summarize(reports);
  const totals = rows.reduce<Record<string, number>>((t, r) => ({ ...t, [r.verdict]: (t[r.verdict] ?? 0) + 1 }), {});
  return `${escapeBidiInJson(JSON.stringify({ schemaVersion: 1, submissions: rows.length, totals, batch, rows }, null, 2))}\n`;
}
