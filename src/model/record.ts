import { z } from 'zod';
import { DocKindSchema } from './kinds.js';
import { FactsSchema } from './facts.js';

/** How a document's kind was decided. */
export const ClassificationSchema = z.object({
  kind: DocKindSchema,
  /** 0–1. */
  confidence: z.number().min(0).max(1),
  /** What decided it: a title match, headings, or the n-gram classifier. */
  reason: z.string(),
});
export type Classification = z.infer<typeof ClassificationSchema>;

/** The typed facts read from one document. */
export const DocumentRecordSchema = z.object({
  file: z.string(),
  kind: DocKindSchema,
  facts: FactsSchema,
});
export type DocumentRecord = z.infer<typeof DocumentRecordSchema>;
