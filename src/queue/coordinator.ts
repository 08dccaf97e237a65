import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Job, Queue, QueueEvents } from 'bullmq';
import PQueue from 'p-queue';
import { DEFAULT_LIMITS } from '../model/limits.js';
import type { Report } from '../model/report.js';
import { discover, type SubmissionSource } from '../pipeline/ingest.js';
import type { Progress, RunOptions } from '../pipeline/run.js';
import { checkReachable, describeError, openClient, QueueUnavailableError } from './connection.js';
import { addJob, enqueueSubmission, submissionJobId, type BatchJobs, type EnqueueOutcome } from './enqueue.js';
import type { JobData, JobSettings, ProgramVersion } from './job-data.js';
import { failedReport, receivedReport } from './job-report.js';
import { DEFAULT_JOB_POLICY, QUEUE_NAME, type JobPolicy } from './queue-config.js';
import type { QueueUrl } from './queue-url.js';

/** What the coordinator tells its user besides progress. */
export type CoordinatorEvent =
  | ({ type: 'enqueued' } & Record<EnqueueOutcome, number>)
  | { type: 'no-workers' }
  | { type: 'redis-error'; detail: string };

export interface QueueCheckOptions extends RunOptions {
  queue: QueueUrl;
  /** This program's version (package.json), part of every job id. */
  program: ProgramVersion;
  /** Tries and how long results stay in Redis (default DEFAULT_JOB_POLICY). */
  policy?: JobPolicy;
  /** How often every job still open is looked at besides the queue's events, ms (default 1000; at least 1 ms per open job). */
  sweepMs?: number;
  /** How long a lost connection to Redis is waited for before the run stops with QueueUnavailableError, ms (default 30 000). */
  lostAfterMs?: number;
  onQueueEvent?: (event: CoordinatorEvent) => void;
}

/** Submissions whose contents are read for their job ids at once. */
const HASHING = 4;
/** How long closing the queue may take before its connections are dropped, ms. */
const CLOSE_WAIT_MS = 2000;
/** Events kept in the queue's event stream (about). */
const EVENTS_KEPT = 2000;
/** How often the coordinator looks for workers while jobs are open, ms. */
const WORKER_CHECK_MS = 10_000;

/**
 * `checkBatch` on a BullMQ queue: the same paths, ids, options and result (reports in batch order,
 * each also given to `onReport` as soon as it is in), but each submission is a job that a worker
 * (`filings worker`, on this or another machine) checks with the local path's own function. Its
 * job id is derived from its contents and settings, so a coordinator run again finds the reports
 * of the jobs already done and waits for the others. A job that failed for good (its tries used
 * up, its worker killed too often) becomes that submission's error report. Reads nothing but the
 * submissions' bytes (for their ids) and writes nothing. Throws QueueUnavailableError when Redis
 * does not answer at the start, or is lost for longer than `lostAfterMs`; IngestError as checkBatch.
 */
export async function checkOnQueue(targets: string | readonly string[], options: QueueCheckOptions): Promise<Report[]> {
  await checkReachable(options.queue);
  // Found at absolute paths, which every worker must see too (a shared folder).
  const sources = await discover((typeof targets === 'string' ? [targets] : targets).map((t) => path.resolve(t)), options.onWarning);
  const batch: BatchJobs = { settings: settingsOf(options), program: options.program, packs: options.packs, policy: options.policy ?? DEFAULT_JOB_POLICY };
  // The connections are ours, so that a run that ends while Redis is down can drop them instead of waiting for Redis to come back.
  const queueClient = openClient(options.queue, 'coordinator');
  // The queue's events say at once when a job finishes; they read with a blocking command, so their connection waits like a worker's.
  const eventsClient = openClient(options.queue, 'worker');
  // A completed job's event carries its report: the event stream is kept shorter than BullMQ's 10 000 (a missed event is found by the sweep).
  const queue = new Queue(QUEUE_NAME, { connection: queueClient, streams: { events: { maxLen: EVENTS_KEPT } } });
  const events = new QueueEvents(QUEUE_NAME, { connection: eventsClient });
  // Failures reach us through the commands below; without a listener an 'error' event would end the process.
  queue.on('error', () => undefined);
  events.on('error', () => undefined);
  try {
    return await new Collection(queue, events, sources, batch, options).run();
  } finally {
    await Promise.race([Promise.all([queue.close(), events.close()]).catch(() => undefined), sleep(CLOSE_WAIT_MS)]);
    queueClient.disconnect();
    eventsClient.disconnect();
  }
}

