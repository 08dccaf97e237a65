import type { Report } from '../model/report.js';
import type { BatchFinding } from '../pipeline/batch-rules.js';
import { summaryCsv } from './formatters/csv.js';
import { batchIndexHtml, reportHtml } from './formatters/html.js';
import { reportJson, summaryJson } from './formatters/json.js';
import { reportMarkdown } from './formatters/markdown.js';
import { redFlagsMarkdown } from './formatters/red-flags.js';
import { summaryXlsx } from './formatters/xlsx.js';
import { BATCH_FILES, FORMATS, SUBMISSION_FILES, type Format } from '../model/output-names.js';

/** One output file: its name in its folder and its content. */
export interface OutputFile {
  name: string;
  data: string | Uint8Array;
}

type SubmissionFormat = keyof typeof SUBMISSION_FILES;

const SUBMISSION_FORMATTERS: Record<SubmissionFormat, (report: Report) => string> = { json: reportJson, md: reportMarkdown, html: reportHtml };

const BATCH_FORMATTERS: Record<Format, (reports: readonly Report[], batch: readonly BatchFinding[]) => string | Promise<Uint8Array>> = {
  json: summaryJson,
  csv: (reports) => summaryCsv(reports),
  md: redFlagsMarkdown,
  html: batchIndexHtml,
  xlsx: (reports) => summaryXlsx(reports),
};

function isSubmissionFormat(f: Format): f is SubmissionFormat {
  return f in SUBMISSION_FILES;
}

/** The formats asked for, once each, in the order of FORMATS. */
function chosen(formats: readonly Format[]): Format[] {
  return FORMATS.filter((f) => formats.includes(f));
}

/** One submission's report files (report.json, report.md, report.html) for the formats asked for. */
export function submissionFiles(report: Report, formats: readonly Format[]): OutputFile[] {
  return chosen(formats)
    .filter(isSubmissionFormat)
    .map((f) => ({ name: SUBMISSION_FILES[f], data: SUBMISSION_FORMATTERS[f](report) }));
}

/** The batch files (summary.json, summary.csv, red-flags.md, index.html, summary.xlsx) for the formats asked for. */
export async function batchFiles(reports: readonly Report[], formats: readonly Format[], batch: readonly BatchFinding[]): Promise<OutputFile[]> {
  return Promise.all(chosen(formats).map(async (f) => ({ name: BATCH_FILES[f], data: await BATCH_FORMATTERS[f](reports, batch) })));
}
