import { z } from 'zod';
import { EvidenceSchema, type Evidence } from './evidence.js';

/** Facts read with less confidence than this (0–1) make the conditions and indicators that use them unknown. */
export const MIN_FACT_CONFIDENCE = 0.6;

/** found: read with evidence; absent: the document was read and holds no such value; unreadable: could not be read reliably. */
export const FactStatusSchema = z.enum(['found', 'absent', 'unreadable']);
export type FactStatus = z.infer<typeof FactStatusSchema>;

/** A value with the evidence it was read from and a confidence 0–1. */
export function factSchema<T extends z.ZodType>(value: T) {
  return z.object({
    value: value.nullable(),
    status: FactStatusSchema,
    /** 0–1: 1 for born-digital text read exactly, lower for fuzzy labels or OCR. */
    confidence: z.number().min(0).max(1),
    evidence: z.array(EvidenceSchema),
    /** Other values other documents gave for the same fact (kept, never dropped). */
    conflicts: z.array(z.object({ value: value, evidence: z.array(EvidenceSchema) })).optional(),
  });
}

export interface Fact<T> {
  value: T | null;
  status: FactStatus;
  confidence: number;
  evidence: Evidence[];
  conflicts?: { value: T; evidence: Evidence[] }[];
}

export const AnyFactSchema = factSchema(z.unknown());

/** A found fact. */
export function found<T>(value: T, evidence: Evidence[], confidence = 1): Fact<T> {
  return { value, status: 'found', confidence, evidence };
}

/** A fact looked for and not there. */
export function absent<T>(where: Evidence[] = []): Fact<T> {
  return { value: null, status: 'absent', confidence: 1, evidence: where };
}

/** A fact that could not be read reliably. */
export function unreadable<T>(where: Evidence[] = [], value: T | null = null, confidence = 0): Fact<T> {
  return { value, status: 'unreadable', confidence, evidence: where };
}
