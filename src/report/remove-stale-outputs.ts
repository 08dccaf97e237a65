import { lstat, rmdir, unlink } from 'node:fs/promises';
import { resolveInside } from '../io/path-inside.js';
import { BATCH_FILES, SUBMISSION_FILES } from '../model/output-names.js';
import { folderOf, type OutputPaths } from './output-manifest.js';
import { safeId } from '../model/safe-id.js';

const BATCH_NAMES: ReadonlySet<string> = new Set(Object.values(BATCH_FILES));
const SUBMISSION_NAMES: ReadonlySet<string> = new Set(Object.values(SUBMISSION_FILES));

/** A submission folder name this program could have made (safeId gives it back unchanged). */
export function isSubmissionFolder(name: string): boolean {
  return name !== '' && safeId(name) === name;
}

/** A path of a file this program writes: a batch file in the output folder or a report file in a submission folder. */
function isOutputFile(file: string): boolean {
  const parts = file.split('/');
  if (parts.length === 1) return BATCH_NAMES.has(parts[0]!);
  return parts.length === 2 && isSubmissionFolder(parts[0]!) && SUBMISSION_NAMES.has(parts[1]!);
}

/** Whether `dir` is a real folder (not a file, not a symbolic link); false when missing. */
async function isRealFolder(dir: string): Promise<boolean> {
  try {
    return (await lstat(dir)).isDirectory();
  } catch {
    return false;
  }
}

/** What happened to stale outputs: removed, or kept because removing failed (they stay owned for the next run). */
export interface StaleRemoval {
  /** Files and folders (ending in `/`) removed, relative to the output folder. */
  removed: string[];
  /** Files that could not be removed. */
  kept: string[];
}

/** Removes one stale file: 'removed'; 'absent' when it is gone or is no regular file in a real folder (not ours); 'failed'. */
async function removeFile(root: string, file: string): Promise<'removed' | 'absent' | 'failed'> {
  try {
    const folder = folderOf(file);
    if (folder && !(await isRealFolder(resolveInside(root, folder)))) return 'absent';
    const target = resolveInside(root, ...file.split('/'));
    if (!(await lstat(target)).isFile()) return 'absent';
    await unlink(target);
    return 'removed';
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'absent' : 'failed';
  }
}

/**
 * Removes from the output folder `root` the stale outputs of earlier runs: each listed file that
 * is one of the files this program writes (report.json/md/html in a submission folder; summary.*,
 * red-flags.md, index.html in the output folder) and is a regular file inside `root`, then each
 * listed submission folder that is now empty and a real folder. Nothing else is
 * touched: a user's own file in the output folder or in a report folder survives, and so does
 * its folder.
 */
export async function removeStaleOutputs(root: string, stale: OutputPaths): Promise<StaleRemoval> {
  const result: StaleRemoval = { removed: [], kept: [] };
  for (const file of [...stale.files].filter(isOutputFile).sort()) {
    const outcome = await removeFile(root, file);
    if (outcome === 'removed') result.removed.push(file);
    if (outcome === 'failed') result.kept.push(file);
  }
  for (const folder of [...stale.folders].filter(isSubmissionFolder).sort()) {
    const dir = resolveInside(root, folder);
    if (!(await isRealFolder(dir))) continue;
    try {
      await rmdir(dir);
      result.removed.push(`${folder}/`);
    } catch {
      // Not empty (a user's file, a file that could not be removed) or not ours to remove: it stays.
    }
  }
  return result;
}
