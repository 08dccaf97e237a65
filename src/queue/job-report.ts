import { z } from 'zod';
import { ConditionStatusSchema, MessageSchema, VerdictSchema } from '../model/finding.js';
import { DocKindSchema } from '../model/kinds.js';
import { SCHEMA_VERSION, type Report } from '../model/report.js';
import { errorReport } from '../pipeline/error-report.js';

/**
 * What the coordinator checks of a report on receipt: its layout version and the fields every
 * output reads first (submission and documents, verdict, condition statuses, flags, messages).
 * The rest is not parsed again: the worker that wrote it runs this very version (it refuses jobs
 * of another), whose reports ReportSchema describes; parsing every report whole costs the
 * coordinator more CPU than the queue itself (about 3 ms for a report of 50 kB).
 */
const ReportEnvelopeSchema = z.looseObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  submission: z.looseObject({ id: z.string(), documents: z.array(z.looseObject({ file: z.string(), kind: DocKindSchema })) }),
  pack: z.looseObject({ id: z.string() }).nullable(),
  facts: z.record(z.string(), z.unknown()),
  conditions: z.array(z.looseObject({ id: z.string(), status: ConditionStatusSchema })),
  score: z.looseObject({}).nullable(),
  verdict: VerdictSchema,
  flags: z.array(z.looseObject({})),
  messages: z.array(MessageSchema),
  interpretation: z.array(z.string()),
});

/**
 * The report a completed job returned, its envelope checked on receipt (ReportEnvelopeSchema).
 * The object is kept as it arrived, not as zod rebuilds it, so that report files are byte for
 * byte those of a local run (key order, fields beyond the schema such as evidence images). A
 * value that is not a report of this submission becomes its error report.
 */
export function receivedReport(id: string, value: unknown): Report {
  const parsed = ReportEnvelopeSchema.safeParse(value);
  if (!parsed.success) return errorReport(id, `工作进程返回的报告无效（${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '报告'} ${i.message}`).join('；')}）`);
  const report = value as Report;
  if (report.submission.id !== id) return errorReport(id, `工作进程返回了另一份申报的报告（${report.submission.id}）`);
  return report;
}

/** BullMQ's reason for a job whose worker died (its lock ran out) more often than the stall policy allows. */
const STALLED_TOO_OFTEN = /stalled more than allowable limit/u;

/** The error report (无法审查) of a submission whose job failed for good: its tries were used up, or its worker died too often. */
export function failedReport(id: string, tries: number, reason: string): Report {
  const why = STALLED_TOO_OFTEN.test(reason) ? '审查它的工作进程每次都中途退出（被终止、崩溃或内存耗尽）' : reason || '原因不明';
  return errorReport(id, `队列任务失败${tries > 0 ? `（已尝试 ${tries} 次）` : ''}：${why}`);
}
