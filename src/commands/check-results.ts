import type { Report } from '../model/report.js';
import type { BatchFinding } from '../pipeline/batch-rules.js';
import { consoleSummary } from '../report/formatters/console.js';
import { batchFiles } from '../report/output-files.js';
import { EXIT } from './exit-status.js';
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
 * What `--quiet` prints: the one-screen summary without the lines of the submissions that passed
 * (its totals and batch findings stay); nothing when no submission has a problem and the batch
 * has no finding.
 */
export function problemsSummary(reports: readonly Report[], out: string, batch: readonly BatchFinding[]): string {
  if (!reports.some(hasProblem) && batch.length === 0) return '';
  // consoleSummary starts with one line per submission, in batch order.
  const lines = consoleSummary(reports, out, batch).split('\n');
  return lines.filter((_, i) => i >= reports.length || hasProblem(reports[i])).join('\n');
}

/** What `filings check` prints on stdout: the batch file asked for with `--stdout`, else the one-screen summary (problems only with `--quiet`). */
export async function checkStdout(reports: readonly Report[], batch: readonly BatchFinding[], opts: { out: string; quiet?: boolean; stdout?: StdoutFormat }): Promise<string | Uint8Array> {
  if (opts.stdout) {
    const [file] = await batchFiles(reports, [opts.stdout], batch);
    return file.data;
  }
  return opts.quiet ? problemsSummary(reports, opts.out, batch) : consoleSummary(reports, opts.out, batch);
}
