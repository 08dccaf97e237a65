import { z } from 'zod';
import { DEFAULT_LIMITS, type Limits } from '../model/limits.js';
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

/** One job: check one submission, found by its id among the paths the coordinator was given. */
export const JobDataSchema = z.object({
  format: z.literal(JOB_FORMAT),
  /** Submission id, unique over the coordinator's paths (the report's submission.id). */
  id: z.string().min(1),
  /** The coordinator's paths, absolute: every worker must see them at the same place (a shared folder). */
  targets: z.array(z.string().min(1)).min(1),
  settings: JobSettingsSchema,
  program: ProgramVersionSchema,
});
export type JobData = z.infer<typeof JobDataSchema>;
