import { EXTRACTOR_VERSION } from '../../extractors/formats/index.js';
import { QueueUnavailableError } from '../queue/connection.js';
import { checkOnQueue, type CoordinatorEvent } from '../queue/coordinator.js';
import { DEFAULT_JOB_POLICY } from '../queue/queue-config.js';
import type { QueueUrl } from '../queue/queue-url.js';
import { runCheck, type CheckCliOptions, type CheckStreams } from './check.js';
import { EXIT } from './exit-status.js';
import { cliText } from './i18n.js';
import { packageInfo } from './package-info.js';
import { queueText } from './queue-text.js';

export interface QueueCheckCliOptions extends CheckCliOptions {
  /** `--queue`: where the jobs go. */
  queue: QueueUrl;
  /** `--keep-days`: how long finished jobs and their reports stay in Redis (default: DEFAULT_JOB_POLICY's). */
  keepDays?: number;
}

/**
 * `filings check <path…> --queue redis://…`: `filings check`, with the submissions checked by
 * `filings worker` processes through the queue instead of here. This process enqueues them,
 * collects the reports, attaches the batch flags and writes every output, exactly as a local run;
 * `-j`, `--cache-dir` and `--no-cache` are the workers' business and ignored here. Redis that
 * does not answer (or is lost too long) is one clear line and exit status 2, as an `--out` that
 * cannot be written.
 */
export async function runQueueCheck(targets: string | readonly string[], opts: QueueCheckCliOptions, streams: CheckStreams = process): Promise<number> {
  const lang = opts.lang ?? 'zh';
  const q = queueText(lang);
  const e = cliText(lang).errors;
  const program = { version: packageInfo().version, extractor: EXTRACTOR_VERSION };
  try {
    return await runCheck(targets, opts, streams, (paths, options, print) => {
      const say = (event: CoordinatorEvent) => {
        if (event.type === 'enqueued') {
          if (!opts.quiet) print(`${e.prefix}${q.coordinator.enqueued(event)}`);
        } else print(`${e.prefix}${e.warning}${event.type === 'no-workers' ? q.coordinator.noWorkers(opts.queue.shown) : q.coordinator.redisError(opts.queue.shown, event.detail)}`);
      };
      const policy = opts.keepDays === undefined ? DEFAULT_JOB_POLICY : { ...DEFAULT_JOB_POLICY, keepSeconds: opts.keepDays * 24 * 3600 };
      return checkOnQueue(paths, { ...options, queue: opts.queue, program, policy, onQueueEvent: say });
    });
  } catch (err) {
    if (!(err instanceof QueueUnavailableError)) throw err;
    streams.stderr.write(`${e.prefix}${q.errors.unavailable(err.url, err.reason, err.detail)}\n`);
    return EXIT.usage;
  }
}
