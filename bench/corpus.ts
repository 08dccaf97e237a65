/**
 * `filings corpus` at scale, on corpora the generator writes (varied DOCX/PDF layouts and prose,
 * planted near-copies with known pairs), one per size (default 500 and 5,000 submissions):
 *   - a cold run (empty document cache) and a warm run (same cache, fresh output folder), each in a
 *     process of its own (corpus-run.ts) so that its peak RSS is its own: submissions per second,
 *     check and export times, maxRSS;
 *   - near-duplicates (corpus-similarity.ts): recall and precision of the planted pairs in the
 *     product's table, MinHash + LSH time against brute-force pairwise Jaccard on the same texts.
 * Targets: peak RSS (VmHWM of the run's own process) under 1 GB at every size; recall and precision of the planted pairs ≥ 0.95.
 *
 *   import { benchCorpus, formatCorpusBench } from './corpus.js';
 *   out(formatCorpusBench(await benchCorpus({ sizes: [500, 5000] })));
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeLargeCorpus } from '../corpora/generator/large-corpus.js';
import { RUN_MARK, type CorpusRunFigures } from './corpus-run.js';
import { similarityFigures, type SimilarityFigures } from './corpus-similarity.js';

export const DEFAULT_CORPUS_SIZES = [500, 5000] as const;
const TARGET_RSS_MB = 1024;
const TARGET_RECALL = 0.95;
const TARGET_PRECISION = 0.95;

export interface CorpusBenchOptions {
  /** Submissions of each generated corpus (default 500 and 5,000). */
  sizes?: readonly number[];
  /** Planted near-duplicate pairs per 1,000 submissions (default 10: 5 at 500, 50 at 5,000; at least 2 in any corpus). */
  plantedPerThousand?: number;
  /** OCR scanned pages (default true, as the command does). */
  ocr?: boolean;
  /** Submissions checked at once (default: CPU cores). */
  concurrency?: number;
  /** Most document pairs brute force compares before it is sampled (default 300,000). */
  maxBruteForcePairs?: number;
  /** Progress lines (to stderr by default). */
  onProgress?: (line: string) => void;
}

export interface CorpusSizeBench {
  submissions: number;
  files: { docx: number; pdf: number; bytes: number };
  generateMs: number;
  cold: CorpusRunFigures;
  warm: CorpusRunFigures;
  /** Submissions per second, check and export together. */
  coldPerSec: number;
  warmPerSec: number;
  similarity: SimilarityFigures;
}

export interface CorpusBench {
  concurrency: number;
  ocr: boolean;
  sizes: CorpusSizeBench[];
  targets: {
    peakRss: { maxMB: number; pass: boolean };
    recall: { min: number; pass: boolean };
    precision: { min: number; pass: boolean };
  };
}

const CHILD = fileURLToPath(new URL('./corpus-run.js', import.meta.url));

/** Files of the generated corpus by format, and their bytes. */
function filesOf(dir: string): CorpusSizeBench['files'] {
  const files = readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile());
  const bytes = files.reduce((n, e) => n + statSync(path.join(e.parentPath, e.name)).size, 0);
  return { docx: files.filter((e) => e.name.endsWith('.docx')).length, pdf: files.filter((e) => e.name.endsWith('.pdf')).length, bytes };
}

/** One corpus run in its own process. */
function corpusRun(corpus: string, out: string, cacheDir: string, ocr: boolean, concurrency: number): Promise<CorpusRunFigures> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD, corpus, out, cacheDir, ocr ? '1' : '0', String(concurrency)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
    child.on('error', reject);
    child.on('close', (code) => {
      const line = stdout.split('\n').find((l) => l.startsWith(RUN_MARK));
      if (code === 0 && line) resolve(JSON.parse(line.slice(RUN_MARK.length)) as CorpusRunFigures);
      else reject(new Error(`Expected the corpus run to end with a ${RUN_MARK.trim()} line, got exit ${code} and: ${stdout.slice(-500)}`));
    });
  });
}

const perSec = (r: CorpusRunFigures): number => Math.round((r.submissions / (r.wallMs / 1000)) * 10) / 10;

