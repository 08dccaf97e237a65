/**
 * Offline Chinese OCR on tesseract.js with the npm-installed `@tesseract.js-data/chi_sim` model.
 *
 * - The model is read from node_modules (`langPath`), never fetched and never cached elsewhere
 *   (`cacheMethod: 'none'`); the LSTM-only `4.0.0_best_int` model is preferred (faster than the
 *   package's default legacy+LSTM data). It is verified before any worker starts.
 * - One scheduler with one worker per core, created lazily when the first page needs OCR and
 *   terminated by `withOcr` in `finally`.
 * - Page segmentation `PSM.AUTO` (the single-block default turns table pages into garbage),
 *   `preserve_interword_spaces` (otherwise a space lands between every two Chinese characters) and
 *   no inverted-text retries (`tessedit_do_invert` 0).
 * - Pages are given as PGM (raw grey bytes with a header), so no image is encoded or decoded twice.
 */
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import Tesseract from 'tesseract.js';
import type { OcrSymbol, OcrWord } from '../ocr/layout.js';
import { findPaddleModels } from '../ocr/paddle/models.js';
import { PpOcr } from '../ocr/paddle/pp-ocr.js';
import type { SecondReader } from '../ocr/second-pass.js';
import { toPgm, type Box, type GrayImage } from '../ocr/pixels.js';

const require = createRequire(import.meta.url);

/** The installed recognition model. */
export interface OcrModel {
  /** Folder holding `chi_sim.traineddata.gz` (the tesseract.js `langPath`). */
  langPath: string;
  /** Which build of the model: the LSTM-only integer model, or the package's default data. */
  variant: '4.0.0_best_int' | '4.0.0';
  file: string;
  bytes: number;
}

/** OCR cannot run: the model is missing or damaged (message in Chinese for the report, details in `detail`). */
export class OcrUnavailableError extends Error {
  constructor(
    readonly detail: string,
  ) {
    super(`文字识别（OCR）不可用：${detail}`);
    this.name = 'OcrUnavailableError';
  }
}

/** Finds and checks the chi_sim model shipped by `@tesseract.js-data/chi_sim`; throws OcrUnavailableError when it is not usable. */
export function findOcrModel(): OcrModel {
  let dir: string;
  try {
    dir = path.dirname(require.resolve('@tesseract.js-data/chi_sim/package.json'));
  } catch {
    throw new OcrUnavailableError('未安装中文识别模型 @tesseract.js-data/chi_sim（请运行 npm ci）');
  }
  for (const variant of ['4.0.0_best_int', '4.0.0'] as const) {
    const file = path.join(dir, variant, 'chi_sim.traineddata.gz');
    if (!existsSync(file)) continue;
    const bytes = statSync(file).size;
    const head = Buffer.alloc(2);
    const fd = openSync(file, 'r');
    try {
      readSync(fd, head, 0, 2, 0);
    } finally {
      closeSync(fd);
    }
    if (bytes < 100_000 || head[0] !== 0x1f || head[1] !== 0x8b) throw new OcrUnavailableError(`中文识别模型文件已损坏：${file}`);
    return { langPath: path.dirname(file), variant, file, bytes };
  }
  throw new OcrUnavailableError(`中文识别模型文件不存在（${dir} 下没有 chi_sim.traineddata.gz）`);
}

/** What one page gave: words with boxes (pixels of the image given) and confidences 0–1. */
export interface OcrPageResult {
  words: OcrWord[];
  /** Character-weighted mean word confidence, 0–1 (0 when nothing was recognised). */
  confidence: number;
  ms: number;
}

/**
 * What the readers need of an OCR engine: recognition of a page image, its worker count (pages kept
 * in flight) and, optionally, admission of a page before it is rendered, which throws (e.g. a
 * LimitExceededError) when a page budget is spent, so that no work is done for a refused page.
 */
