import { CONDITIONS } from '../../checks/conditions/index.js';
import { PACKS } from '../../checks/packs/index.js';
import { OutputError, OutputFolder, type Format } from '../report/write-outputs.js';
import { consoleSummary } from '../report/formatters/console.js';
import { IngestError } from '../pipeline/ingest.js';
import { checkBatch, type Progress } from '../pipeline/run.js';
import { OcrUnavailableError } from '../../extractors/formats/index.js';
import { batchFindings } from '../pipeline/batch-rules.js';
import { attachBatchFlags, rewriteFlagged } from '../pipeline/red-flags.js';
import { DEFAULT_LIMITS, type Limits } from '../model/limits.js';
import type { Report } from '../model/report.js';
import { EXIT } from './exit-status.js';

export interface CheckCliOptions {
  pack?: string;
  out: string;
  format: Format[];
  concurrency?: number;
  ocr: boolean;
  cacheDir: string;
  cache: boolean;
  quiet?: boolean;
  limit?: Partial<Limits>;
}

/** `filings check`: runs the batch, writes the reports, prints a one-screen summary; returns the exit status (EXIT). */
export async function runCheck(target: string, opts: CheckCliOptions): Promise<number> {
  if (opts.pack && !PACKS.has(opts.pack)) {
    process.stderr.write(`filings: unknown pack "${opts.pack}". Expected one of: ${[...PACKS.keys()].join(', ')}\n`);
    return EXIT.usage;
  }
  const showProgress = !opts.quiet && process.stderr.isTTY;
  const warn = (text: string) => process.stderr.write(`${showProgress ? '\n' : ''}filings: 警告：${text}\n`);
  let reports: Report[];
  try {
    // The output folder is checked before any work, so a run never ends with nowhere to write.
    const outputs = await OutputFolder.open(opts.out);
    reports = await checkBatch(target, {
      pack: opts.pack,
      concurrency: opts.concurrency,
      cacheDir: opts.cache ? opts.cacheDir : null,
      ocr: opts.ocr,
      limits: { ...DEFAULT_LIMITS, ...opts.limit },
      packs: PACKS,
      conditions: CONDITIONS,
      onProgress: showProgress ? (p) => process.stderr.write(`\r${progressLine(p)}`) : undefined,
      onReport: (r) => outputs.writeSubmission(r, opts.format),
      onWarning: warn,
    });
    if (showProgress) process.stderr.write('\n');
    const batch = batchFindings(reports, PACKS);
    // Batch flags (逾期报送, 超出推荐名额) need the whole batch: the reports they change are written again.
    reports = await rewriteFlagged(reports, attachBatchFlags(reports, batch), (r) => outputs.writeSubmission(r, opts.format));
    await outputs.writeBatch(reports, opts.format, batch);
    const removal = await outputs.finish();
    for (const kept of removal.kept) warn(`上次运行的输出 ${kept} 无法删除`);
    if (!opts.quiet) process.stdout.write(consoleSummary(reports, opts.out, batch));
    return reports.every((r) => r.verdict === 'pass') && batch.length === 0 ? EXIT.passed : EXIT.problems;
  } catch (err) {
    const lead = showProgress ? '\n' : '';
    if (err instanceof IngestError) {
      process.stderr.write(`${lead}filings: ${err.message}\n`);
      return EXIT.usage;
    }
    if (err instanceof OcrUnavailableError) {
      process.stderr.write(`${lead}filings: ${err.message}（可用 --no-ocr 跳过扫描页识别）\n`);
      return EXIT.usage;
    }
    if (err instanceof OutputError) {
      process.stderr.write(`${lead}filings: ${err.message}\n`);
      return EXIT.usage;
    }
    throw err;
  }
}

function progressLine(p: Progress): string {
  const seconds = p.elapsedMs / 1000;
  const rate = seconds > 0 ? (p.filesDone / seconds).toFixed(1) : '—';
  const ocrTotal = p.ocrPages + p.ocrPending;
  const ocrRate = p.ocrBusyMs > 0 ? ((p.ocrPages * 1000) / p.ocrBusyMs).toFixed(2) : '—';
  const ocr = ocrTotal > 0 ? `  识别 ${p.ocrPages}/${ocrTotal} 页 ${ocrRate} 页/秒` : '';
  // Padding clears the end of a longer previous line (the line is redrawn in place with \r).
  return `申报 ${p.submissionsDone}/${p.submissionsTotal}  文件 ${p.filesDone}（缓存 ${p.cachedFiles}）  页 ${p.pages}${ocr}  用时 ${seconds.toFixed(1)}s  ${rate} 文件/秒`.padEnd(100);
}
