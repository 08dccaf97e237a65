/**
 * OCR benchmark: character error rate and pages per minute of the product's OCR path (image-only
 * PDF → embedded scan image → deskew, rules, tesseract.js chi_sim best_int in one worker per core →
 * Doc blocks) on scanned pages made by the sample generator's scan writer, against Debian's
 * `tesseract` CLI with chi_sim on the same JPEG page images (one process per page, as many at once
 * as cores, OMP_THREAD_LIMIT=1) when it is installed.
 *
 * Call `benchOcr()` and print `formatOcrBench(result)`; the result is also plain JSON.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { agreementSpec } from '../corpora/generator/agreement-docs.js';
import { applicationSpec } from '../corpora/generator/gansu-docs.js';
import { GANSU_CASES } from '../corpora/generator/scenarios.js';
import type { DocSpec } from '../corpora/generator/spec.js';
import { imagesToPdf, renderScan, type ScanOptions, type ScanPage } from '../corpora/generator/writers/scan-writer.js';
import { OcrEngine, readDocument } from '../extractors/formats/index.js';
import type { Doc } from '../src/model/document.js';
import type { SubmissionFile } from '../src/model/submission.js';
import { isInstalled, pool } from './native.js';
import { MB, RssSampler } from './timing.js';

/** Targets of the issue: throughput at least the native peer's, CER no worse than the peer's, peak RSS under 1.2 GB. */
export const OCR_TARGETS = { ratio: 1.0, peakRssMB: 1200 } as const;

export interface OcrBenchOptions {
  /** Scanned documents to read (default: a Gansu agreement with its sealed signature page and an application form). */
  docs?: { name: string; spec: DocSpec; scan?: ScanOptions }[];
  /** Use at most this many pages in all (default 6). */
  maxPages?: number;
  /** Workers / native processes (default: availableParallelism). */
  concurrency?: number;
  /** Skip the native peer even when installed. */
  skipNative?: boolean;
}

export interface OcrSide {
  pages: number;
  /** Wall time, ms (product: including worker start-up and model load). */
  ms: number;
  pagesPerMin: number;
  /**
   * Character error rate: edit distance / truth length, whitespace and tick-box glyphs removed. The
   * truth is in visual line order, so a reader that keeps a wrapped table cell together is charged
   * for the reordering: see `bagCer`.
   */
  cer: number;
  /**
   * Order-free character error rate: (max(|truth|, |output|) − common characters as multisets) /
   * |truth|, a lower bound of the CER that does not depend on reading order. The CER target compares this one.
   */
  bagCer: number;
  chars: number;
  errors: number;
}

export interface OcrBenchResult {
  concurrency: number;
  pages: number;
  dpi: number;
  model: string;
  product: OcrSide & { peakRssMB: number; startupMs: number; meanConfidence: number | null };
  /**
   * The same JPEG pages straight through tesseract.js (same workers and settings, no page
   * preparation, no cell re-reads, no document building): the engine's own speed, i.e. the most
   * the product could reach with no work of its own.
   */
  engineAlone: OcrSide;
  native: (OcrSide & { command: string; version: string }) | null;
  nativeSkipped?: string;
  /** product pages/min ÷ native pages/min. */
  ratio: number | null;
  /** engine-alone pages/min ÷ native pages/min: the ceiling of `ratio` with this engine. */
  engineRatio: number | null;
  targets: { ratio: boolean | null; cer: boolean | null; peakRss: boolean };
}

function defaultDocs(): NonNullable<OcrBenchOptions['docs']> {
  const k = GANSU_CASES[0];
  const signed = k.members.filter((m) => !k.unsigned.includes(m.name));
  return [
    {
      name: 'agreement',
      spec: agreementSpec({ ...k, ...k.agreement, signatureStyle: 'gansu' }),
      scan: { seed: 'bench-agreement', sealed: signed.map((m) => m.name), blank: ['（已盖章）'], handwritten: signed.map((m) => m.rep) },
    },
    { name: 'application', spec: applicationSpec(k), scan: { seed: 'bench-application' } },
  ];
}

/** Text normalised for CER: NFKC, no whitespace, no tick-box glyphs (the peer cannot read them as boxes). */
export function cerText(text: string): string {
  return text.normalize('NFKC').replace(/[\s□☐◻☑☒■√✓✔▣⊠]/gu, '');
}

/** Levenshtein distance (two rows). */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  let cur = new Array<number>(y.length + 1);
  for (let i = 1; i <= x.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= y.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    [prev, cur] = [cur, prev];
  }
  return prev[y.length];
}

/** Characters two strings have in common, counted as multisets. */
export function commonChars(a: string, b: string): number {
  const counts = new Map<string, number>();
  for (const ch of a) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let n = 0;
  for (const ch of b) {
    const c = counts.get(ch) ?? 0;
    if (c > 0) {
      n++;
      counts.set(ch, c - 1);
    }
  }
  return n;
}

