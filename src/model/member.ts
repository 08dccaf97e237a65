import { z } from 'zod';
import { EvidenceSchema } from './evidence.js';

export const MemberTypeSchema = z.enum(['enterprise', 'university', 'institute', 'other']);
export type MemberType = z.infer<typeof MemberTypeSchema>;

/** A member unit named in a document. */
export const MemberSchema = z.object({
  name: z.string(),
  /** 18-character unified social credit code (or older organisation code) when stated. */
  creditCode: z.string().optional(),
  type: MemberTypeSchema,
  /** Province inferred from the credit code's division code or the name ("河南"), when known. */
  province: z.string().optional(),
  /** 0–1 OCR confidence of the line the unit was read from (absent for born-digital text). */
  confidence: z.number().optional(),
  evidence: z.array(EvidenceSchema),
});
export type Member = z.infer<typeof MemberSchema>;

/** One row of a signature page: the party and whether it signed and/or sealed. */
export const SignatureRowSchema = z.object({
  name: z.string(),
  /** Signature or seal present ("unknown" when the page could not be read). */
  signed: z.enum(['yes', 'no', 'unknown']),
  /** Name written in the signature cell, when any. */
  signer: z.string().optional(),
  /** 0–1 OCR confidence of the row's text (absent for born-digital text). */
  confidence: z.number().optional(),
  evidence: z.array(EvidenceSchema),
});
export type SignatureRow = z.infer<typeof SignatureRowSchema>;
