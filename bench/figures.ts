import type { Series } from './timing.js';

/** Throughput of one side (product or native) over a set of files. */
export interface Throughput {
  files: number;
  pages: number;
  submissions: number;
  warmupMs: number;
  runsMs: number[];
  medianMs: number;
  filesPerSec: number;
  pagesPerSec: number;
  submissionsPerSec: number;
}

export function throughput(series: Series<unknown>, files: number, pages: number, submissions: number): Throughput {
  const seconds = series.medianMs / 1000;
  const rate = (n: number) => (seconds > 0 ? n / seconds : 0);
  return {
    files,
    pages,
    submissions,
    warmupMs: round(series.warmupMs),
    runsMs: series.runsMs.map(round),
    medianMs: round(series.medianMs),
    filesPerSec: round(rate(files)),
    pagesPerSec: round(rate(pages)),
    submissionsPerSec: round(rate(submissions)),
  };
}

export function round(n: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/** Right-aligned columns after a left-aligned first column. */
export function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows
    .map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ').trimEnd())
    .join('\n');
}

export function fmt(n: number | null | undefined, digits = 1): string {
  return n === null || n === undefined ? '—' : n.toFixed(digits);
}

export function throughputRow(label: string, t: Throughput | null): string[] {
  if (!t) return [label, '—', '—', '—', '—', '—', '—'];
  return [label, String(t.files), fmt(t.medianMs), t.runsMs.map((ms) => ms.toFixed(0)).join('/'), fmt(t.filesPerSec), fmt(t.pagesPerSec), fmt(t.submissionsPerSec)];
}

export const TABLE_HEAD = ['', 'files', 'median ms', 'runs ms', 'files/s', 'pages/s', 'subm/s'];