/** The settings a local run would use with the same options: what every job carries. */
export function settingsOf(options: Pick<RunOptions, 'pack' | 'ocr' | 'ocrSecondPass' | 'limits'>): JobSettings {
  return { ...(options.pack ? { pack: options.pack } : {}), ocr: options.ocr !== false, ocrSecondPass: options.ocrSecondPass !== false, limits: { ...DEFAULT_LIMITS, ...options.limits } };
}

/**
 * One coordinator run: enqueues the submissions and collects their reports as the jobs finish,
 * told by the queue's events and, in case an event is missed (a reconnection), by looking at every
 * open job now and then.
 */
class Collection {
  private readonly jobIds: (string | undefined)[];
  /** Submission index of each job id. */
  private readonly indexOf = new Map<string, number>();
  private readonly reports: Report[];
  /** Submissions (by index) enqueued and not yet collected. */
  private readonly open = new Set<number>();
  /** Submissions being collected now (a job can be announced by an event and a sweep at once). */
  private readonly collecting = new Set<number>();
  private readonly counts: Record<EnqueueOutcome, number> = { added: 0, requeued: 0, finished: 0, pending: 0 };
  private readonly progress: Progress;
  private readonly started = Date.now();
  private lostSince: number | null = null;
  private lastWorkerCheck = Date.now();
  private saidNoWorkers = false;
  private enqueued = false;
  /** Ends the run loop's wait early: the run may be done (enqueueing ended, the last job was collected, or collecting failed). */
  private wake: () => void = () => undefined;
  /** The first error of collecting a job announced by an event (e.g. an output that cannot be written): the run stops with it. */
  private failure: unknown = null;

  constructor(
    private readonly queue: Queue,
    private readonly events: QueueEvents,
    private readonly sources: readonly SubmissionSource[],
    private readonly batch: BatchJobs,
    private readonly options: QueueCheckOptions,
  ) {
    this.jobIds = new Array(sources.length);
    this.reports = new Array(sources.length);
    this.progress = { submissionsDone: 0, submissionsTotal: sources.length, filesDone: 0, pages: 0, cachedFiles: 0, elapsedMs: 0, ocrPages: 0, ocrPending: 0, ocrBusyMs: 0 };
  }

