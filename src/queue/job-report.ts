import { ReportSchema, type Report } from '../model/report.js';
import { errorReport } from '../pipeline/error-report.js';

/**
 * The report a completed job returned, checked against ReportSchema on receipt. The object is
 * kept as it arrived, not as zod rebuilds it, so that report files are byte for byte those of a
 * local run (key order, fields beyond the schema such as evidence images). A value that is not a
 * report of this submission becomes its error report.
 */
export function receivedReport(id: string, value: unknown): Report {
  const parsed = ReportSchema.safeParse(value);
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
