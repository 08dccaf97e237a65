import os from 'node:os';
import { CONDITIONS } from '../../checks/conditions/index.js';
import { PACKS } from '../../checks/packs/index.js';
import { EXTRACTOR_VERSION } from '../../extractors/formats/index.js';
import type { Limits } from '../model/limits.js';
import { QueueUnavailableError } from '../queue/connection.js';
import { DEFAULT_STALL_POLICY, TEST_DELAY_ENV } from '../queue/queue-config.js';
import type { QueueUrl } from '../queue/queue-url.js';
import { startQueueWorker, type QueueWorker, type WorkerEvent } from '../queue/worker.js';
import { EXIT } from './exit-status.js';
import { cliText, type Lang } from './i18n.js';
import { packageInfo } from './package-info.js';
import { queueText } from './queue-text.js';

export interface WorkerCliOptions {
  /** `--queue` (required; checked here so that its absence is said in the command line's language). */
  queue?: QueueUrl;
  /** Jobs at once (default 1). */
  concurrency?: number;
  /** CPU cores this process uses (default: all). */
  cpus?: number;
  cacheDir: string;
  cache: boolean;
  /** `--no-ocr` given: take only jobs without OCR (undefined: follow each job). */
  ocr?: boolean;
  /** `--ocr-second-pass` given: take only jobs with this second reading (undefined: follow each job). */
  ocrSecondPass?: boolean;
  /** `--limit` given: take only jobs with these budgets. */
  limit?: Partial<Limits>;
  /** Job lock, seconds (default 30): how soon the jobs of a dead worker go to another. */
  lockSeconds?: number;
  lang?: Lang;
}

/** Where `filings worker` writes its lines: process.stderr, or a stand-in in tests. */
export interface WorkerStreams {
  stderr: { write(text: string): boolean };
}

/**
 * `filings worker --queue redis://…`: checks the submissions of the queue until SIGTERM or SIGINT,
 * one line on stderr per job started, done or failed. The first signal stops taking jobs and
 * finishes those in hand; a second hands them back to the queue (another worker takes them) and
 * exits at once. Redis that does not answer at the start is one line and exit status 2; once
 * running, the worker waits for Redis to come back.
 */
export async function runWorker(opts: WorkerCliOptions, streams: WorkerStreams = process): Promise<number> {
  const lang = opts.lang ?? 'zh';
  const q = queueText(lang);
  const e = cliText(lang).errors;
  const line = (text: string) => streams.stderr.write(`${e.prefix}${new Date().toTimeString().slice(0, 8)} ${text}\n`);
  if (!opts.queue) {
    streams.stderr.write(`${e.prefix}${q.errors.noQueue}${e.hint}\n`);
    return EXIT.usage;
  }
  const url = opts.queue;
  const concurrency = opts.concurrency ?? 1;
  const cpus = opts.cpus ?? os.availableParallelism();
  // Reader threads and OCR workers are one pool each for the whole process, shared by its jobs.
  const readers = cpus;
  const ocrWorkers = cpus;
  const cacheDir = opts.cache ? opts.cacheDir : null;
  const lockMs = (opts.lockSeconds ?? DEFAULT_STALL_POLICY.lockMs / 1000) * 1000;
  const say = (event: WorkerEvent) => {
    if (event.type === 'ready') line(q.log.ready(event.name, url.shown, event.concurrency, readers, ocrWorkers, cacheDir));
    else if (event.type === 'started') line(q.log.started(event.id, event.attempt));
    else if (event.type === 'done') line(q.log.done(event.id, event.verdict, (event.ms / 1000).toFixed(1)));
    else if (event.type === 'failed') line(q.log.failed(event.id, event.attempt, event.reason, event.final));
    else if (event.type === 'handed-back') line(q.log.handedBack(event.id));
    else if (event.type === 'redis-error') line(q.log.redisError(url.shown, event.detail));
    else line(`${e.warning}${event.text}`);
  };
  let worker: QueueWorker;
  try {
    worker = await startQueueWorker({
      url,
      concurrency,
      readers,
      ocrWorkers,
      cacheDir,
      packs: PACKS,
      conditions: CONDITIONS,
      program: { version: packageInfo().version, extractor: EXTRACTOR_VERSION },
      require: { ocr: opts.ocr, ocrSecondPass: opts.ocrSecondPass, limits: opts.limit },
      stall: { lockMs, stalledIntervalMs: Math.max(1000, lockMs / 2), maxStalledCount: DEFAULT_STALL_POLICY.maxStalledCount },
      delayMs: Number(process.env[TEST_DELAY_ENV]) || undefined,
      onEvent: say,
    });
  } catch (err) {
    if (!(err instanceof QueueUnavailableError)) throw err;
    streams.stderr.write(`${e.prefix}${q.errors.unavailable(err.url, err.reason, err.detail)}\n`);
    return EXIT.usage;
  }
  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = () => {
      if (stopping) {
        // Second signal: the jobs in hand go back to the queue, and the process ends without waiting for their readers.
        void worker.handBack().finally(() => process.exit(EXIT.passed));
        return;
      }
      stopping = true;
      line(q.log.stopping);
      void worker.close().then(() => {
        line(q.log.stopped);
        process.off('SIGTERM', stop);
        process.off('SIGINT', stop);
        resolve(EXIT.passed);
      });
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  });
}
