/**
 * `filings corpus` figures: submissions per second with a warm document cache, peak memory, the
 * time of the near-duplicate search and the size of the outputs. The batch can be copied several
 * times over (`copies`) to see how the run scales to a larger corpus (the copies repeat the same
 * bytes, so they are cache hits, and every copy is a near-duplicate of the others).
 *
 *   import { benchCorpus, formatCorpusBench } from './corpus.js';
 *   out(formatCorpusBench(await benchCorpus({ dir: 'corpora/sample' })));
 */
import { cpSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CONDITIONS } from '../checks/conditions/index.js';
import { PACKS } from '../checks/packs/index.js';
import { runCorpus, type CorpusResult } from '../src/corpus/run-corpus.js';
import { MB, RssSampler } from './timing.js';

export interface CorpusBenchOptions {
  /** The batch folder (one sub-folder or .zip per submission). */
  dir: string;
  /** Copies of the batch in the corpus (default 1). */
  copies?: number;
  /** OCR scanned pages (default false: the figures are those of the pipeline and the export). */
  ocr?: boolean;
  /** Submissions checked at once (default: CPU cores). */
  concurrency?: number;
}

export interface CorpusBench {
  submissions: number;
  /** First run: empty cache, every document parsed. */
  coldMs: number;
  /** Second run into a fresh output folder: warm cache, every submission checked again. */
  warmMs: number;
  /** Submissions per second of the warm run, check and export together. */
  submissionsPerSecWarm: number;
  /** Of the warm run: checking, and building the dataset. */
  checkMs: number;
  exportMs: number;
  /** The near-duplicate search of the warm run, and over how many documents. */
  nearDuplicateMs: number;
  nearDuplicateDocuments: number;
  /** Resident memory: sampled peak over both runs, and the process's maxRSS. */
  peakRssMB: number;
  maxRssMB: number;
  /** Bytes of the outputs: corpus.duckdb, the Parquet and CSV folders, corpus.md + corpus.html. */
  outputBytes: { duckdb: number; parquet: number; csv: number; reports: number };
}

function bytesUnder(dir: string): number {
  return readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile()).reduce((n, e) => n + statSync(path.join(e.parentPath, e.name)).size, 0);
}

/** The batch folder itself, or a temporary corpus holding `copies` copies of each of its submissions. */
function corpusOf(dir: string, copies: number, work: string): string {
  if (copies <= 1) return dir;
  const target = path.join(work, 'corpus');
  for (let i = 1; i <= copies; i++) for (const e of readdirSync(dir)) cpSync(path.join(dir, e), path.join(target, `${String(i).padStart(3, '0')}-${e}`), { recursive: true });
  return target;
}

export async function benchCorpus(options: CorpusBenchOptions): Promise<CorpusBench> {
  const work = mkdtempSync(path.join(os.tmpdir(), 'filings-bench-corpus-'));
  try {
    const batch = corpusOf(options.dir, options.copies ?? 1, work);
    const cacheDir = path.join(work, 'cache');
    const run = (out: string): Promise<CorpusResult> =>
      runCorpus(batch, { out: path.join(work, out), cacheDir, ocr: options.ocr ?? false, concurrency: options.concurrency, packs: PACKS, conditions: CONDITIONS, tool: { name: 'innovation-filings', version: 'bench' } });
    const sampler = new RssSampler(20);
    sampler.start();
    let started = performance.now();
    await run('cold');
    const coldMs = performance.now() - started;
    started = performance.now();
    const warm = await run('warm');
    const warmMs = performance.now() - started;
    const peakRssMB = Math.round(sampler.stop() / MB);
    const out = path.join(work, 'warm');
    return {
      submissions: warm.submissions,
      coldMs: Math.round(coldMs),
      warmMs: Math.round(warmMs),
      submissionsPerSecWarm: Math.round((warm.submissions / (warmMs / 1000)) * 10) / 10,
      checkMs: warm.ms.check,
      exportMs: warm.ms.export,
      nearDuplicateMs: Math.round(warm.similarity.ms),
      nearDuplicateDocuments: warm.similarity.documents,
      peakRssMB,
      maxRssMB: Math.round((process.resourceUsage().maxRSS * 1024) / MB),
      outputBytes: {
        duckdb: statSync(path.join(out, 'corpus.duckdb')).size,
        parquet: bytesUnder(path.join(out, 'parquet')),
        csv: bytesUnder(path.join(out, 'csv')),
        reports: statSync(path.join(out, 'corpus.md')).size + statSync(path.join(out, 'corpus.html')).size,
      },
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The figures as lines for the bench's output. */
export function formatCorpusBench(b: CorpusBench): string {
  const kb = (n: number) => `${Math.round(n / 1024)} KB`;
  return [
    `corpus: ${b.submissions} submissions — cold ${(b.coldMs / 1000).toFixed(1)} s, warm cache ${(b.warmMs / 1000).toFixed(1)} s (${b.submissionsPerSecWarm} submissions/s; check ${(b.checkMs / 1000).toFixed(1)} s, export ${(b.exportMs / 1000).toFixed(1)} s)`,
    `corpus: near-duplicates over ${b.nearDuplicateDocuments} documents ${b.nearDuplicateMs} ms; peak RSS ${b.peakRssMB} MB (maxRSS ${b.maxRssMB} MB)`,
    `corpus: outputs corpus.duckdb ${kb(b.outputBytes.duckdb)}, parquet/ ${kb(b.outputBytes.parquet)}, csv/ ${kb(b.outputBytes.csv)}, corpus.md+html ${kb(b.outputBytes.reports)}`,
    `BENCH_CORPUS_JSON ${JSON.stringify(b)}`,
  ].join('\n');
}
