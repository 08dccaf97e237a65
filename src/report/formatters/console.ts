import path from 'node:path';
import stringWidth from 'string-width';
import type { Report } from '../../model/report.js';
import type { BatchFinding } from '../../pipeline/batch-rules.js';
import { FLAG_LABELS, STATUS_LABELS, VERDICT_LABELS } from '../labels.js';
import { oneLine } from '../one-line.js';

const VERDICTS: readonly Report['verdict'][] = ['pass', 'fail', 'needs-review', 'error'];

/** Text padded with spaces to `width` terminal columns (a CJK character takes two). */
export function padColumns(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - stringWidth(text)));
}

/** One line of a submission: id, pack, verdict and its flags, failed and undecided conditions (or the error). */
function submissionLine(r: Report, idWidth: number, packWidth: number, verdictWidth: number): string {
  const failed = r.conditions.filter((c) => c.status === 'fail').map((c) => c.id);
  const unknown = r.conditions.filter((c) => c.status === 'unknown').map((c) => c.id);
  const error = r.verdict === 'error' ? (r.messages.find((m) => m.level === 'error')?.text ?? '') : '';
  const flags = r.flags.length ? `红旗: ${r.flags.map((f) => FLAG_LABELS[f.id]).join('、')}` : '';
  const detail = [flags, failed.length ? `${STATUS_LABELS.fail}: ${failed.join(', ')}` : '', unknown.length ? `${STATUS_LABELS.unknown}: ${unknown.join(', ')}` : '', oneLine(error)].filter(Boolean).join('  ');
  return `${padColumns(oneLine(r.submission.id), idWidth)}  ${padColumns(r.pack?.id ?? '—', packWidth)}  ${padColumns(VERDICT_LABELS[r.verdict], verdictWidth)}  ${detail}`.trimEnd();
}

/**
 * The one-screen summary `filings check` prints: one line per submission (columns aligned by
 * terminal width, so Chinese ids line up) with its red flags, the totals by verdict and where the
 * reports are, then the batch findings. Text from input (ids, error messages) is put on one line
 * with bidi controls shown (oneLine), so that no name can start a line, send a terminal escape
 * sequence or reorder what is shown.
 */
export function consoleSummary(reports: readonly Report[], out: string, batch: readonly BatchFinding[] = []): string {
  const idWidth = Math.max(10, ...reports.map((r) => stringWidth(oneLine(r.submission.id))));
  const packWidth = Math.max(1, ...reports.map((r) => stringWidth(r.pack?.id ?? '—')));
  const verdictWidth = Math.max(0, ...reports.map((r) => stringWidth(VERDICT_LABELS[r.verdict])));
  const lines = reports.map((r) => submissionLine(r, idWidth, packWidth, verdictWidth));
  const counts = VERDICTS.map((v) => `${VERDICT_LABELS[v]} ${reports.filter((r) => r.verdict === v).length}`).join('，');
  const flagged = reports.filter((r) => r.flags.length > 0).length;
  lines.push('', `共 ${reports.length} 份：${counts}；带红旗 ${flagged} 份。报告：${oneLine(path.resolve(out))}`, '');
  return lines.join('\n') + batch.map((b) => `批次问题：${oneLine(b.message)}\n`).join('');
}
