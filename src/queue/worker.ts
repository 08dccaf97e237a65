import os from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { UnrecoverableError, Worker, type Job } from 'bullmq';
import type { Report } from '../model/report.js';
import { checkJob, type JobRunOptions } from './check-job.js';
import { ProcessOcr } from './process-ocr.js';
import { checkReachable, describeError, redisOptions } from './connection.js';
import { JobDataSchema, type JobData } from './job-data.js';
import { DEFAULT_STALL_POLICY, QUEUE_NAME, type StallPolicy } from './queue-config.js';
import type { QueueUrl } from './queue-url.js';

/** What a worker tells its operator (the command prints it, one line each). */
export type WorkerEvent =
  | { type: 'ready'; name: string; concurrency: number }
  | { type: 'started'; id: string; attempt: number }
  | { type: 'done'; id: string; verdict: Report['verdict']; ms: number }
  | { type: 'failed'; id: string; reason: string; attempt: number; final: boolean }
  | { type: 'handed-back'; id: string }
  | { type: 'redis-error'; detail: string }
  | { type: 'warning'; text: string };

export interface QueueWorkerOptions extends Omit<JobRunOptions, 'onProgress' | 'onWarning' | 'ocrEngine'> {
  url: QueueUrl;
  /** Jobs run at once (BullMQ's concurrency). */
  concurrency: number;
  /** How soon a job of a dead worker goes to another (default DEFAULT_STALL_POLICY). */
  stall?: StallPolicy;
  /** For tests only: each job waits this long before it is checked, ms (so that a worker can be killed in the middle of one). */
  delayMs?: number;
  onEvent?: (event: WorkerEvent) => void;
}

/** A running worker. */
export interface QueueWorker {
  /** Its name in Redis (host:pid), shown by BullMQ's tools on the jobs it runs. */
  readonly name: string;
  /** Takes no new job and resolves once the running ones have finished and the connections are closed. */
  close(): Promise<void>;
  /** Puts the running jobs back in the queue at once (another worker takes them) and closes without waiting for them; the caller then ends the process. */
  handBack(): Promise<void>;
}

/** Errors from Redis are said at most this often, ms (a server that is down would otherwise fill the log). */
const REDIS_ERROR_EVERY_MS = 10_000;

/**
 * Starts a BullMQ worker on the `filings-check` queue: each job is one submission, checked by
 * checkJob (the local path's own function) with this worker's cache and share of the machine (one
 * reader pool and one OCR engine per second-reading setting, started on the first scanned page and
 * shared by the jobs); its report is the job's return value. Checks first that Redis answers (QueueUnavailableError
 * otherwise). The worker holds a lock on each running job and renews it; when the worker dies,
 * the lock runs out and another worker's stalled-job check puts the job back in the queue.
 */
export async function startQueueWorker(options: QueueWorkerOptions): Promise<QueueWorker> {
  await checkReachable(options.url);
  const stall = options.stall ?? DEFAULT_STALL_POLICY;
  const say = options.onEvent ?? (() => undefined);
  const name = `${os.hostname()}:${process.pid}`;
  const running = new Map<string, { job: Job<JobData, Report>; token: string | undefined }>();
  let lastRedisError = 0;
  const ocr = new ProcessOcr(options.ocrWorkers);
  const worker = new Worker<JobData, Report>(
    QUEUE_NAME,
    async (job, token) => {
      const parsed = JobDataSchema.safeParse(job.data);
      // Data this program cannot read will not become readable on another try.
      if (!parsed.success) throw new UnrecoverableError(`任务数据无效：${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('；')}`);
      running.set(job.id!, { job, token });
      try {
        if (options.delayMs) await sleep(options.delayMs);
        return await checkJob(parsed.data, { ...options, ocrEngine: ocr.engine, onWarning: (text) => say({ type: 'warning', text }) });
      } finally {
        running.delete(job.id!);
      }
    },
    {
      connection: redisOptions(options.url, 'worker'),
      name,
      concurrency: options.concurrency,
      lockDuration: stall.lockMs,
      stalledInterval: stall.stalledIntervalMs,
      maxStalledCount: stall.maxStalledCount,
      autorun: false,
    },
  );
  const started = new Map<string, number>();
  worker.on('active', (job) => {
    started.set(job.id!, Date.now());
    say({ type: 'started', id: idOf(job), attempt: job.attemptsStarted });
  });
  worker.on('completed', (job, report) => {
    say({ type: 'done', id: idOf(job), verdict: report.verdict, ms: Date.now() - (started.get(job.id!) ?? Date.now()) });
    started.delete(job.id!);
  });
  worker.on('failed', (job, err) => {
    if (!job) return;
    started.delete(job.id!);
    // Final when the job is left failed (tries used up, an unrecoverable error, or stalled too often); else it is tried again.
    void job
      .isFailed()
      .catch(() => false)
      .then((final) => say({ type: 'failed', id: idOf(job), reason: err.message, attempt: job.attemptsMade, final }));
  });
  worker.on('error', (err) => {
    if (Date.now() - lastRedisError < REDIS_ERROR_EVERY_MS) return;
    lastRedisError = Date.now();
    say({ type: 'redis-error', detail: describeError(err) });
  });
  void worker.run().catch((err: unknown) => say({ type: 'redis-error', detail: describeError(err) }));
  await worker.waitUntilReady();
  say({ type: 'ready', name, concurrency: options.concurrency });
  return {
    name,
    async close() {
      await worker.close();
      await ocr.terminate();
    },
    async handBack() {
      await Promise.all(
        [...running.values()].map(async ({ job, token }) => {
          await job.moveToWait(token);
          say({ type: 'handed-back', id: idOf(job) });
        }),
      ).catch((err: unknown) => say({ type: 'redis-error', detail: describeError(err) }));
      // A close already under way waits for the jobs in hand; the connections are given a moment to close, no more.
      await Promise.race([worker.close(true), sleep(1000)]);
    },
  };
}

/** The submission id of a job, for messages (the job id when its data is not readable). */
function idOf(job: Job): string {
  const id = (job.data as { id?: unknown } | undefined)?.id;
  return typeof id === 'string' ? id : String(job.id);
}
