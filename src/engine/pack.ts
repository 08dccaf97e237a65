import { z } from 'zod';
import { DocKindSchema } from '../model/kinds.js';
import { RubricSchema } from './rubric/schema.js';
import { MetricSchema } from './rubric/inputs.js';

/** A condition as a pack configures it: which condition, with which options, citing which source. */
export const PackConditionSchema = z.object({
  id: z.string(),
  /** Id of this use of the condition in reports, when a pack uses one condition several times (e.g. basic.rd-intensity). */
  as: z.string().optional(),
  options: z.record(z.string(), z.unknown()).default({}),
  /** Seed file and section the rule comes from, e.g. "004 二(一)2(3)". */
  source: z.string().min(1),
});
export type PackCondition = z.infer<typeof PackConditionSchema>;

/** A rule pack: the documents a program requires, its mandatory conditions and how to recognise its submissions. */
export const PackSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/u),
  version: z.string(),
  /** Chinese title of the program. */
  title: z.string(),
  /** Seed file and the official document it encodes. */
  source: z.string(),
  /** Province (or city) the program belongs to, as used in conditions. */
  region: z.string(),
  documents: z.object({ required: z.array(DocKindSchema), recommended: z.array(DocKindSchema).default([]) }),
  conditions: z.array(PackConditionSchema),
  /** Document kinds that point at this pack when no pack is named. */
  detectKinds: z.array(DocKindSchema),
  /** Words in the documents' opening lines that point at this pack (e.g. 企业技术中心). */
  detectWords: z.array(z.string()).default([]),
  /** Rules checked over the whole batch (seed 002): per-city quota and filing deadlines (MM-DD of the program year). */
  batchRules: z
    .object({ quotaPerCity: z.number().int().positive().optional(), cityDeadline: z.string().regex(/^\d{2}-\d{2}$/u).optional(), provinceDeadline: z.string().regex(/^\d{2}-\d{2}$/u).optional() })
    .optional(),
  /** Interpretation notes (Chinese) printed in every report of this pack. */
  notes: z.array(z.string()).default([]),
  /** The scoring rubric, when the program has one. */
  rubric: RubricSchema.optional(),
  /** Metrics the rubric reads from the submission's forms. */
  metrics: z.array(MetricSchema).default([]),
});
export type Pack = z.infer<typeof PackSchema>;
export type PackInput = z.input<typeof PackSchema>;

/** Validates a pack definition at load time. */
export function definePack(input: PackInput): Pack {
  return PackSchema.parse(input);
}
