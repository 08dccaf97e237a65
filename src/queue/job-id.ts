import { createHash } from 'node:crypto';
import type { Pack } from '../engine/pack.js';
import type { Limits } from '../model/limits.js';
import { loadSubmission, type SubmissionSource } from '../pipeline/ingest.js';
import type { JobSettings, ProgramVersion } from './job-data.js';

/** What a submission holds, as far as its report depends on it: its files by name and sha256, its submission.json and what loading it said. */
export interface SubmissionContents {
  type: SubmissionSource['type'];
  /** [name, sha256, sniffed format], sorted by name. */
  files: [string, string, string][];
  /** submission.json as read (empty when absent or invalid). */
  meta: unknown;
  /** Messages of loading (a file over a budget, a link not followed, a damaged zip). */
  messages: string[];
}

/**
 * Reads a submission as a run would (same budgets) and keeps what identifies its contents. A
 * submission that cannot even be loaded keeps the reason instead: its job still runs, and the
 * worker's check gives it its report.
 */
export async function submissionContents(source: SubmissionSource, limits: Limits): Promise<SubmissionContents | { type: SubmissionSource['type']; error: string }> {
  try {
    const submission = await loadSubmission(source, limits);
    return {
      type: source.type,
      files: submission.files.map((f): [string, string, string] => [f.name, f.sha256, f.format]).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
      meta: submission.meta,
      messages: submission.messages.map((m) => `${m.level}:${m.file ?? ''}:${m.text}`),
    };
  } catch (err) {
    return { type: source.type, error: (err as Error)?.message ?? String(err) };
  }
}

/** Everything a job's report depends on. */
export interface JobKey {
  /** Submission id (the report carries it). */
  id: string;
  contents: Awaited<ReturnType<typeof submissionContents>>;
  settings: JobSettings;
  program: ProgramVersion;
  /** The packs a check may choose from. */
  packs: ReadonlyMap<string, Pack>;
}

/**
 * The BullMQ job id of a submission: `filings-` and the sha256 of everything its report depends
 * on (id, contents, settings, program and pack versions). The same submission checked again gives
 * the same id, so a coordinator run again enqueues nothing already done; a changed file, option or
 * version gives a new one. Never only digits and without `:`, as BullMQ requires of custom ids.
 */
export function jobIdOf(key: JobKey): string {
  const packs = [...key.packs.values()].map((p) => `${p.id}@${p.version}`).sort();
  const limits = Object.entries(key.settings.limits).sort(([a], [b]) => (a < b ? -1 : 1));
  const canonical = JSON.stringify({ id: key.id, contents: key.contents, settings: { ...key.settings, limits }, program: key.program, packs });
  return `filings-${createHash('sha256').update(canonical).digest('hex')}`;
}
