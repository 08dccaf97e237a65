import path from 'node:path';
import type { Report } from '../model/report.js';
import type { BatchFinding } from '../pipeline/batch-rules.js';
import { consoleSummary } from '../report/formatters/console.js';
import { oneLine } from '../report/one-line.js';
import { batchFiles } from '../report/output-files.js';
import { EXIT } from './exit-status.js';
import type { CliText } from './i18n.js';
import type { FailOn, StdoutFormat } from './option-parsers.js';

/**
 * The exit status of a checked batch. With `needs-review` (the default) any submission that did
 * not pass, or any batch finding, is a problem (1); with `fail` only a submission that failed or
 * could not be checked is.
 */
export function checkExitStatus(reports: readonly Report[], batch: readonly BatchFinding[], failOn: FailOn): number {
  const problem = failOn === 'fail' ? reports.some((r) => r.verdict === 'fail' || r.verdict === 'error') : reports.some((r) => r.verdict !== 'pass') || batch.length > 0;
  return problem ? EXIT.problems : EXIT.passed;
}

/** A submission an official has to look at: it failed, needs review or could not be checked. */
export function hasProblem(report: Report): boolean {
  return report.verdict !== 'pass';
}

/**
 * What `--quiet` prints: the lines of the submissions with problems and the batch findings, then
 * the totals of the whole batch; nothing when there is no problem at all.
 */
export function problemsSummary(reports: readonly Report[], out: string, batch: readonly BatchFinding[], text: CliText): string {
  const problems = reports.filter(hasProblem);
  if (problems.length === 0 && batch.length === 0) return '';
  // consoleSummary starts with one line per submission given.
  const lines = problems.length > 0 ? consoleSummary(problems, out).split('\n').slice(0, problems.length) : [];
  const count = (v: Report['verdict']) => reports.filter((r) => r.verdict === v).length;
  lines.push('', text.quietTotals(reports.length, count('pass'), count('fail'), count('needs-review'), count('error'), oneLine(path.resolve(out))));
  const batchLines = consoleSummary([], out, batch).split('\n').filter((l) => batch.length > 0 && l.startsWith('批次问题'));
  return `${[...lines, '', ...batchLines].join('\n').replace(/\n+$/u, '')}\n`;
}

/** What `filings check` prints on stdout: the batch file asked for with `--stdout`, else the one-screen summary (problems only with `--quiet`). */
export async function checkStdout(reports: readonly Report[], batch: readonly BatchFinding[], opts: { out: string; quiet?: boolean; stdout?: StdoutFormat }, text: CliText): Promise<string | Uint8Array> {
  if (opts.stdout) {
    const [file] = await batchFiles(reports, [opts.stdout], batch);
    return file.data;
  }
  return opts.quiet ? problemsSummary(reports, opts.out, batch, text) : consoleSummary(reports, opts.out, batch);
}
