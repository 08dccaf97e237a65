import { Job, type Queue } from 'bullmq';
import type { Pack } from '../engine/pack.js';
import type { SubmissionSource } from '../pipeline/ingest.js';
import type { Report } from '../model/report.js';
import { JOB_FORMAT, JOB_NAME, type JobPolicy } from './queue-config.js';
import { jobSource, type JobData, type JobSettings, type ProgramVersion } from './job-data.js';
import { jobIdOf, submissionContents } from './job-id.js';

/** What enqueueing found for a submission: a new job, a failed job tried again, a finished one to collect, or one still waiting or running. */
export type EnqueueOutcome = 'added' | 'requeued' | 'finished' | 'pending';

/** The jobs of one coordinator run: the same for every submission but its id. */
export interface BatchJobs {
  settings: JobSettings;
  program: ProgramVersion;
  packs: ReadonlyMap<string, Pack>;
  policy: JobPolicy;
}

/** The job id of a submission: derived from its contents (jobIdOf), read here as a run would read them. */
export async function submissionJobId(source: SubmissionSource, batch: BatchJobs): Promise<string> {
  return jobIdOf({ id: source.id, contents: await submissionContents(source, batch.settings.limits), settings: batch.settings, program: batch.program, packs: batch.packs });
}

/**
 * Puts one submission on the queue under its job id (submissionJobId) unless it is there already:
 * a submission checked before is found with its report (completed) and not enqueued again. A job
 * that failed in an earlier run is tried again, as a local run would check the submission again;
 * one waiting or running is left to its worker.
 */
export async function enqueueSubmission(queue: Queue, jobId: string, source: SubmissionSource, batch: BatchJobs): Promise<EnqueueOutcome> {
  const state = await queue.getJobState(jobId);
  if (state === 'completed') return 'finished';
  if (state === 'failed') {
    const job = await Job.fromId<JobData, Report>(queue, jobId);
    if (job) {
      await job.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
      return 'requeued';
    }
  } else if (state !== 'unknown') return 'pending';
  await addJob(queue, jobId, source, batch);
  return 'added';
}

/** Adds the job of a submission (a job of that id already there is left as it is: BullMQ ids are unique). */
export async function addJob(queue: Queue, jobId: string, source: SubmissionSource, batch: BatchJobs): Promise<void> {
  const data: JobData = { format: JOB_FORMAT, id: source.id, source: jobSource(source), settings: batch.settings, program: batch.program };
  const { attempts, backoffMs, keepSeconds } = batch.policy;
  await queue.add(JOB_NAME, data, {
    jobId,
    attempts,
    backoff: { type: 'exponential', delay: backoffMs },
    removeOnComplete: { age: keepSeconds },
    removeOnFail: { age: keepSeconds },
  });
}
