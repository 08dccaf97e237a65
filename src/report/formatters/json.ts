import type { Report } from '../../model/report.js';
import { summarize } from '../summary.js';

/** report.json: the report as CONTRACT.md defines it. */
export function reportJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** summary.json: one row per submission plus totals by verdict. */
export function summaryJson(reports: readonly Report[]): string {
  const rows = summarize(reports);
  const totals = rows.reduce<Record<string, number>>((t, r) => ({ ...t, [r.verdict]: (t[r.verdict] ?? 0) + 1 }), {});
  return `${JSON.stringify({ schemaVersion: 1, submissions: rows.length, totals, rows }, null, 2)}\n`;
}
