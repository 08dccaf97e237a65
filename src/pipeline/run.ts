import os from 'node:os';
import PQueue from 'p-queue';
import type { Condition } from '../engine/condition.js';
import type { Pack } from '../engine/pack.js';
import type { Report } from '../model/report.js';
import { assessSubmission } from './assess.js';
import { DocCache } from './cache.js';
import { discover, loadSubmission } from './ingest.js';
import { EXTRACTOR_VERSION, FileReader } from './read-files.js';

/** Progress of a batch run. */
export interface Progress {
  submissionsDone: number;
  submissionsTotal: number;
  filesDone: number;
  /** Pages read (PDF) so far. */
  pages: number;
  /** Files served from the cache. */
  cachedFiles: number;
  elapsedMs: number;
}

export interface RunOptions {
  /** Pack id that overrides submission.json and detection. */
  pack?: string;
  /** Submissions processed at once (default: number of CPU cores). */
  concurrency?: number;
  /** Doc cache folder; null disables the cache (default null). */
  cacheDir?: string | null;
  packs: ReadonlyMap<string, Pack>;
  conditions: ReadonlyMap<string, Condition>;
  /** Called after each file and each submission. */
  onProgress?: (p: Progress) => void;
  /** Called with each report as soon as it is ready (reports are also returned, in batch order). */
  onReport?: (r: Report) => void | Promise<void>;
}

/** Checks every submission at a path; a submission that cannot be read gets an error report and the batch goes on. */
export async function checkBatch(target: string, options: RunOptions): Promise<Report[]> {
  const sources = await discover(target);
  const reader = new FileReader(options.cacheDir ? new DocCache(options.cacheDir, EXTRACTOR_VERSION) : null);
  const started = Date.now();
  const progress: Progress = { submissionsDone: 0, submissionsTotal: sources.length, filesDone: 0, pages: 0, cachedFiles: 0, elapsedMs: 0 };
  const tick = () => options.onProgress?.({ ...progress, elapsedMs: Date.now() - started });
  const queue = new PQueue({ concurrency: options.concurrency ?? Math.max(1, os.availableParallelism()) });
  const reports: Report[] = new Array(sources.length);
  await Promise.all(
    sources.map((source, i) =>
      queue.add(async () => {
        const submission = await loadSubmission(source);
        const outcomes = await Promise.all(
          submission.files.map(async (file) => {
            const outcome = await reader.read(file);
            progress.filesDone++;
            if ('doc' in outcome) {
              progress.pages += outcome.doc.origin.pages ?? 0;
              if (outcome.cached) progress.cachedFiles++;
            }
            tick();
            return outcome;
          }),
        );
        const report = assessSubmission(submission, outcomes, options.packs, options.conditions, options.pack);
        reports[i] = report;
        progress.submissionsDone++;
        tick();
        await options.onReport?.(report);
      }),
    ),
  );
  return reports;
}
