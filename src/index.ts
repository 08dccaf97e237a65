/**
 * innovation-filings as a library: check batches and submissions, read single documents, use the
 * rule packs, and validate the JSON outputs with their schemas.
 *
 * ```ts
 * import { checkBatch, ReportSchema } from 'innovation-filings';
 * const reports = await checkBatch(['filings/', 'late.zip'], { ocr: false });
 * for (const r of reports) console.log(r.submission.id, r.verdict);
 * ```
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CONDITIONS } from '../checks/conditions/index.js';
import { PACKS } from '../checks/packs/index.js';
import { readDocument as readWithEngine, withOcr } from '../extractors/formats/index.js';
import type { Condition } from './engine/condition.js';
import type { Pack } from './engine/pack.js';
import type { Doc } from './model/document.js';
import { DEFAULT_LIMITS, type Limits } from './model/limits.js';
import type { Report } from './model/report.js';
import { batchFindings } from './pipeline/batch-rules.js';
import { attachBatchFlags } from './pipeline/red-flags.js';
import { checkBatch as runBatch, checkSubmission as runSubmission, type RunOptions } from './pipeline/run.js';
import { sniffFormat } from './pipeline/sniff.js';

/** Options of checkBatch and checkSubmission: those of a run, with the packs and conditions of this package by default. */
export type CheckOptions = Omit<RunOptions, 'packs' | 'conditions'> & {
  /** Rule packs by id (default PACKS). */
  packs?: ReadonlyMap<string, Pack>;
  /** Conditions by id (default CONDITIONS). */
  conditions?: ReadonlyMap<string, Condition>;
};

function runOptions(options: CheckOptions): RunOptions {
  return { cacheDir: null, ...options, packs: options.packs ?? PACKS, conditions: options.conditions ?? CONDITIONS };
}

/**
 * Checks every submission at one or more paths, as `filings check` does: each path is a batch
 * folder (one sub-folder or .zip per submission), a submission folder, a .zip or a single
 * document (a submission of its own); ids are unique over all paths. Returns one report per
 * submission in batch order, with the batch's red flags (quota, deadline) attached. Writes
 * nothing; the document cache is off unless `cacheDir` is given. Throws IngestError for a path
 * that does not exist or holds no submission, OcrUnavailableError when OCR is on and its model is
 * missing (`ocr: false` turns OCR off).
 */
export async function checkBatch(paths: string | readonly string[], options: CheckOptions = {}): Promise<Report[]> {
  const run = runOptions(options);
  const reports = await runBatch(paths, run);
  return attachBatchFlags(reports, batchFindings(reports, run.packs));
}

/** Checks one path as one submission, whatever it holds (a folder, a .zip or a single document), and returns its report. */
export async function checkSubmission(target: string, options: CheckOptions = {}): Promise<Report> {
  return runSubmission(target, runOptions(options));
}

/** Options of readDocument. */
export interface ReadDocumentOptions {
  /** OCR scanned pages and images (default true; their text is unreadable without it). */
  ocr?: boolean;
  /** OCR workers (default 2). */
  ocrWorkers?: number;
  /** Read the regions of scans that decide verdicts a second time with PP-OCR, in this thread (default true). */
  ocrSecondPass?: boolean;
  /** Budgets (default DEFAULT_LIMITS). */
  limits?: Limits;
}

/**
 * Reads one document (a path, or a name and its bytes) into the document model: blocks and tables
 * with their provenance (page, JSON pointer), as `filings extract` shows it. The format is sniffed
 * from the bytes. Throws UnreadableFileError (Chinese message) when the file cannot be read.
 */
export async function readDocument(file: string | { name: string; bytes: Uint8Array }, options: ReadDocumentOptions = {}): Promise<Doc> {
  const name = typeof file === 'string' ? path.basename(file) : file.name;
  const bytes = typeof file === 'string' ? await readFile(file) : Buffer.from(file.bytes);
  const input = { name, bytes, sha256: createHash('sha256').update(bytes).digest('hex'), format: sniffFormat(bytes, name) };
  const limits = options.limits ?? DEFAULT_LIMITS;
  if (options.ocr === false) return readWithEngine(input, { limits });
  return withOcr((ocr) => readWithEngine(input, { ocr, limits }), { workers: options.ocrWorkers ?? 2, secondPass: options.ocrSecondPass });
}

export { PACKS, CONDITIONS };
export type { Pack, Condition, RunOptions };
export type { Progress } from './pipeline/run.js';
export { IngestError, type IngestProblem } from './pipeline/ingest.js';
export { OcrUnavailableError, UnreadableFileError } from '../extractors/formats/index.js';
export { DEFAULT_LIMITS, LimitExceededError, type Limits } from './model/limits.js';
export { batchFindings, type BatchFinding } from './pipeline/batch-rules.js';
export { summarize, type SummaryRow } from './report/summary.js';
export { reportJson, summaryJson } from './report/formatters/json.js';
export { FORMATS, type Format } from './model/output-names.js';
export { OutputFolder, OutputError } from './report/write-outputs.js';
/** The zod schemas of the model (ReportSchema, DocSchema, FactsSchema, …) and their types (Report, Doc, …). */
export * from './model/index.js';
export { SummarySchema, SummaryRowSchema, BatchFindingSchema, type Summary } from './model/summary.js';
export { SCHEMA_IDS, SCHEMA_FILES } from './schemas/ids.js';
export { jsonSchemas } from './schemas/json-schemas.js';
