/** The BullMQ queue every coordinator and worker of this program meets on (keys `bull:filings-check:*`). */
export const QUEUE_NAME = 'filings-check';

/** The name of a job: one submission to check. */
export const JOB_NAME = 'check';

/** Layout of a job's data (JobDataSchema); bump when it changes, and jobs of the other layout are refused. */
export const JOB_FORMAT = 2;

/** What happens to a job that fails, and how long finished jobs stay in Redis (set by the coordinator on each job). */
export interface JobPolicy {
  /** Tries of a job whose processing throws before it counts as failed (default 3). */
  attempts: number;
  /** Wait before the next try, ms, doubled each time (default 1000). */
  backoffMs: number;
  /** How long a finished job and its report stay in Redis, seconds, so that a coordinator run again collects them (default 7 days). */
  keepSeconds: number;
}

export const DEFAULT_JOB_POLICY: Readonly<JobPolicy> = { attempts: 3, backoffMs: 1000, keepSeconds: 7 * 24 * 3600 };

/** How quickly a job whose worker died goes to another worker (BullMQ's stalled-job check). */
export interface StallPolicy {
  /** A worker holds the lock of each job it runs this long and renews it at half-time, ms (default 30 000). */
  lockMs: number;
  /** How often each worker looks for jobs whose lock ran out (stalled: their worker died), ms (default 30 000). */
  stalledIntervalMs: number;
  /** Times a job may stall and go back to the queue before it counts as failed (default 2). */
  maxStalledCount: number;
}

export const DEFAULT_STALL_POLICY: Readonly<StallPolicy> = { lockMs: 30_000, stalledIntervalMs: 30_000, maxStalledCount: 2 };

/** Environment variable for tests only: each job of a worker waits this many ms first, so that a test can kill the worker half-way through a job. */
export const TEST_DELAY_ENV = 'FILINGS_WORKER_TEST_DELAY_MS';
