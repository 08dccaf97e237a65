import os from 'node:os';
import PQueue from 'p-queue';
import type { Condition } from '../engine/condition.js';
import type { Pack } from '../engine/pack.js';
import type { Doc } from '../model/document.js';
import type { DocKind } from '../model/kinds.js';
import type { Report } from '../model/report.js';
import { assessSubmission } from './assess.js';
import { DocCache } from './cache.js';
import { discover, loadSubmission, submissionAt, type SubmissionSource } from './ingest.js';
import { EXTRACTOR_VERSION, FileReader, type ReadOutcome } from './read-files.js';
import { withOcr, type OcrEngine } from '../../extractors/formats/index.js';
import { DEFAULT_LIMITS, type Limits } from '../model/limits.js';
import { OcrBudget } from './ocr-budget.js';
import { sharedReaderPool } from './reader-pool.js';
import { errorReport } from './error-report.js';
import { locateEvidence } from './locate-evidence.js';

/** Progress of a batch run. */
export interface Progress {
  submissionsDone: number;
  submissionsTotal: number;
  filesDone: number;
  /** Pages read (PDF) so far. */
  pages: number;
  /** Files served from the cache. */
  cachedFiles: number;
  elapsedMs: number;
  /** Pages OCR'd so far (scanned PDF pages, images; re-read table cells are not counted). */
  ocrPages: number;
  /** Pages waiting for or in OCR now; pages done / total = ocrPages / (ocrPages + ocrPending). */
  ocrPending: number;
  /** Wall time with at least one page in OCR, ms (pages per second = ocrPages / ocrBusyMs × 1000). */
  ocrBusyMs: number;
}

export interface RunOptions {
  /** Pack id that overrides submission.json and detection. */
  pack?: string;
  /** Submissions processed at once (default: number of CPU cores). */
  concurrency?: number;
  /** Doc cache folder; null disables the cache (default null). */
  cacheDir?: string | null;
  /** OCR scanned pages and images (default true); false leaves them unreadable (--no-ocr). */
  ocr?: boolean;
  /** OCR workers (default: one per core). */
  ocrWorkers?: number;
  /** Read the regions of scans that decide verdicts a second time with PP-OCR (default true; --ocr-second-pass off). */
  ocrSecondPass?: boolean;
  /**
   * An OCR engine the caller owns, used instead of one started for this run and left running after it:
   * a process that runs many small batches (a queue worker) starts its OCR workers once. Its
   * secondPass must be `ocrSecondPass`; `ocrWorkers` is then the engine's own. Progress reads its
   * counters, which count the pages of every run that shares it.
   */
  ocrEngine?: OcrEngine;
  /** Budgets of the run (default DEFAULT_LIMITS). */
  limits?: Limits;
  /** Called once per problem of the run itself that is not any submission's (e.g. a cache that cannot be written). */
  onWarning?: (text: string) => void;
  packs: ReadonlyMap<string, Pack>;
  conditions: ReadonlyMap<string, Condition>;
  /** Called once the submissions are known, then after each file and each submission (and each OCR'd page). */
  onProgress?: (p: Progress) => void;
  /** Called with each report as soon as it is ready (reports are also returned, in batch order); if it throws, the run stops and throws that error. */
  onReport?: (r: Report) => void | Promise<void>;
  /**
   * Called with each Doc a submission's files were read into and the kind the pipeline gave it, once the
   * submission is checked and just before its report goes to onReport (e.g. to keep the text of
   * agreements and charters); if it throws, the run stops and throws that error.
   */
  onDocument?: (submissionId: string, file: string, kind: DocKind, doc: Doc) => void | Promise<void>;
}

/**
 * Checks every submission at one or more paths (batch folders, submission folders, .zip files,
 * single documents; ids unique over all of them); a submission that cannot be read gets an error
 * report and the batch goes on. With OCR on (the default), one OCR engine serves the whole batch:
 * its model is checked first (a missing model throws OcrUnavailableError before anything is read),
 * its workers start only when a page needs OCR, and they are terminated when the batch ends, also
 * on error.
 */
export async function checkBatch(targets: string | readonly string[], options: RunOptions): Promise<Report[]> {
  return checkSources(await discover(targets, options.onWarning), options);
}

/** Checks one path as one submission, whatever it holds (a folder, a .zip or a single document). */
export async function checkSubmission(target: string, options: RunOptions): Promise<Report> {
  const [report] = await checkSources([await submissionAt(target)], options);
  return report;
}

/**
 * checkBatch on submissions already found (discover), e.g. some of a batch's (a resumed run, one
 * queue job): their ids stay those the whole batch gave them. Reports are in the order given.
 */
