import type { Report } from '../model/report.js';
import type { BatchFinding } from '../pipeline/batch-rules.js';
import { asOutputError } from './output-error.js';
import { batchFiles, submissionFiles } from './output-files.js';
import type { Format } from '../model/output-names.js';
import { ensureFolder, makeOutputRoot, writeFilesInside } from './output-write.js';
import { safeId } from '../model/safe-id.js';

export { safeId } from '../model/safe-id.js';
export { FORMATS, type Format } from '../model/output-names.js';
export { OutputFolder } from './output-folder.js';
export { OutputError } from './output-error.js';

/**
 * Writes one submission's report files under `<out>/<submission-id>/`, atomically and only inside
 * `out`; throws OutputError when they cannot be written.
 * @deprecated Use OutputFolder (output-folder.ts), which also removes the previous run's stale outputs.
 */
export async function writeSubmissionReport(out: string, report: Report, formats: readonly Format[]): Promise<void> {
  try {
    const root = await makeOutputRoot(out);
    const dir = safeId(report.submission.id);
    const files = submissionFiles(report, formats);
    if (files.length === 0) return;
    await ensureFolder(root, dir);
    await writeFilesInside(root, dir, files);
  } catch (err) {
    throw asOutputError(err, out);
  }
}

/**
 * Writes the batch files: summary.json, summary.csv, red-flags.md, index.html, summary.xlsx,
 * atomically; throws OutputError when they cannot be written.
 * @deprecated Use OutputFolder (output-folder.ts), which also removes the previous run's stale outputs.
 */
export async function writeBatchOutputs(out: string, reports: readonly Report[], formats: readonly Format[], batch: readonly BatchFinding[] = []): Promise<void> {
  try {
    await writeFilesInside(await makeOutputRoot(out), '', await batchFiles(reports, formats, batch));
  } catch (err) {
    throw asOutputError(err, out);
  }
}
