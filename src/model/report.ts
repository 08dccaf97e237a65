import { z } from 'zod';
import { DocKindSchema } from './kinds.js';
import { ConditionResultSchema, MessageSchema, VerdictSchema } from './finding.js';
import { FieldsSchema } from './fields.js';

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

/** report.json: one per submission (CONTRACT.md). */
export const ReportSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  submission: z.object({ id: z.string(), documents: z.array(DocumentSummarySchema) }),
  pack: PackRefSchema.nullable(),
  facts: FieldsSchema,
  conditions: z.array(ConditionResultSchema),
  score: z.null(),
  verdict: VerdictSchema,
  messages: z.array(MessageSchema),
  /** Interpretation rules applied (RULES.md), in Chinese. */
  interpretation: z.array(z.string()),
});
export type Report = z.infer<typeof ReportSchema>;