function score(truths: readonly string[], outputs: readonly string[]): { cer: number; bagCer: number; chars: number; errors: number } {
  let chars = 0;
  let errors = 0;
  let bagErrors = 0;
  truths.forEach((t, i) => {
    const truth = cerText(t);
    const output = cerText(outputs[i] ?? '');
    const n = [...truth].length;
    chars += n;
    errors += editDistance(truth, output);
    bagErrors += Math.max(n, [...output].length) - commonChars(truth, output);
  });
  const rate = (e: number) => (chars === 0 ? 0 : Math.round((e / chars) * 10000) / 10000);
  return { cer: rate(errors), bagCer: rate(bagErrors), chars, errors };
}

/** Text of one page of a Doc, block by block (rows: cells joined). */
function pageText(doc: Doc, page: number): string {
  return doc.blocks
    .filter((b) => b.page === page)
    .map((b) => (b.type === 'table' ? b.rows.map((r) => r.cells.map((c) => c.text).join(' ')).join('\n') : b.text))
    .join('\n');
}

function exec(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ stdout: string; error: Error | null }> {
  return new Promise((resolve) => {
    execFile(cmd, args, { env, maxBuffer: 64 * 1024 * 1024, timeout: 300_000 }, (error, stdout) => resolve({ stdout: String(stdout ?? ''), error }));
  });
}

