import { z } from 'zod';
import { DocKindSchema } from './kinds.js';
import { ConditionResultSchema, MessageSchema, VerdictSchema } from './finding.js';
import { FactsSchema } from './facts.js';
import { EvidenceSchema } from './evidence.js';
import { SubmissionMetaSchema } from './submission.js';

export const SCHEMA_VERSION = 1;

export const DocumentSummarySchema = z.object({
  file: z.string(),
  sha256: z.string(),
  format: z.string(),
  kind: DocKindSchema,
  /** 0–1 confidence of the classification. */
  kindConfidence: z.number(),
  /** Why this kind was chosen. */
  kindReason: z.string(),
  /** Pages (PDF), absent for DOCX. */
  pages: z.number().int().optional(),
  ocr: z.boolean(),
  quality: z.enum(['good', 'partial', 'unreadable', 'error']),
  /** Pages whose text could not be read (1-based). */
  unreadablePages: z.array(z.number().int()).optional(),
  error: z.string().optional(),
});
export type DocumentSummary = z.infer<typeof DocumentSummarySchema>;

export const PackRefSchema = z.object({
  id: z.string(),
  version: z.string(),
  title: z.string(),
  source: z.string(),
  /** How the pack was chosen: option, submission.json or detected. */
  chosenBy: z.enum(['option', 'submission.json', 'detected']),
});

const range = z.tuple([z.number(), z.number()]);

/** The score of one indicator: points, the range still open, and how they were reached. */
export const IndicatorScoreSchema = z.object({
  id: z.string(),
  group: z.string(),
  label: z.string(),
  max: z.number(),
  points: z.number(),
  range,
  status: z.enum(['computed', 'needs-review', 'missing']),
  claimed: z.number().optional(),
  inflated: z.boolean().optional(),
  suggested: z.string().optional(),
  trace: z.object({ inputs: z.record(z.string(), z.unknown()), rule: z.string(), capApplied: z.number().optional() }),
  evidence: z.array(EvidenceSchema),
});

/** The rubric score of a submission (CONTRACT.md `score`). */
export const ScoreSchema = z.object({
  points: z.number(),
  max: z.number(),
  bonus: z.number(),
  range,
  band: z.string().nullable(),
  bandRange: z.array(z.string()),
  groups: z.array(z.object({ id: z.string(), label: z.string(), max: z.number(), bonus: z.boolean(), points: z.number(), range, capApplied: z.boolean() })),
  indicators: z.array(IndicatorScoreSchema),
  /** Claimed points above what the evidence supports, summed. */
  inflation: z.number(),
});
export type Score = z.infer<typeof ScoreSchema>;

/** Points claimed above what the evidence supports, for one indicator of a self-evaluation. */
export const InflatedIndicatorSchema = z.object({
  id: z.string(),
  label: z.string(),
  claimed: z.number(),
  /** What the evidence supports: [lowest, highest] (a range when the indicator is qualitative). */
  computed: z.tuple([z.number(), z.number()]),
  /** claimed − highest computed. */
  excess: z.number(),
});

/**
 * A red flag: something an official must act on that is not one of the pack's conditions, attached
 * to the submission it concerns. `score.inflated` (自评虚高: claimed points above what the evidence
 * supports), `batch.quota` (its city recommended more than its quota), `batch.deadline` (filed
 * after the deadline). `effect` is what it does to the verdict.
 */
export const RedFlagSchema = z.object({
  id: z.enum(['score.inflated', 'batch.quota', 'batch.deadline']),
  /** Chinese name: 自评虚高, 超出推荐名额, 逾期报送. */
  label: z.string(),
  effect: z.enum(['fail', 'needs-review']),
  /** Chinese message with the figures. */
  message: z.string(),
  /** score.inflated: the indicators claimed above the evidence. */
  indicators: z.array(InflatedIndicatorSchema).optional(),
  evidence: z.array(EvidenceSchema),
});
export type RedFlag = z.infer<typeof RedFlagSchema>;

/** report.json: one per submission (CONTRACT.md). */
export const ReportSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  submission: z.object({ id: z.string(), documents: z.array(DocumentSummarySchema), meta: SubmissionMetaSchema.optional() }),
  pack: PackRefSchema.nullable(),
  facts: FactsSchema,
  conditions: z.array(ConditionResultSchema),
  score: ScoreSchema.nullable(),
  verdict: VerdictSchema,
  /** Red flags attached to this submission (an empty list when there are none). */
  flags: z.array(RedFlagSchema).default([]),
  messages: z.array(MessageSchema),
  /** Interpretation rules applied (RULES.md), in Chinese. */
  interpretation: z.array(z.string()),
});
export type Report = z.infer<typeof ReportSchema>;
