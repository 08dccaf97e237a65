import { benchCorpus, DEFAULT_CORPUS_SIZES, formatCorpusBench } from './corpus.js';
import { benchOcr, formatOcrBench } from './ocr.js';
import { benchQueue, formatQueueBench } from './queue.js';
/**
 * Throughput benchmark: the whole pipeline (`checkBatch`, no cache) against a native extraction floor
 * (pdftotext / pandoc) over the same born-digital files.
 * Usage: node dist/bench/run.js [batchDir]   (default corpora/sample)
 * Exit: 0 after measuring (even when a target is missed), 2 on bad usage.
 */
import { rm } from 'node:fs/promises';
import os from 'node:os';
import { CONDITIONS } from '../checks/conditions/index.js';
import { PACKS } from '../checks/packs/index.js';
import type { Report } from '../src/model/report.js';
import { trimSharedReaderPools } from '../src/pipeline/reader-pool.js';
import { checkBatch } from '../src/pipeline/run.js';
import { fmt, round, table, TABLE_HEAD, throughput, throughputRow, type Throughput } from './figures.js';
import { isInstalled, runNative, TOOLS, type NativeRun } from './native.js';
import { stageBatch, UsageError, type BenchFile, type StagedBatch } from './stage.js';
import { MB, measure, RssSampler } from './timing.js';

const RUNS = 3;
const TARGET_RATIO = 0.5;
const TARGET_RSS_MB = 500;
const USAGE = `usage: node dist/bench/run.js [--no-ocr] [--no-corpus] [--corpus-sizes N,N…] [--no-queue] [batchDir]   (default corpora/sample; --no-ocr skips the scanned-page OCR bench, --no-corpus the corpus bench, --corpus-sizes sets the generated corpora's submissions (default ${DEFAULT_CORPUS_SIZES.join(',')}), --no-queue the scale-out bench, which needs redis-server)`;

/** Pages per file: PDF pages from the product's reports, 1 per DOCX. */
function pageCounts(files: readonly BenchFile[], reports: readonly Report[]): { pages: Map<BenchFile, number>; pdfWithoutPages: string[] } {
  const fromReports = new Map<string, number | undefined>();
  for (const r of reports) for (const d of r.submission.documents) fromReports.set(`${r.submission.id}/${d.file}`, d.pages);
  const pages = new Map<BenchFile, number>();
  const pdfWithoutPages: string[] = [];
  for (const f of files) {
    if (f.format === 'docx') {
      pages.set(f, 1);
      continue;
    }
    const n = fromReports.get(`${f.submission}/${f.rel}`);
    if (n === undefined) pdfWithoutPages.push(`${f.submission}/${f.rel}`);
    pages.set(f, n ?? 0);
  }
  return { pages, pdfWithoutPages };
}

