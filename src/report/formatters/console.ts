import path from 'node:path';
import type { Report } from '../../model/report.js';
import type { BatchFinding } from '../../pipeline/batch-rules.js';
import { VERDICT_LABELS } from '../labels.js';
import { oneLine } from '../one-line.js';

/** One line of a submission: id, pack, verdict, failed and undecided conditions (or the error). */
function submissionLine(r: Report, width: number): string {
  const failed = r.conditions.filter((c) => c.status === 'fail').map((c) => c.id);
  const unknown = r.conditions.filter((c) => c.status === 'unknown').map((c) => c.id);
  const error = r.verdict === 'error' ? (r.messages.find((m) => m.level === 'error')?.text ?? '') : '';
  const detail = [failed.length ? `不符合: ${failed.join(', ')}` : '', unknown.length ? `待核实: ${unknown.join(', ')}` : '', oneLine(error)].filter(Boolean).join('  ');
  return `${oneLine(r.submission.id).padEnd(width)}  ${(r.pack?.id ?? '—').padEnd(32)}  ${VERDICT_LABELS[r.verdict]}  ${detail}`;
}

/**
 * The one-screen summary `filings check` prints: one line per submission, the totals by verdict
 * and where the reports are, then the batch findings. Text from input (ids, error messages) is
 * put on one line with bidi controls shown (oneLine), so that no name can start a line, send a
 * terminal escape sequence or reorder what is shown.
 */
export function consoleSummary(reports: readonly Report[], out: string, batch: readonly BatchFinding[] = []): string {
  const width = Math.max(10, ...reports.map((r) => oneLine(r.submission.id).length));
  const count = (v: Report['verdict']) => reports.filter((r) => r.verdict === v).length;
  const lines = reports.map((r) => submissionLine(r, width));
  lines.push('', `共 ${reports.length} 份：通过 ${count('pass')}，不通过 ${count('fail')}，待核实 ${count('needs-review')}，无法审查 ${count('error')}。报告：${oneLine(path.resolve(out))}`, '');
  return lines.join('\n') + batch.map((b) => `批次问题：${oneLine(b.message)}\n`).join('');
}
