import { PACKS } from '../../checks/packs/index.js';
import { OutputError, OutputFolder, type Format } from '../report/write-outputs.js';
import { IngestError } from '../pipeline/ingest.js';
import { checkBatch, type RunOptions } from '../pipeline/run.js';
import { OcrUnavailableError } from '../../extractors/formats/index.js';
import { batchFindings } from '../pipeline/batch-rules.js';
import { attachBatchFlags, rewriteFlagged } from '../pipeline/red-flags.js';
import type { Limits } from '../model/limits.js';
import type { Report } from '../model/report.js';
import { startCommand } from './command-start.js';
import { EXIT } from './exit-status.js';
import { readingOptions } from './reading-options.js';
import type { Lang } from './i18n.js';
import type { FailOn, StdoutFormat } from './option-parsers.js';
import type { ProgressStream } from './progress.js';
import { checkExitStatus, checkStdout } from './check-results.js';

export interface CheckCliOptions {
  pack?: string;
  out: string;
  format: Format[];
  concurrency?: number;
  ocr: boolean;
  /** Second reading of scanned pages by PP-OCR (default true). */
  ocrSecondPass?: boolean;
  cacheDir: string;
  cache: boolean;
  /** Problems only: the submissions that failed, need review or could not be checked (and no progress). */
  quiet?: boolean;
  limit?: Partial<Limits>;
  /** The least serious verdict that makes the exit status 1 (default needs-review). */
  failOn?: FailOn;
  /** Print this batch file on stdout instead of the one-screen summary. */
  stdout?: StdoutFormat;
  /** Language of the command line's own messages (default zh). */
  lang?: Lang;
}

/** Where `filings check` writes: process.stdout and process.stderr, or stand-ins in tests. */
export interface CheckStreams {
  stdout: { write(data: string | Uint8Array): boolean };
  stderr: ProgressStream;
}

/**
 * What checks the submissions of a batch: the local pipeline (checkBatch, the default) or another
 * engine with its contract (the queue's coordinator, `check --queue`); `print` writes a line of
 * its own above the progress line.
 */
export type BatchChecker = (targets: string | readonly string[], options: RunOptions, print: (line: string) => void) => Promise<Report[]>;

/**
 * `filings check <path…>`: runs the batch over every path, writes the reports, prints the
 * one-screen summary (problems only with --quiet) or the batch file asked for with --stdout;
 * returns the exit status (EXIT; --fail-on sets what counts as a problem). `checkWith` checks the
 * submissions (default: here, checkBatch); batch flags, outputs and the exit status are the same whatever checks them.
 */
export async function runCheck(targets: string | readonly string[], opts: CheckCliOptions, streams: CheckStreams = process, checkWith: BatchChecker = checkBatch): Promise<number> {
  const { text, progress, fail, packProblem } = startCommand(opts, streams);
  const e = text.errors;
  const badPack = packProblem(opts.pack);
  if (badPack) return fail(badPack);
  const warn = (message: string) => progress.print(`${e.prefix}${e.warning}${message}`);
  let reports: Report[];
  try {
    // The output folder is checked before any work, so a run never ends with nowhere to write.
    const outputs = await OutputFolder.open(opts.out);
    progress.start();
    reports = await checkWith(targets, {
      ...readingOptions(opts),
      onProgress: (p) => progress.update(p),
      onReport: (r) => outputs.writeSubmission(r, opts.format),
      onWarning: warn,
    }, (line) => progress.print(line));
    progress.stop();
    const batch = batchFindings(reports, PACKS);
    // Batch flags (逾期报送, 超出推荐名额) need the whole batch: the reports they change are written again.
    reports = await rewriteFlagged(reports, attachBatchFlags(reports, batch), (r) => outputs.writeSubmission(r, opts.format));
    await outputs.writeBatch(reports, opts.format, batch);
    const removal = await outputs.finish();
    for (const kept of removal.kept) warn(e.staleKept(kept));
    streams.stdout.write(await checkStdout(reports, batch, opts));
    return checkExitStatus(reports, batch, opts.failOn ?? 'needs-review');
  } catch (err) {
    if (err instanceof IngestError) {
      const where = err.path || String(targets);
      return fail(err.reason === 'empty' ? e.pathEmpty(where) : err.reason === 'not-regular' ? e.pathNotRegular(where) : err.reason === 'no-input' ? e.noPath : e.pathMissing(where));
    }
    if (err instanceof OcrUnavailableError) return fail(`${err.message}${e.noOcr}`);
    if (err instanceof OutputError) return fail(e.outputUnwritable(err.folder, err.message, err.code));
    progress.stop();
    throw err;
  }
}
