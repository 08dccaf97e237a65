import type { Report } from '../../model/report.js';
import { summarize } from '../summary.js';
import { escapeBidiInJson } from '../bidi.js';
import type { BatchFinding } from '../../pipeline/batch-rules.js';
import { SCHEMA_IDS } from '../../schemas/ids.js';

/**
 * report.json: the report as CONTRACT.md defines it, naming its JSON Schema first (`$schema`,
 * see src/schemas/ids.ts), bidi controls written as `\u202e` escapes.
 */
export function reportJson(report: Report): string {
  // Scanned images of evidence regions are for the HTML report; report.json keeps where they are (file, page, box).
  return `${escapeBidiInJson(JSON.stringify({ $schema: SCHEMA_IDS.report, ...report }, (key, value: unknown) => (key === 'image' && typeof value === 'string' && value.startsWith('data:') ? undefined : value), 2))}\n`;
}

/**
 * summary.json: one row per submission, totals by verdict, and the batch-level findings (quotas,
 * deadlines), naming its JSON Schema (`$schema`); bidi controls escaped.
 */
export function summaryJson(reports: readonly Report[], batch: readonly BatchFinding[] = []): string {
  const rows = summarize(reports);
  const totals = rows.reduce<Record<string, number>>((t, r) => ({ ...t, [r.verdict]: (t[r.verdict] ?? 0) + 1 }), {});
  return `${escapeBidiInJson(JSON.stringify({ $schema: SCHEMA_IDS.summary, schemaVersion: 1, submissions: rows.length, totals, batch, rows }, null, 2))}\n`;
}
