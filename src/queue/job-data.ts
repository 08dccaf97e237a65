import { z } from 'zod';
import { DEFAULT_LIMITS, type Limits } from '../model/limits.js';
import type { SubmissionSource } from '../pipeline/ingest.js';
import { JOB_FORMAT } from './queue-config.js';

const LIMIT_NAMES = Object.keys(DEFAULT_LIMITS) as [keyof Limits, ...(keyof Limits)[]];

/** Every budget of a run (all of them: the coordinator fills in the defaults). */
export const LimitsSchema = z.record(z.enum(LIMIT_NAMES), z.number().positive()) satisfies z.ZodType<Limits>;

/** The settings of a check that change its reports: the coordinator's own `check` options, carried by every job. */
export const JobSettingsSchema = z.object({
  /** `--pack`: the pack that overrides submission.json and detection. */
  pack: z.string().optional(),
  /** false: `--no-ocr`. */
  ocr: z.boolean(),
  /** false: `--ocr-second-pass off`. */
  ocrSecondPass: z.boolean(),
  limits: LimitsSchema,
});
export type JobSettings = z.infer<typeof JobSettingsSchema>;

/** The program that wrote a job or runs it: a worker of another version refuses the job (another worker may take it). */
export const ProgramVersionSchema = z.object({
  /** Package version (package.json). */
  version: z.string(),
  /** Reader version (EXTRACTOR_VERSION). */
  extractor: z.string(),
});
export type ProgramVersion = z.infer<typeof ProgramVersionSchema>;

/** Where a job's submission is, as the coordinator found it among its paths: every worker must see it at the same path (a shared folder). */
export const JobSourceSchema = z.object({
  /** The path as shown to people, absolute. */
  path: z.string().min(1),
  /** The path as the file system knows it (raw name bytes, which need not be UTF-8), base64. */
  rawPath: z.string().min(1),
  type: z.enum(['folder', 'zip', 'file', 'unreadable']),
  /** Why an `unreadable` source is not read (Chinese). */
  problem: z.string().optional(),
}) satisfies z.ZodType<Omit<SubmissionSource, 'id' | 'rawPath'> & { rawPath: string }>;
export type JobSource = z.infer<typeof JobSourceSchema>;

/** One job: check one submission, found by the coordinator (its id unique over the coordinator's paths). */
export const JobDataSchema = z.object({
  format: z.literal(JOB_FORMAT),
  /** Submission id, unique over the coordinator's paths (the report's submission.id). */
  id: z.string().min(1),
  source: JobSourceSchema,
  settings: JobSettingsSchema,
  program: ProgramVersionSchema,
});
export type JobData = z.infer<typeof JobDataSchema>;

/** The source of a submission as a job carries it: a worker checks it without listing the coordinator's paths again. */
export function jobSource(source: SubmissionSource): JobSource {
  return { path: source.path, rawPath: source.rawPath.toString('base64'), type: source.type, ...(source.problem !== undefined ? { problem: source.problem } : {}) };
}

/** The submission a job's data names, as discovery found it on the coordinator. */
export function submissionSource(data: Pick<JobData, 'id' | 'source'>): SubmissionSource {
  const { path, rawPath, type, problem } = data.source;
  return { id: data.id, path, rawPath: Buffer.from(rawPath, 'base64'), type, ...(problem !== undefined ? { problem } : {}) };
}