export interface OcrService {
  readonly workers: number;
  /** The second engine, which re-reads the regions that decide verdicts (absent: one reading only). */
  readonly second?: SecondReader;
  /** Wall time of one page, both readings, seconds (absent: no limit): the `ocrSecondsPerPage` budget. */
  readonly secondsPerPage?: number;
  recognize(gray: GrayImage, dpi: number, options?: { psm?: Tesseract.PSM; part?: boolean }): Promise<OcrPageResult>;
  admitPage?(): Promise<void>;
}

export interface OcrEngineOptions {
  /** Workers (default: one per core). */
  workers?: number;
  /** Read the regions that decide verdicts a second time with PP-OCR (default true). */
  secondPass?: boolean;
  /** Model to use (default: findOcrModel()). */
  model?: OcrModel;
}

/** Counters of an engine's work. */
export interface OcrStats {
  pages: number;
  /** Pages currently queued or running. */
  pending: number;
  /** Wall time spent with at least one page in OCR, milliseconds. */
  busyMs: number;
}

/**
 * A pool of tesseract.js workers behind one scheduler. Workers start on the first `recognize`
 * (a batch without scans never starts them); `terminate` releases them.
 */
export const PSM = Tesseract.PSM;

export class OcrEngine implements OcrService {
  readonly model: OcrModel;
  readonly workers: number;
  /** Whether pages get the second reading (readers in other threads load their own PP-OCR; `second` serves this one). */
  readonly secondPass: boolean;
  readonly stats: OcrStats = { pages: 0, pending: 0, busyMs: 0 };
  private scheduler: Tesseract.Scheduler | null = null;
  private starting: Promise<Tesseract.Scheduler> | null = null;
  private busySince = 0;
  private terminated = false;
  private pp: PpOcr | null = null;
  /** Called after each page with the stats (watchPages). */
  private readonly pageWatchers = new Set<(stats: OcrStats) => void>();

  constructor(options: OcrEngineOptions = {}) {
    this.model = options.model ?? findOcrModel();
    this.workers = Math.max(1, options.workers ?? os.availableParallelism());
    this.secondPass = options.secondPass ?? true;
    // The second engine's models are checked now (a missing file is an OcrUnavailableError before anything is read); they load on first use.
    if (this.secondPass) findPaddleModels();
  }

  /** The second reader of pages read in this thread (PP-OCR, loaded on first use), or undefined when the second pass is off. */
  get second(): SecondReader | undefined {
    if (!this.secondPass || this.terminated) return undefined;
    return (this.pp ??= new PpOcr({ threads: this.workers }));
  }

  /** Whether workers have been started. */
  get started(): boolean {
    return this.starting !== null;
  }

  private start(): Promise<Tesseract.Scheduler> {
    if (this.terminated) return Promise.reject(new Error('OCR engine already terminated'));
    this.starting ??= (async () => {
      const scheduler = Tesseract.createScheduler();
      this.scheduler = scheduler;
      const workers = await Promise.all(
        Array.from({ length: this.workers }, async () => {
          const worker = await Tesseract.createWorker('chi_sim', Tesseract.OEM.LSTM_ONLY, {
            langPath: this.model.langPath,
            cacheMethod: 'none',
            gzip: true,
            errorHandler: () => undefined,
          });
          await worker.setParameters({
            tessedit_pageseg_mode: Tesseract.PSM.AUTO,
            preserve_interword_spaces: '1',
            // No second try of weak lines as white-on-black text (filings print none): about a seventh less work, no more errors.
            tessedit_do_invert: '0',
            debug_file: '/dev/null',
          });
          return worker;
        }),
      );
      for (const w of workers) scheduler.addWorker(w);
      return scheduler;
    })();
    return this.starting;
  }

