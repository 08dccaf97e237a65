import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Report } from '../model/report.js';
import type { BatchFinding } from '../pipeline/batch-rules.js';
import { asOutputError, OutputError } from './output-error.js';
import { oneLine } from './one-line.js';
import { batchFiles, submissionFiles, type OutputFile } from './output-files.js';
import { folderOf, journalOutputs, readOwnedOutputs, writeManifest, type OutputPaths } from './output-manifest.js';
import type { Format } from '../model/output-names.js';
import { ensureFolder, makeOutputRoot, relativeOutput, writeFilesInside } from './output-write.js';
import { isSubmissionFolder, removeStaleOutputs, type StaleRemoval } from './remove-stale-outputs.js';
import { safeId } from '../model/safe-id.js';
import { resolveInside } from '../io/path-inside.js';
import { removeOrphanTemps } from '../io/write-atomic.js';

/** Checks that files can be created, written and removed in `root`. */
async function probe(root: string): Promise<void> {
  const file = path.join(root, `.filings-probe-${process.pid}`);
  await writeFile(file, '');
  await rm(file, { force: true });
}

/** What `paths` holds that `written` does not. */
function minus(paths: OutputPaths, written: ReadonlySet<string>): OutputPaths {
  const writtenFolders = new Set([...written].map(folderOf));
  return {
    files: new Set([...paths.files].filter((f) => !written.has(f))),
    folders: new Set([...paths.folders].filter((f) => !writtenFolders.has(f))),
  };
}

/**
 * The output folder (`--out`) of one run. Reports are written one at a time as they finish, then
 * the batch files; every file is written atomically and only inside the folder. `finish()`
 * records what the run wrote in `<out>/.filings-manifest.json` and removes what the previous run
 * wrote and this one did not (a submission no longer in the batch, a format no longer asked for);
 * `open()` removes the temporary files a run that was killed left where it was writing; nothing
 * else in the folder is ever touched. Every failure to write is an OutputError.
 *
 * ```ts
 * const outputs = await OutputFolder.open(out);
 * await outputs.writeSubmission(report, formats); // as each report finishes
 * await outputs.writeBatch(reports, formats, batch);
 * await outputs.finish();
 * ```
 */
export class OutputFolder {
  /** Files written by this run, relative to the folder with `/` separators. */
  private readonly written = new Set<string>();
  /** Submission folders taken by this run (as a case-insensitive file system compares them) → the submission id. */
  private readonly folders = new Map<string, string>();

  private constructor(
    /** The folder as the user gave it, for messages. */
    readonly out: string,
    /** Its absolute path. */
    readonly root: string,
    /** What earlier runs wrote and left (manifest and journal). */
    private readonly previous: OutputPaths,
  ) {}

  /**
   * Opens `out` for writing: creates it with its parents, writes and removes a probe file, reads
   * what the previous run wrote, and removes the temporary files of a previous run that was
   * killed. Throws OutputError (Chinese message) when `out` is empty, a file, read-only, on a full
   * disk and the like.
   */
  static async open(out: string): Promise<OutputFolder> {
    try {
      const root = await makeOutputRoot(out);
      await probe(root);
      const previous = await readOwnedOutputs(root);
      // A run that stopped half-way left a journal, and may have left temporary files where it was writing.
      for (const folder of previous.unfinished) {
        if (folder === '') await removeOrphanTemps(root);
        else if (isSubmissionFolder(folder)) await removeOrphanTemps(resolveInside(root, folder));
      }
      // Its journal is folded into the manifest before a new one starts.
      await writeManifest(root, previous.files);
      return new OutputFolder(out, root, previous);
    } catch (err) {
      throw asOutputError(err, out);
    }
  }

  /**
   * Writes one submission's report files (report.json, report.md, report.html as asked) into
   * `<out>/<safe id>/`. Throws OutputError rather than overwrite the reports of another
   * submission of this run whose id gives the same folder (ids are made unique upstream).
   */
  async writeSubmission(report: Report, formats: readonly Format[]): Promise<void> {
    const files = submissionFiles(report, formats);
    if (files.length === 0) return;
    const id = report.submission.id;
    const folder = safeId(id);
    const key = folder.normalize('NFC').toLowerCase();
    const taken = this.folders.get(key);
    if (taken !== undefined && taken !== id) throw new OutputError(this.out, `申报「${oneLine(id)}」与「${oneLine(taken)}」的报告文件夹同名（${folder}）`);
    this.folders.set(key, id);
    await this.write(folder, files);
  }

  /** Writes the batch files (summary.json, summary.csv, summary.xlsx, red-flags.md, index.html as asked) into `<out>/`. */
  async writeBatch(reports: readonly Report[], formats: readonly Format[], batch: readonly BatchFinding[] = []): Promise<void> {
    await this.write('', await batchFiles(reports, formats, batch));
  }

  /**
   * Ends the run: removes the previous run's outputs that this run did not write again (only files
   * this program writes, then their folder if it is left empty), and writes the manifest of what
   * is now there. Returns what was removed, and what could not be removed (it stays listed).
   */
  async finish(): Promise<StaleRemoval> {
    try {
      const removal = await removeStaleOutputs(this.root, minus(this.previous, this.written));
      await writeManifest(this.root, [...this.written, ...removal.kept]);
      return removal;
    } catch (err) {
      throw asOutputError(err, this.out);
    }
  }

  /** Notes the files in the journal, then writes them into `dir` ('' for the folder itself). */
  private async write(dir: string, files: readonly OutputFile[]): Promise<void> {
    try {
      if (dir) await ensureFolder(this.root, dir);
      const paths = files.map((f) => relativeOutput(dir, f.name));
      await journalOutputs(this.root, paths);
      paths.forEach((p) => this.written.add(p));
      await writeFilesInside(this.root, dir, files);
    } catch (err) {
      throw asOutputError(err, this.out);
    }
  }
}
