import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Report } from '../model/report.js';
import { summaryCsv } from './formatters/csv.js';
import { reportJson, summaryJson } from './formatters/json.js';
import { reportMarkdown } from './formatters/markdown.js';
import { redFlagsMarkdown } from './formatters/red-flags.js';

/** Output formats a user can ask for. */
export const FORMATS = ['json', 'md', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

/** A submission id made safe as a folder name. */
export function safeId(id: string): string {
  return id.replace(/[\\/:*?"<>|\u0000-\u001f]/gu, '_') || '_';
}

/** Writes one submission's report files under `<out>/<submission-id>/`. */
export async function writeSubmissionReport(out: string, report: Report, formats: readonly Format[]): Promise<void> {
  const dir = path.join(out, safeId(report.submission.id));
  await mkdir(dir, { recursive: true });
  if (formats.includes('json')) await writeFile(path.join(dir, 'report.json'), reportJson(report));
  if (formats.includes('md')) await writeFile(path.join(dir, 'report.md'), reportMarkdown(report));
}

/** Writes the batch files: summary.json, summary.csv, red-flags.md. */
export async function writeBatchOutputs(out: string, reports: readonly Report[], formats: readonly Format[]): Promise<void> {
  await mkdir(out, { recursive: true });
  if (formats.includes('json')) await writeFile(path.join(out, 'summary.json'), summaryJson(reports));
  if (formats.includes('csv')) await writeFile(path.join(out, 'summary.csv'), summaryCsv(reports));
  if (formats.includes('md')) await writeFile(path.join(out, 'red-flags.md'), redFlagsMarkdown(reports));
}