/** Runs the benchmark. */
export async function benchOcr(options: OcrBenchOptions = {}): Promise<OcrBenchResult> {
  const concurrency = Math.max(1, options.concurrency ?? os.availableParallelism());
  const maxPages = options.maxPages ?? 6;
  const docs = options.docs ?? defaultDocs();
  // Scanned pages and their truth; each document becomes one image-only PDF, as a scanned filing.
  const scans: { name: string; pages: ScanPage[] }[] = [];
  let total = 0;
  for (const d of docs) {
    if (total >= maxPages) break;
    const pages = renderScan(d.spec, d.scan ?? {}).slice(0, maxPages - total);
    total += pages.length;
    scans.push({ name: d.name, pages });
  }
  const allPages = scans.flatMap((s) => s.pages);
  const truths = allPages.map((p) => p.text);
  const pdfs = scans.map((s) => ({ name: s.name, bytes: imagesToPdf(s.pages) }));

  // Product: a fresh engine (start-up and model load counted), all documents read at once as a batch does.
  const sampler = new RssSampler(20);
  sampler.start();
  const t0 = performance.now();
  const engine = new OcrEngine({ workers: concurrency });
  let startupMs = 0;
  let docsRead: Doc[] = [];
  try {
    const s0 = performance.now();
    await engine.recognize({ width: 8, height: 8, data: new Uint8Array(64).fill(255) }, 200, { part: true });
    startupMs = performance.now() - s0;
    docsRead = await Promise.all(pdfs.map((p) => readDocument({ name: `${p.name}.pdf`, bytes: p.bytes, sha256: p.name, format: 'pdf' } as SubmissionFile, { ocr: engine })));
  } finally {
    await engine.terminate();
  }
  const productMs = performance.now() - t0;
  const peakRssMB = Math.round(sampler.stop() / MB);
  const productTexts = docsRead.flatMap((doc, i) => scans[i].pages.map((_, p) => pageText(doc, p + 1)));
  const confidences = docsRead.map((d) => d.quality.ocrConfidence).filter((c): c is number => c !== undefined);
  const product = {
    pages: allPages.length,
    ms: Math.round(productMs),
    pagesPerMin: Math.round((allPages.length / (productMs / 60000)) * 100) / 100,
    ...score(truths, productTexts),
    peakRssMB,
    startupMs: Math.round(startupMs),
    meanConfidence: confidences.length ? Math.round((confidences.reduce((a, b) => a + b, 0) / confidences.length) * 1000) / 1000 : null,
  };

  // The engine alone on the same JPEGs (start-up counted, as for the product).
  const alone = new OcrEngine({ workers: concurrency });
  const a0 = performance.now();
  let aloneTexts: string[] = [];
  try {
    aloneTexts = await Promise.all(allPages.map(async (p) => (await alone.recognizeEncoded(p.jpeg, p.dpi)).words.map((w) => w.text).join(' ')));
  } finally {
    await alone.terminate();
  }
  const aloneMs = performance.now() - a0;
  const engineAlone: OcrSide = {
    pages: allPages.length,
    ms: Math.round(aloneMs),
    pagesPerMin: Math.round((allPages.length / (aloneMs / 60000)) * 100) / 100,
    ...score(truths, aloneTexts),
  };

  // Native peer: the same JPEG pages through Debian's tesseract, one process per page.
  let native: OcrBenchResult['native'] = null;
  let nativeSkipped: string | undefined;
  if (options.skipNative) nativeSkipped = 'skipped by option';
  else if (!(await isInstalled('tesseract'))) nativeSkipped = 'tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-chi-sim)';
  else {
    const langs = await exec('tesseract', ['--list-langs'], process.env);
    if (!/\bchi_sim\b/u.test(langs.stdout)) nativeSkipped = 'tesseract has no chi_sim (apt-get install tesseract-ocr-chi-sim)';
    else {
      const dir = await mkdtemp(path.join(os.tmpdir(), 'filings-ocr-bench-'));
      try {
        const files = await Promise.all(allPages.map(async (p, i) => {
          const file = path.join(dir, `page-${i + 1}.jpg`);
          await writeFile(file, p.jpeg);
          return file;
        }));
        const env = { ...process.env, OMP_THREAD_LIMIT: '1' };
        const args = (file: string) => [file, 'stdout', '-l', 'chi_sim', '--psm', '3', '--dpi', String(allPages[0].dpi), '-c', 'preserve_interword_spaces=1'];
        const outputs: string[] = new Array(files.length).fill('');
        const n0 = performance.now();
        await pool(files.map((f, i) => ({ f, i })), concurrency, async ({ f, i }) => {
          const r = await exec('tesseract', args(f), env);
          outputs[i] = r.error ? '' : r.stdout;
        });
        const nativeMs = performance.now() - n0;
        const version = (await exec('tesseract', ['--version'], process.env)).stdout.split('\n')[0] ?? '';
        native = {
          pages: files.length,
          ms: Math.round(nativeMs),
          pagesPerMin: Math.round((files.length / (nativeMs / 60000)) * 100) / 100,
          ...score(truths, outputs),
          command: `OMP_THREAD_LIMIT=1 tesseract <page.jpg> ${args('').slice(1).join(' ')} (${concurrency} at once)`,
          version,
        };
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    }
  }
  const ratio = native ? Math.round((product.pagesPerMin / native.pagesPerMin) * 1000) / 1000 : null;
  const engineRatio = native ? Math.round((engineAlone.pagesPerMin / native.pagesPerMin) * 1000) / 1000 : null;
  return {
    concurrency,
    pages: allPages.length,
    dpi: allPages[0]?.dpi ?? 0,
    model: `${engine.model.variant} (${engine.model.file})`,
    product,
    engineAlone,
    native,
    ...(nativeSkipped ? { nativeSkipped } : {}),
    ratio,
    engineRatio,
    targets: {
      ratio: ratio === null ? null : ratio >= OCR_TARGETS.ratio,
      cer: native ? product.bagCer <= native.bagCer : null,
      peakRss: peakRssMB < OCR_TARGETS.peakRssMB,
    },
  };
}

/** Lines to print for a result. */
export function formatOcrBench(r: OcrBenchResult): string {
  const side = (label: string, s: OcrSide | null) =>
    s ? `${label.padEnd(34)} ${String(s.pages).padStart(5)}  ${(s.ms / 1000).toFixed(1).padStart(8)}  ${s.pagesPerMin.toFixed(1).padStart(9)}  ${(s.cer * 100).toFixed(2).padStart(7)}%  ${(s.bagCer * 100).toFixed(2).padStart(8)}%` : `${label.padEnd(34)} —`;
  const pass = (ok: boolean | null) => (ok === null ? 'SKIP' : ok ? 'PASS' : 'FAIL');
  return [
    `OCR bench: ${r.pages} scanned pages (${r.dpi} dpi, generator scan writer), ${r.concurrency} workers / processes; model ${r.model}`,
    `${''.padEnd(34)} pages  wall s  pages/min      CER  order-free CER`,
    side('product (tesseract.js, full path)', r.product),
    side('tesseract.js alone (same JPEGs)', r.engineAlone),
    side(`native (${r.native?.version ?? 'tesseract'})`, r.native),
    `product: start-up ${r.product.startupMs} ms (counted), peak RSS ${r.product.peakRssMB} MB, mean OCR confidence ${r.product.meanConfidence ?? '—'}`,
    r.native ? `native command: ${r.native.command}` : `native: ${r.nativeSkipped}`,
    `${pass(r.targets.ratio)} throughput ratio ≥ ${OCR_TARGETS.ratio}: ${r.ratio ?? '—'} (tesseract.js alone on the same pages, the ceiling with this engine: ${r.engineRatio ?? '—'})`,
    `${pass(r.targets.cer)} order-free CER no worse than native: ${(r.product.bagCer * 100).toFixed(2)}% vs ${r.native ? `${(r.native.bagCer * 100).toFixed(2)}%` : '—'} (CER in visual line order: ${(r.product.cer * 100).toFixed(2)}% vs ${r.native ? `${(r.native.cer * 100).toFixed(2)}%` : '—'})`,
    `${pass(r.targets.peakRss)} peak RSS < ${OCR_TARGETS.peakRssMB} MB: ${r.product.peakRssMB} MB`,
    `OCR_BENCH_JSON ${JSON.stringify(r)}`,
  ].join('\n');
}
