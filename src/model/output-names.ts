/** Output formats a user can ask for. */
export const FORMATS = ['json', 'html', 'md', 'csv', 'xlsx'] as const;
export type Format = (typeof FORMATS)[number];

/** The files of one submission's report, under `<out>/<submission-id>/`, by format. */
export const SUBMISSION_FILES = { json: 'report.json', md: 'report.md', html: 'report.html' } as const satisfies Partial<Record<Format, string>>;

/** The batch files directly under `<out>/`, by format. */
export const BATCH_FILES = {
  json: 'summary.json',
  csv: 'summary.csv',
  md: 'red-flags.md',
  html: 'index.html',
  xlsx: 'summary.xlsx',
} as const satisfies Record<Format, string>;

/** The record of what a run wrote, directly under `<out>/` (output-manifest.ts). */
export const MANIFEST_FILE = '.filings-manifest.json';
/** The files a run has started to write, one a line, until its manifest is written (output-manifest.ts). */
export const JOURNAL_FILE = '.filings-manifest.journal';