async function bench(batchDir: string, staged: StagedBatch): Promise<void> {
  const out = (line = '') => process.stdout.write(`${line}\n`);
  const concurrency = Math.max(1, os.availableParallelism());
  const { files, submissions } = staged;

  // 1. Product: the whole pipeline, no cache.
  const sampler = new RssSampler(20);
  sampler.start();
  const product = await measure(() => checkBatch(staged.dir, { cacheDir: null, concurrency, packs: PACKS, conditions: CONDITIONS }), RUNS);
  const peakRssMB = round(sampler.stop() / MB);
  const maxRssMB = round((process.resourceUsage().maxRSS * 1024) / MB); // maxRSS is in kilobytes
  const { pages, pdfWithoutPages } = pageCounts(files, product.last);
  const pagesOf = (list: readonly BenchFile[]) => list.reduce((sum, f) => sum + (pages.get(f) ?? 0), 0);
  const totalPages = pagesOf(files);
  const productT = throughput(product, files.length, totalPages, submissions.length);
  const quality: Record<string, number> = {};
  for (const r of product.last) for (const d of r.submission.documents) quality[d.quality] = (quality[d.quality] ?? 0) + 1;
  const errorReports = product.last.filter((r) => r.verdict === 'error').length;

  // 2. Native floor: the same files through pdftotext / pandoc.
  const installed = { pdftotext: await isInstalled(TOOLS.pdf.cmd), pandoc: await isInstalled(TOOLS.docx.cmd) };
  const nativeFiles = files.filter((f) => installed[TOOLS[f.format].cmd]);
  const missingTools = Object.entries(installed).filter(([, ok]) => !ok).map(([cmd]) => cmd);
  const uncovered = files.length - nativeFiles.length;
  let nativeT: Throughput | null = null;
  let nativeRun: NativeRun | null = null;
  if (nativeFiles.length > 0) {
    const native = await measure(() => runNative(nativeFiles, concurrency), RUNS);
    nativeRun = native.last;
    nativeT = throughput(native, nativeFiles.length, pagesOf(nativeFiles), new Set(nativeFiles.map((f) => f.submission)).size);
  }

  // 3. Ratio and targets (the ratio needs the native floor over every file).
  const comparable = nativeT !== null && uncovered === 0;
  const ratio = comparable && nativeT
    ? { files: round(productT.filesPerSec / nativeT.filesPerSec, 3), pages: round(productT.pagesPerSec / nativeT.pagesPerSec, 3) }
    : null;
  const ratioPass = ratio ? ratio.files >= TARGET_RATIO && ratio.pages >= TARGET_RATIO : null;
  const rssPass = peakRssMB < TARGET_RSS_MB && maxRssMB < TARGET_RSS_MB;

  const pdfCount = files.filter((f) => f.format === 'pdf').length;
  const docxCount = files.length - pdfCount;
  const uniqueFiles = new Set(files.map((f) => f.sha256)).size;
  out(`innovation-filings bench — batch ${batchDir}`);
  out(`${submissions.length} submissions, ${files.length} files (${pdfCount} PDF, ${docxCount} DOCX), ${totalPages} pages — each DOCX counted as 1 page; PDF pages from the reports`);
  out(`node ${process.version}, availableParallelism ${concurrency} (product concurrency and native pool size); 1 warm-up + ${RUNS} timed runs, median`);
  if (staged.skippedScan.length) out(`skipped (name contains "scan"): ${staged.skippedScan.join(', ')}`);
  if (staged.skippedOther.length) out(`left out (not .docx/.pdf): ${staged.skippedOther.join(', ')}`);
  if (uniqueFiles < files.length) out(`note: ${files.length - uniqueFiles} file(s) repeat the bytes of another; the product parses identical bytes once per run, the native tools do not`);
  if (pdfWithoutPages.length) out(`note: no page count in the reports for ${pdfWithoutPages.length} PDF(s), counted as 0 pages: ${pdfWithoutPages.join(', ')}`);
  for (const cmd of missingTools) out(`note: ${cmd} is not installed — native floor skipped for its files`);
  out();
  out(table([TABLE_HEAD, throughputRow('product (checkBatch, no cache)', productT), throughputRow(`native (${Object.keys(installed).filter((c) => installed[c as keyof typeof installed]).join('/') || 'none'})`, nativeT), ['ratio product/native', '', '', '', fmt(ratio?.files, 3), fmt(ratio?.pages, 3), '']]));
  out();
  out(`peak RSS (20 ms samples, product runs incl. warm-up): ${fmt(peakRssMB)} MB; process.resourceUsage().maxRSS: ${fmt(maxRssMB)} MB`);
  out(`product documents by quality: ${Object.entries(quality).map(([q, n]) => `${q} ${n}`).join(', ') || 'none'}; error reports ${errorReports}`);
  if (nativeRun) {
    out(`native failures: ${nativeRun.failures.length} of ${nativeRun.attempted} files (counted in the timing)`);
    for (const f of nativeRun.failures) out(`  ${f.file} (${f.tool}): ${f.error}`);
  }
  out();
  out(ratio === null || ratioPass === null
    ? `SKIP ratio ≥ ${TARGET_RATIO}: native floor ${nativeT ? 'does not cover every file' : 'not measured'}`
    : `${ratioPass ? 'PASS' : 'FAIL'} ratio ≥ ${TARGET_RATIO}: files/s ${fmt(ratio.files, 3)}, pages/s ${fmt(ratio.pages, 3)}`);
  out(`${rssPass ? 'PASS' : 'FAIL'} peak RSS < ${TARGET_RSS_MB} MB: sampled ${fmt(peakRssMB)} MB, maxRSS ${fmt(maxRssMB)} MB`);

  const json = {
    batch: batchDir,
    node: process.version,
    concurrency,
    runs: RUNS,
    submissions: submissions.length,
    files: { total: files.length, pdf: pdfCount, docx: docxCount, unique: uniqueFiles },
    pages: { total: totalPages, docxCountedAs: 1, pdfWithoutPages: pdfWithoutPages.length },
    skipped: { scanSubmissions: staged.skippedScan, other: staged.skippedOther },
    product: { ...productT, peakRssMB, maxRssMB, documentQuality: quality, errorReports },
    native: nativeT && nativeRun
      ? { ...nativeT, tools: installed, failures: nativeRun.failures.length, failedFiles: nativeRun.failures, outputBytes: nativeRun.outputBytes }
      : { tools: installed, skipped: true },
    ratio,
    targets: { ratio: { min: TARGET_RATIO, pass: ratioPass }, peakRss: { maxMB: TARGET_RSS_MB, pass: rssPass } },
  };
  out(`BENCH_JSON ${JSON.stringify(json)}`);
}

async function main(argv: string[]): Promise<number> {
  if (argv.some((a) => a === '-h' || a === '--help')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const skipOcr = argv.includes('--no-ocr');
  const skipCorpus = argv.includes('--no-corpus');
  const skipQueue = argv.includes('--no-queue');
  argv = argv.filter((a) => a !== '--no-ocr' && a !== '--no-corpus' && a !== '--no-queue');
  let corpusSizes: number[] = [...DEFAULT_CORPUS_SIZES];
  const sizesAt = argv.indexOf('--corpus-sizes');
  if (sizesAt >= 0) {
    const text = argv[sizesAt + 1] ?? '';
    corpusSizes = text.split(',').map(Number);
    if (!/^\d+(,\d+)*$/u.test(text) || corpusSizes.some((n) => n < 1)) {
      process.stderr.write(`bench: expected --corpus-sizes to be whole numbers of at least 1 separated by commas, got "${text}"\n${USAGE}\n`);
      return 2;
    }
    argv.splice(sizesAt, 2);
  }
  if (argv.length > 1 || argv.some((a) => a.startsWith('-'))) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const batchDir = argv[0] ?? 'corpora/sample';
  let staged: StagedBatch;
  try {
    staged = await stageBatch(batchDir);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`bench: ${err.message}\n${USAGE}\n`);
    return 2;
  }
  try {
    await bench(batchDir, staged);
  } finally {
    await rm(staged.dir, { recursive: true, force: true });
  }
  // The born-digital runs leave the shared reader threads idle with their heaps: not part of what the next parts measure.
  await trimSharedReaderPools();
  if (!skipOcr) process.stdout.write(`\n${formatOcrBench(await benchOcr())}\n`);
  if (!skipCorpus) process.stdout.write(`\n${formatCorpusBench(await benchCorpus({ sizes: corpusSizes }))}\n`);
  if (!skipQueue) process.stdout.write(`\n${formatQueueBench(await benchQueue())}\n`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
