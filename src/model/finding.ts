import { z } from 'zod';
import { EvidenceSchema } from './evidence.js';

export const ConditionStatusSchema = z.enum(['pass', 'fail', 'unknown']);
export type ConditionStatus = z.infer<typeof ConditionStatusSchema>;

/** The result of one mandatory condition. */
export const ConditionResultSchema = z.object({
  id: z.string(),
  status: ConditionStatusSchema,
  /** Chinese message for the report. */
  message: z.string(),
  /** Message template id (stable, for scripts and tests). */
  messageId: z.string(),
  /** Values interpolated into the message. */
  data: z.record(z.string(), z.unknown()),
  /** What the check saw (the fact values it used). */
  seen: z.record(z.string(), z.unknown()).optional(),
  /** Where in the pack's source document the rule comes from. */
  source: z.string(),
  /** Short Chinese title of the condition. */
  title: z.string(),
  evidence: z.array(EvidenceSchema),
});
export type ConditionResult = z.infer<typeof ConditionResultSchema>;

export const VerdictSchema = z.enum(['pass', 'fail', 'needs-review', 'error']);
export type Verdict = z.infer<typeof VerdictSchema>;

export const MessageSchema = z.object({
  level: z.enum(['error', 'warning', 'info']),
  text: z.string(),
  file: z.string().optional(),
});
export type Message = z.infer<typeof MessageSchema>;
