import { z } from 'zod';
import { VerdictSchema } from './finding.js';
import { RedFlagSchema, SCHEMA_VERSION } from './report.js';

/** One row of summary.json (and of summary.csv and summary.xlsx): one submission. */
export const SummaryRowSchema = z.object({
  submission: z.string(),
  pack: z.string().nullable(),
  verdict: VerdictSchema,
  /** Condition ids that failed. */
  failed: z.array(z.string()),
  /** Condition ids that could not be decided. */
  unknown: z.array(z.string()),
  documents: z.number().int(),
  /** Files that could not be read. */
  unreadableFiles: z.array(z.string()),
  allianceName: z.string().nullable(),
  leadUnit: z.string().nullable(),
  memberCount: z.number().nullable(),
  /** Score range [min, max] (points + bonus) when the pack has a rubric. */
  scoreRange: z.tuple([z.number(), z.number()]).nullable(),
  band: z.string().nullable(),
  /** Claimed points above the evidence (self-evaluations), 分. */
  inflation: z.number().nullable(),
  /** Base points (lower end, without bonus), 分; null without a rubric. */
  scorePoints: z.number().nullable(),
  /** Bonus points (lower end, after the bonus cap), 分; null without a rubric. */
  scoreBonus: z.number().nullable(),
  /** Full marks of the rubric's base groups (e.g. 100), 分; null without a rubric. */
  scoreFull: z.number().nullable(),
  /** Ids of the red flags on the submission. */
  flags: z.array(RedFlagSchema.shape.id),
});
export type SummaryRow = z.infer<typeof SummaryRowSchema>;

/** A finding over the whole batch (seed 002): a city over its quota, or a submission filed after the deadline. */
export const BatchFindingSchema = z.object({
  rule: z.enum(['quota', 'deadline']),
  pack: z.string(),
  /** Submissions concerned. */
  submissions: z.array(z.string()),
  /** Chinese message. */
  message: z.string(),
});
export type BatchFinding = z.infer<typeof BatchFindingSchema>;

/** summary.json: the batch, one row per submission, totals by verdict and the batch findings. */
export const SummarySchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** Submissions in the batch. */
  submissions: z.number().int(),
  /** Submissions by verdict (a verdict no submission has is absent). */
  totals: z.partialRecord(VerdictSchema, z.number().int()),
  batch: z.array(BatchFindingSchema),
  rows: z.array(SummaryRowSchema),
});
export type Summary = z.infer<typeof SummarySchema>;
