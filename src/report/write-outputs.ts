import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Report } from '../model/report.js';
import { summaryCsv } from './formatters/csv.js';
import { reportJson, summaryJson } from './formatters/json.js';
import { reportMarkdown } from './formatters/markdown.js';
import { redFlagsMarkdown } from './formatters/red-flags.js';
import { batchIndexHtml, reportHtml } from './formatters/html.js';
import { summaryXlsx } from './formatters/xlsx.js';
import { safeId } from './safe-id.js';
import type { BatchFinding } from '../pipeline/batch-rules.js';

export { safeId } from './safe-id.js';

/** Output formats a user can ask for. */
export const FORMATS = ['json', 'html', 'md', 'csv', 'xlsx'] as const;
export type Format = (typeof FORMATS)[number];

/** Writes one submission's report files under `<out>/<submission-id>/`. */
export async function writeSubmissionReport(out: string, report: Report, formats: readonly Format[]): Promise<void> {
  const dir = path.join(out, safeId(report.submission.id));
  await mkdir(dir, { recursive: true });
  if (formats.includes('json')) await writeFile(path.join(dir, 'report.json'), reportJson(report));
  if (formats.includes('md')) await writeFile(path.join(dir, 'report.md'), reportMarkdown(report));
  if (formats.includes('html')) await writeFile(path.join(dir, 'report.html'), reportHtml(report));
}

/** Writes the batch files: summary.json, summary.csv, red-flags.md, index.html, summary.xlsx. */
export async function writeBatchOutputs(out: string, reports: readonly Report[], formats: readonly Format[], batch: readonly BatchFinding[] = []): Promise<void> {
  await mkdir(out, { recursive: true });
  if (formats.includes('json')) await writeFile(path.join(out, 'summary.json'), summaryJson(reports, batch));
  if (formats.includes('csv')) await writeFile(path.join(out, 'summary.csv'), summaryCsv(reports));
  if (formats.includes('md')) await writeFile(path.join(out, 'red-flags.md'), redFlagsMarkdown(reports, batch));
  if (formats.includes('html')) await writeFile(path.join(out, 'index.html'), batchIndexHtml(reports));
  if (formats.includes('xlsx')) await writeFile(path.join(out, 'summary.xlsx'), await summaryXlsx(reports));
}
