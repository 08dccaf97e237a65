import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import type { Doc } from '../model/document.js';
import { LimitExceededError, type Limits } from '../model/limits.js';
import type { SubmissionFile } from '../model/submission.js';
import { UnreadableFileError, type OcrEngine } from '../../extractors/formats/index.js';
import type { OcrBudget } from './ocr-budget.js';
import type { FromWorker, OcrReply, OcrRequest, ToWorker } from './reader-protocol.js';
import { startWorker } from './worker-thread.js';

const WORKER = new URL(`./reader-worker${path.extname(fileURLToPath(import.meta.url))}`, import.meta.url);

interface Job {
  id: number;
  file: SubmissionFile;
  budget: OcrBudget;
  limits: Limits;
  ocr: OcrEngine | null;
  resolve: (doc: Doc) => void;
  reject: (err: Error) => void;
  /** Why the job's worker was stopped, when the pool stopped it. */
  stopped?: UnreadableFileError;
  timer?: NodeJS.Timeout;
}

export interface ReaderPoolOptions {
  /** Worker threads at most (each reads one file at a time). */
  size: number;
  /** Heap of each thread, MB (`limits.readerHeapMb` of the runs it serves). */
  heapMb: number;
}

/** What one read is given: the run's budgets, and its OCR engine (null: no OCR). */
export interface ReadContext {
  budget: OcrBudget;
  limits: Limits;
  ocr: OcrEngine | null;
}

/**
 * Reads files into Docs in worker threads, one file per thread at a time, each thread under a heap
 * limit (`limits.readerHeapMb`) and each file under a time limit (`limits.secondsPerDocument`).
 * A file that exhausts either, or crashes its thread, becomes an UnreadableFileError naming the
 * cause; the thread is replaced and the batch goes on. Threads start on demand and are held only
 * while they read (an idle pool does not keep the process alive).
 */
export class ReaderPool {
  private readonly idle: Worker[] = [];
  private readonly running = new Map<Worker, Job>();
  private readonly queue: Job[] = [];
  private live = 0;
  private nextJob = 0;
  private closed = false;

  constructor(private readonly options: ReaderPoolOptions) {}

  /** Reads one file; rejects with UnreadableFileError when it cannot be read. */
  read(file: SubmissionFile, context: ReadContext): Promise<Doc> {
    if (this.closed) return Promise.reject(new Error('reader pool closed'));
    return new Promise<Doc>((resolve, reject) => {
      this.queue.push({ id: this.nextJob++, file, ...context, resolve, reject });
      this.pump();
    });
  }

  /** Stops every thread; files still waiting are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error('reader pool closed'));
    await Promise.all([...this.idle.splice(0), ...this.running.keys()].map((w) => w.terminate()));
  }

  /** Threads running now, idle or reading. */
  get threads(): number {
    return this.live;
  }

  /** Stops the threads that are idle (they hold the heaps of the files they read); later reads start new ones. */
  async trim(): Promise<void> {
    await Promise.all(this.idle.splice(0).map((w) => w.terminate()));
  }

  private pump(): void {
    while (this.queue.length > 0 && (this.idle.length > 0 || this.live < this.options.size)) {
      const worker = this.idle.pop() ?? this.spawn();
      this.start(this.queue.shift()!, worker);
    }
  }

  private spawn(): Worker {
    this.live++;
    const worker = startWorker(WORKER, { resourceLimits: { maxOldGenerationSizeMb: this.options.heapMb } });
    worker.on('message', (message: FromWorker) => this.onMessage(worker, message));
    worker.on('error', (err: Error & { code?: string }) => {
      const job = this.running.get(worker);
      if (job && !job.stopped) job.stopped = err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? limitError(new LimitExceededError('readerHeapMb', this.options.heapMb, '读取时内存用尽')) : new UnreadableFileError(`读取失败：${err.message}`, 'corrupt');
    });
    worker.on('exit', () => {
      this.live--;
      const at = this.idle.indexOf(worker);
      if (at >= 0) this.idle.splice(at, 1);
      const job = this.running.get(worker);
      if (job) this.finish(worker, job, () => job.reject(job.stopped ?? new UnreadableFileError('读取失败：读取进程意外退出', 'corrupt')));
      if (!this.closed) this.pump();
    });
    return worker;
  }

  private start(job: Job, worker: Worker): void {
    this.running.set(worker, job);
    worker.ref();
    const { limits, ocr } = job;
    job.timer = setTimeout(() => {
      job.stopped = limitError(new LimitExceededError('secondsPerDocument', limits.secondsPerDocument, '读取超时'));
      void worker.terminate();
    }, limits.secondsPerDocument * 1000);
    // The worker gets its own copy of the bytes (transferred, not cloned a second time).
    const bytes = new Uint8Array(job.file.bytes);
    const request: ToWorker = { type: 'read', job: job.id, name: job.file.name, sha256: job.file.sha256, format: job.file.format, bytes, limits, ocrWorkers: ocr ? ocr.workers : null, ocrSecondPass: ocr?.secondPass ?? false };
    worker.postMessage(request, [bytes.buffer]);
  }

  private finish(worker: Worker, job: Job, settle: () => void): void {
    clearTimeout(job.timer);
    this.running.delete(worker);
    settle();
  }

  private onMessage(worker: Worker, message: FromWorker): void {
    const job = this.running.get(worker);
    if (!job || job.stopped) return;
    if (message.type === 'admit' || message.type === 'recognize') {
      void this.answer(worker, job, message);
      return;
    }
    if (message.type === 'done') this.finish(worker, job, () => job.resolve(message.doc));
    else this.finish(worker, job, () => job.reject(new UnreadableFileError(message.message, (message.code as UnreadableFileError['code'] | null) ?? 'corrupt')));
    worker.unref();
    this.idle.push(worker);
    this.pump();
  }

  private async answer(worker: Worker, job: Job, request: OcrRequest): Promise<void> {
    const reply: OcrReply = { type: 'ocr-reply', call: request.call };
    try {
      if (request.type === 'admit') job.budget.admit(job.file.name);
      else reply.result = await job.ocr!.recognizePgm(request.pgm, request.dpi, request.options);
    } catch (err) {
      const e = err as Error;
      reply.error = { message: e?.message ?? String(err), ...(err instanceof LimitExceededError ? { limit: { name: err.limit, value: err.value, what: err.what } } : {}) };
    }
    if (this.running.get(worker) === job) worker.postMessage(reply);
  }
}

function limitError(err: LimitExceededError): UnreadableFileError {
  return new UnreadableFileError(err.message, 'limit');
}

const shared = new Map<string, ReaderPool>();

/**
 * The process's reader pool of this size and heap, started on first use and kept for later runs
 * (a library caller checking batch after batch pays for starting the threads once). Its idle
 * threads do not keep the process alive.
 */
export function sharedReaderPool(options: ReaderPoolOptions): ReaderPool {
  const key = `${options.size}:${options.heapMb}`;
  let pool = shared.get(key);
  if (!pool) {
    pool = new ReaderPool(options);
    shared.set(key, pool);
  }
  return pool;
}

/** Stops the idle threads of every shared pool, giving their memory back (e.g. before a long phase that reads nothing). */
export async function trimSharedReaderPools(): Promise<void> {
  await Promise.all([...shared.values()].map((pool) => pool.trim()));
}
