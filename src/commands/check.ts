import path from 'node:path';
import { CONDITIONS } from '../../checks/conditions/index.js';
import { PACKS } from '../../checks/packs/index.js';
import { VERDICT_LABELS } from '../report/labels.js';
import { writeBatchOutputs, writeSubmissionReport, type Format } from '../report/write-outputs.js';
import { IngestError } from '../pipeline/ingest.js';
import { checkBatch, type Progress } from '../pipeline/run.js';
import { OcrUnavailableError } from '../../extractors/formats/index.js';
import { batchFindings } from '../pipeline/batch-rules.js';
import type { Report } from '../model/report.js';

export interface CheckCliOptions {
  pack?: string;
  out: string;
  format: Format[];
  concurrency?: number;
  ocr: boolean;
  cacheDir: string;
  cache: boolean;
  quiet?: boolean;
}

/** `filings check`: runs the batch, writes the reports, prints a one-screen summary; returns the exit status. */
export async function runCheck(target: string, opts: CheckCliOptions): Promise<number> {
  if (opts.pack && !PACKS.has(opts.pack)) {
    process.stderr.write(`filings: unknown pack "${opts.pack}". Expected one of: ${[...PACKS.keys()].join(', ')}\n`);
    return 2;
  }
  const showProgress = !opts.quiet && process.stderr.isTTY;
  let reports: Report[];
  try {
    reports = await checkBatch(target, {
      pack: opts.pack,
      concurrency: opts.concurrency,
      cacheDir: opts.cache ? opts.cacheDir : null,
      ocr: opts.ocr,
      packs: PACKS,
      conditions: CONDITIONS,
      onProgress: showProgress ? (p) => process.stderr.write(`\r${progressLine(p)}`) : undefined,
      onReport: (r) => writeSubmissionReport(opts.out, r, opts.format),
    });
  } catch (err) {
    if (err instanceof IngestError) {
      process.stderr.write(`filings: ${err.message}\n`);
      return 2;
    }
    if (err instanceof OcrUnavailableError) {
      process.stderr.write(`${showProgress ? '\n' : ''}filings: ${err.message}（可用 --no-ocr 跳过扫描页识别）\n`);
      return 2;
    }
    throw err;
  }
  if (showProgress) process.stderr.write('\n');
  const batch = batchFindings(reports, PACKS);
  await writeBatchOutputs(opts.out, reports, opts.format, batch);
  if (!opts.quiet) process.stdout.write(summaryScreen(reports, opts.out) + batch.map((b) => `批次问题：${b.message}\n`).join(''));
  return reports.every((r) => r.verdict === 'pass') && batch.length === 0 ? 0 : 1;
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

function summaryScreen(reports: readonly Report[], out: string): string {
  const width = Math.max(10, ...reports.map((r) => r.submission.id.length));
  const lines = reports.map((r) => {
    const failed = r.conditions.filter((c) => c.status === 'fail').map((c) => c.id);
    const unknown = r.conditions.filter((c) => c.status === 'unknown').map((c) => c.id);
    const detail = [failed.length ? `不符合: ${failed.join(', ')}` : '', unknown.length ? `待核实: ${unknown.join(', ')}` : '', r.verdict === 'error' ? r.messages.find((m) => m.level === 'error')?.text ?? '' : '']
      .filter(Boolean)
      .join('  ');
    return `${r.submission.id.padEnd(width)}  ${(r.pack?.id ?? '—').padEnd(32)}  ${VERDICT_LABELS[r.verdict]}  ${detail}`;
  });
  const count = (v: Report['verdict']) => reports.filter((r) => r.verdict === v).length;
  lines.push('', `共 ${reports.length} 份：通过 ${count('pass')}，不通过 ${count('fail')}，待核实 ${count('needs-review')}，无法审查 ${count('error')}。报告：${path.resolve(out)}`, '');
  return lines.join('\n');
}