  async run(): Promise<Report[]> {
    this.tick();
    const stop = (err: unknown) => ((this.failure ??= err), this.wake());
    // A completed job's event carries its report; a failed one may still have tries left, so its state is looked at.
    this.events.on('completed', ({ jobId, returnvalue }: { jobId: string; returnvalue: unknown }) => {
      const i = this.indexOf.get(jobId);
      if (i !== undefined) void this.collect(i, async () => receivedReport(this.sources[i].id, returnvalue)).catch(stop);
    });
    this.events.on('failed', ({ jobId }: { jobId: string }) => {
      const i = this.indexOf.get(jobId);
      if (i !== undefined) void this.settle(i).catch(stop);
    });
    await this.withRedis(() => this.events.waitUntilReady());
    // Reports are collected while later submissions are still being read for their ids.
    const enqueueing = this.enqueueAll()
      .catch((err: unknown) => void (this.failure ??= err))
      .finally(() => ((this.enqueued = true), this.wake()));
    // The events announce every job of this run; the sweep is for those missed (a reconnection), so it runs only when the wait runs out.
    while (!this.done()) {
      const timedOut = await new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(true), Math.max(this.options.sweepMs ?? 1000, this.open.size));
        this.wake = () => (clearTimeout(timer), resolve(false));
      });
      if (timedOut && !this.done()) await this.sweep();
    }
    await enqueueing;
    if (this.failure) throw this.failure;
    return this.reports;
  }

  private done(): boolean {
    return this.failure !== null || (this.enqueued && this.open.size === 0);
  }

  private async enqueueAll(): Promise<void> {
    const hashing = new PQueue({ concurrency: HASHING });
    await Promise.all(
      this.sources.map((source, i) =>
        hashing.add(async () => {
          const jobId = await submissionJobId(source, this.batch);
          // Known before the job is added, so that no event of it goes unheard.
          this.jobIds[i] = jobId;
          this.indexOf.set(jobId, i);
          this.open.add(i);
          const outcome = await this.withRedis(() => enqueueSubmission(this.queue, jobId, source, this.batch));
          this.counts[outcome]++;
          // A job done in an earlier run announces nothing: it is collected now.
          if (outcome === 'finished') await this.settle(i);
        }),
      ),
    );
    this.options.onQueueEvent?.({ type: 'enqueued', ...this.counts });
  }

  /** Looks at every open job once and collects those that have finished. */
  private async sweep(): Promise<void> {
    const open = [...this.open];
    const states = await this.withRedis(() => Promise.all(open.map((i) => this.queue.getJobState(this.jobIds[i]!))));
    for (const [k, i] of open.entries()) {
      const state = states[k];
      if (state === 'completed' || state === 'failed') await this.settle(i);
      // Removed while this run waited for it (e.g. by hand): it is enqueued again.
      else if (state === 'unknown') await this.withRedis(() => addJob(this.queue, this.jobIds[i]!, this.sources[i], this.batch));
    }
    if (this.open.size > 0 && Date.now() - this.lastWorkerCheck > WORKER_CHECK_MS) await this.checkWorkers();
  }

  /** Collects the report of an open job that has finished for good (completed, or failed with no try left); does nothing otherwise. */
  private settle(i: number): Promise<void> {
    return this.collect(i, async () => {
      const job = await this.withRedis(() => Job.fromId<JobData, Report>(this.queue, this.jobIds[i]!));
      const state = job ? await this.withRedis(() => job.getState()) : 'unknown';
      if (!job || (state !== 'completed' && state !== 'failed')) return null;
      const id = this.sources[i].id;
      return state === 'completed' ? receivedReport(id, job.returnvalue) : failedReport(id, Math.max(job.attemptsMade, job.attemptsStarted), job.failedReason);
    });
  }

  /** Takes the report `read` gives (null: the job has not finished) for an open submission, once, and hands it on. */
  private async collect(i: number, read: () => Promise<Report | null>): Promise<void> {
    if (!this.open.has(i) || this.collecting.has(i)) return;
    this.collecting.add(i);
    try {
      const report = await read();
      if (!report) return;
      this.open.delete(i);
      this.reports[i] = report;
      const p = this.progress;
      p.submissionsDone++;
      for (const d of report.submission.documents) {
        p.filesDone++;
        p.pages += d.pages ?? 0;
        if (d.ocr) p.ocrPages += d.pages ?? 1;
      }
      this.tick();
      await this.options.onReport?.(report);
    } finally {
      this.collecting.delete(i);
      if (this.done()) this.wake();
    }
  }

  private async checkWorkers(): Promise<void> {
    this.lastWorkerCheck = Date.now();
    // CLIENT LIST may be refused by a managed Redis: then nothing is said.
    const workers = await this.queue.getWorkersCount().catch(() => null);
    if (workers === 0 && !this.saidNoWorkers) this.options.onQueueEvent?.({ type: 'no-workers' });
    this.saidNoWorkers = workers === 0;
  }

  /**
   * Runs Redis commands, and again while the connection is down (ioredis reconnects), until it
   * has been down for `lostAfterMs`: then the run stops with QueueUnavailableError.
   */
  private async withRedis<T>(commands: () => Promise<T>): Promise<T> {
    for (;;) {
      try {
        const result = await commands();
        this.lostSince = null;
        return result;
      } catch (err) {
        const detail = describeError(err);
        if (this.lostSince === null) {
          this.lostSince = Date.now();
          this.options.onQueueEvent?.({ type: 'redis-error', detail });
        }
        if (Date.now() - this.lostSince > (this.options.lostAfterMs ?? 30_000)) throw new QueueUnavailableError(this.options.queue.shown, 'lost', detail);
        await sleep(500);
      }
    }
  }

  private tick(): void {
    this.options.onProgress?.({ ...this.progress, elapsedMs: Date.now() - this.started });
  }
}