async function benchSize(size: number, options: Required<Omit<CorpusBenchOptions, 'sizes'>>): Promise<CorpusSizeBench> {
  const work = mkdtempSync(path.join(os.tmpdir(), `filings-bench-corpus-${size}-`));
  const say = options.onProgress;
  try {
    const corpus = path.join(work, 'corpus');
    const cacheDir = path.join(work, 'cache');
    let started = performance.now();
    await writeLargeCorpus({ count: size, out: corpus, nearDuplicates: Math.max(2, Math.round((size * options.plantedPerThousand) / 1000)) });
    const generateMs = Math.round(performance.now() - started);
    const files = filesOf(corpus);
    say(`corpus ${size}: generated in ${(generateMs / 1000).toFixed(1)} s; cold run…`);
    const cold = await corpusRun(corpus, path.join(work, 'cold'), cacheDir, options.ocr, options.concurrency);
    say(`corpus ${size}: cold run ${(cold.wallMs / 1000).toFixed(1)} s; warm run…`);
    const warm = await corpusRun(corpus, path.join(work, 'warm'), cacheDir, options.ocr, options.concurrency);
    say(`corpus ${size}: warm run ${(warm.wallMs / 1000).toFixed(1)} s; near-duplicates, LSH and brute force…`);
    started = performance.now();
    const similarity = await similarityFigures(corpus, path.join(work, 'warm'), options.maxBruteForcePairs);
    say(`corpus ${size}: near-duplicate figures in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return { submissions: warm.submissions, files, generateMs, cold, warm, coldPerSec: perSec(cold), warmPerSec: perSec(warm), similarity };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export async function benchCorpus(options: CorpusBenchOptions = {}): Promise<CorpusBench> {
  const resolved = {
    plantedPerThousand: options.plantedPerThousand ?? 10,
    ocr: options.ocr ?? true,
    concurrency: options.concurrency ?? Math.max(1, os.availableParallelism()),
    maxBruteForcePairs: options.maxBruteForcePairs ?? 300_000,
    onProgress: options.onProgress ?? ((line: string) => process.stderr.write(`${line}\n`)),
  };
  const sizes: CorpusSizeBench[] = [];
  for (const size of options.sizes ?? DEFAULT_CORPUS_SIZES) sizes.push(await benchSize(size, resolved));
  const peak = Math.max(...sizes.flatMap((s) => [s.cold.peakRssMB, s.warm.peakRssMB]));
  return {
    concurrency: resolved.concurrency,
    ocr: resolved.ocr,
    sizes,
    targets: {
      peakRss: { maxMB: TARGET_RSS_MB, pass: peak < TARGET_RSS_MB },
      recall: { min: TARGET_RECALL, pass: sizes.every((s) => s.similarity.planted.recall >= TARGET_RECALL) },
      precision: { min: TARGET_PRECISION, pass: sizes.every((s) => s.similarity.planted.precision >= TARGET_PRECISION) },
    },
  };
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
const pass = (ok: boolean): string => (ok ? 'PASS' : 'FAIL');

function sizeLines(s: CorpusSizeBench): string[] {
  const sim = s.similarity;
  const bf = sim.bruteForce;
  const bruteForce = bf.exhaustive
    ? `brute force over all ${bf.documents} documents (${bf.pairsCompared.toLocaleString('en')} pairs) ${seconds(bf.ms)}`
    : `brute force estimated ${seconds(bf.corpusMs)} for ${bf.corpusPairs.toLocaleString('en')} pairs (measured ${bf.microsPerPair} µs/pair over ${bf.pairsCompared.toLocaleString('en')} pairs of ${bf.documents} evenly spread documents, ${seconds(bf.ms)}; LSH on those ${seconds(bf.lshMsSameDocuments)})`;
  return [
    `corpus ${s.submissions}: ${s.files.docx} DOCX + ${s.files.pdf} PDF, ${Math.round(s.files.bytes / 1024 / 1024)} MB, generated in ${seconds(s.generateMs)}`,
    `  cold cache ${seconds(s.cold.wallMs)} (${s.coldPerSec} submissions/s; check ${seconds(s.cold.checkMs)}, export ${seconds(s.cold.exportMs)}), peak RSS ${s.cold.peakRssMB} MB`,
    `  warm cache ${seconds(s.warm.wallMs)} (${s.warmPerSec} submissions/s; check ${seconds(s.warm.checkMs)}, export ${seconds(s.warm.exportMs)}), peak RSS ${s.warm.peakRssMB} MB`,
    `  near-duplicates over ${sim.documents} documents: product ${seconds(s.warm.similarityMs)} in the export; here LSH ${seconds(sim.lshMs)} (${sim.lshPairs} pairs) vs ${bruteForce} → LSH ${sim.speedup}× faster`,
    `  exact pairs found by LSH among brute force's on the ${bf.documents} documents: ${bf.exactPairs ? `${Math.round(bf.lshRecallOfExactPairs * bf.exactPairs)}/${bf.exactPairs}` : 'none to find'}`,
    `  planted pairs: ${sim.planted.found}/${sim.planted.pairs} found (recall ${sim.planted.recall}), precision ${sim.planted.precision} (${sim.planted.agreementPairs} agreement pairs reported; lowest planted Jaccard ${sim.planted.lowestPlantedJaccard})`,
  ];
}

/** The figures as lines for the bench's output. */
export function formatCorpusBench(b: CorpusBench): string {
  const rss = b.sizes.map((s) => `${s.submissions}: cold ${s.cold.peakRssMB} MB, warm ${s.warm.peakRssMB} MB`).join('; ');
  return [
    `corpus bench (filings corpus on generated corpora; concurrency ${b.concurrency}, OCR ${b.ocr ? 'on' : 'off'}; each run in its own process)`,
    ...b.sizes.flatMap(sizeLines),
    `${pass(b.targets.peakRss.pass)} peak RSS < ${b.targets.peakRss.maxMB} MB at every size — ${rss}`,
    `${pass(b.targets.recall.pass)} planted-pair recall ≥ ${b.targets.recall.min}: ${b.sizes.map((s) => s.similarity.planted.recall).join(', ')}`,
    `${pass(b.targets.precision.pass)} planted-pair precision ≥ ${b.targets.precision.min}: ${b.sizes.map((s) => s.similarity.planted.precision).join(', ')}`,
    `BENCH_CORPUS_JSON ${JSON.stringify(b)}`,
  ].join('\n');
}