  /**
   * Recognises one page image (grey, deskewed) at a known resolution. `psm` overrides the page
   * segmentation for this image only (e.g. PSM.SINGLE_LINE for one table cell); `part: true` marks
   * a piece of a page (a cell read again), which the page counters leave out.
   */
  recognize(gray: GrayImage, dpi: number, options: { psm?: Tesseract.PSM; part?: boolean } = {}): Promise<OcrPageResult> {
    return this.recognizePgm(toPgm(gray), dpi, options);
  }

  /** `recognize` of an image already encoded as PGM (by a reader thread, which hands it over). */
  async recognizePgm(image: Uint8Array, dpi: number, options: { psm?: Tesseract.PSM; part?: boolean } = {}): Promise<OcrPageResult> {
    const { psm, part = false } = options;
    const scheduler = await this.start();
    // Tesseract parameters given with a job apply to that job only (tesseract.js restores them).
    const params: Record<string, string> = { user_defined_dpi: String(Math.round(dpi)) };
    if (psm !== undefined) params.tessedit_pageseg_mode = psm;
    const run = async () => {
      const result = await scheduler.addJob('recognize', image as unknown as Buffer, params as unknown as Partial<Tesseract.RecognizeOptions>, { text: false, blocks: true });
      return wordsOf(result.data);
    };
    if (part) {
      const words = await run();
      return { words, confidence: meanConfidence(words), ms: 0 };
    }
    if (this.stats.pending++ === 0) this.busySince = Date.now();
    const started = Date.now();
    try {
      const words = await run();
      return { words, confidence: meanConfidence(words), ms: Date.now() - started };
    } finally {
      this.stats.pages++;
      if (--this.stats.pending === 0) this.stats.busyMs += Date.now() - this.busySince;
      for (const watch of this.pageWatchers) watch({ ...this.stats });
    }
  }

  /** Calls `watch` after each page with the stats, until the returned function is called (runs sharing the engine each watch it). */
  watchPages(watch: (stats: OcrStats) => void): () => void {
    this.pageWatchers.add(watch);
    return () => void this.pageWatchers.delete(watch);
  }

  /** Milliseconds since OCR last became busy (0 when idle). */
  busyFor(): number {
    return this.stats.pending > 0 ? Date.now() - this.busySince : 0;
  }

  async terminate(): Promise<void> {
    this.terminated = true;
    await this.pp?.release();
    this.pp = null;
    const starting = this.starting;
    this.starting = null;
    if (!starting) return;
    await starting.catch(() => undefined);
    await this.scheduler?.terminate().catch(() => undefined);
    this.scheduler = null;
  }
}

/**
 * Runs `fn` with an OCR engine for a batch and terminates the engine's workers in `finally`.
 * The model is checked first (a missing model is an OcrUnavailableError before anything starts);
 * the workers themselves start only when a page needs OCR.
 */
export async function withOcr<T>(fn: (ocr: OcrEngine) => Promise<T>, options: OcrEngineOptions = {}): Promise<T> {
  const engine = new OcrEngine(options);
  try {
    return await fn(engine);
  } finally {
    await engine.terminate();
  }
}

function boxOf(b: Tesseract.Bbox): Box {
  return [b.x0, b.y0, b.x1, b.y1];
}

function wordsOf(page: Tesseract.Page): OcrWord[] {
  const out: OcrWord[] = [];
  for (const block of page.blocks ?? []) {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        for (const w of line.words) {
          const text = w.text.trim();
          if (!text) continue;
          const symbols: OcrSymbol[] = (w.symbols ?? []).map((s) => ({ text: s.text, confidence: s.confidence / 100, box: boxOf(s.bbox) }));
          out.push({ text, confidence: Math.max(0, Math.min(1, w.confidence / 100)), box: boxOf(w.bbox), symbols });
        }
      }
    }
  }
  return out;
}

function meanConfidence(words: readonly OcrWord[]): number {
  let sum = 0;
  let n = 0;
  for (const w of words) {
    const chars = [...w.text].length;
    sum += w.confidence * chars;
    n += chars;
  }
  return n === 0 ? 0 : Math.round((sum / n) * 1000) / 1000;
}