export async function checkSources(sources: readonly SubmissionSource[], options: RunOptions): Promise<Report[]> {
  if (options.ocr === false) return runBatch(sources, options, null);
  if (options.ocrEngine) {
    const secondPass = options.ocrSecondPass !== false;
    if (options.ocrEngine.secondPass !== secondPass) throw new Error(`Expected an OCR engine with the second reading ${secondPass ? 'on' : 'off'}, got one with it ${secondPass ? 'off' : 'on'}`);
    return runBatch(sources, options, options.ocrEngine);
  }
  return withOcr((ocr) => runBatch(sources, options, ocr), { workers: options.ocrWorkers, secondPass: options.ocrSecondPass });
}

async function runBatch(sources: readonly SubmissionSource[], options: RunOptions, ocr: OcrEngine | null): Promise<Report[]> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  // Docs of the same bytes read with and without OCR, or with one OCR reading or two, differ: they are cached apart.
  const cache = options.cacheDir ? new DocCache(options.cacheDir, `${EXTRACTOR_VERSION}${!ocr ? '.no-ocr' : ocr.secondPass ? '' : '.one-reading'}`) : null;
  const concurrency = options.concurrency ?? Math.max(1, os.availableParallelism());
  const pool = sharedReaderPool({ size: concurrency, heapMb: limits.readerHeapMb });
  const reader = new FileReader(cache, (file, budget) => pool.read(file, { budget, limits, ocr }));
  const started = Date.now();
  const progress: Progress = { submissionsDone: 0, submissionsTotal: sources.length, filesDone: 0, pages: 0, cachedFiles: 0, elapsedMs: 0, ocrPages: 0, ocrPending: 0, ocrBusyMs: 0 };
  const tick = () => {
    if (ocr) Object.assign(progress, { ocrPages: ocr.stats.pages, ocrPending: ocr.stats.pending, ocrBusyMs: ocr.stats.busyMs + (ocr.stats.pending > 0 ? ocr.busyFor() : 0) });
    options.onProgress?.({ ...progress, elapsedMs: Date.now() - started });
  };
  // The total is known once the paths are discovered: say so before the first file is read.
  tick();
  const readFile = async (file: Parameters<FileReader['read']>[0], budget: OcrBudget): Promise<ReadOutcome> => {
    const outcome = await reader.read(file, budget);
    progress.filesDone++;
    if ('doc' in outcome) {
      progress.pages += outcome.doc.origin.pages ?? 0;
      if (outcome.cached) progress.cachedFiles++;
    }
    tick();
    return outcome;
  };
  // One submission behind a boundary: whatever goes wrong in it becomes its own error report.
  const check = async (source: SubmissionSource): Promise<{ report: Report; docs: ReadonlyMap<string, Doc> }> => {
    try {
      const submission = await loadSubmission(source, limits);
      const budget = new OcrBudget(limits);
      const outcomes = await Promise.all(submission.files.map((file) => readFile(file, budget)));
      const docs = new Map(outcomes.flatMap((o) => ('doc' in o ? [[o.file.name, o.doc] as const] : [])));
      return { report: locateEvidence(assessSubmission(submission, outcomes, options.packs, options.conditions, options.pack), docs), docs };
    } catch (err) {
      return { report: errorReport(source.id, `内部错误（${(err as Error)?.message ?? String(err)}）`), docs: new Map() };
    }
  };
  const deliver = async (report: Report, docs: ReadonlyMap<string, Doc>): Promise<void> => {
    if (options.onDocument) {
      for (const d of report.submission.documents) {
        const doc = docs.get(d.file);
        if (doc) await options.onDocument(report.submission.id, d.file, d.kind, doc);
      }
    }
    await options.onReport?.(report);
  };
  const queue = new PQueue({ concurrency });
  const reports: Report[] = new Array(sources.length);
  // A report that cannot be delivered (e.g. the disk is full) stops the run: submissions not yet started are skipped.
  let undelivered: unknown = null;
  let warned = false;
  // Each OCR'd page ticks the progress (an engine shared with other runs ticks each of them).
  const unwatch = ocr?.watchPages(tick);
  try {
    // No task throws (check() reports its own errors, delivery errors are kept), so every task has ended when this resolves.
    await Promise.all(
      sources.map((source, i) =>
        queue.add(async () => {
          if (undelivered) return;
          const { report, docs } = await check(source);
          reports[i] = report;
          progress.submissionsDone++;
          tick();
          if (cache?.problem && !warned) {
            warned = true;
            options.onWarning?.(cache.problem);
          }
          if (!undelivered) await deliver(report, docs).catch((err: unknown) => void (undelivered ??= err));
        }),
      ),
    );
  } finally {
    unwatch?.();
  }
  if (undelivered) throw undelivered;
  return reports;
}
