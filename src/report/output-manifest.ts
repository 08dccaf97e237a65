import { appendFile, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../io/write-atomic.js';
import { JOURNAL_FILE, MANIFEST_FILE } from '../model/output-names.js';

/** What `.filings-manifest.json` holds: the files (and their folders) the last run wrote, relative to `--out`. */
const ManifestSchema = z.object({
  format: z.literal('innovation-filings/output-manifest'),
  schemaVersion: z.literal(1),
  /** Files, relative to the output folder with `/` separators, sorted. */
  files: z.array(z.string()),
  /** Submission folders holding those files, sorted. */
  folders: z.array(z.string()),
});

/** Output files and folders, relative to the output folder with `/` separators. */
export interface OutputPaths {
  files: Set<string>;
  folders: Set<string>;
}

/** The folder of a file relative to the output folder, or '' for a file directly in it. */
export function folderOf(file: string): string {
  const slash = file.lastIndexOf('/');
  return slash < 0 ? '' : file.slice(0, slash);
}

async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return '';
    throw err;
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** What earlier runs left in the output folder, and where a run that stopped before finishing was writing. */
export interface OwnedOutputs extends OutputPaths {
  /** Folders ('' for the output folder itself) of the journal of a run that stopped half-way: empty when the last run finished. */
  unfinished: Set<string>;
}

/**
 * What earlier runs wrote into the output folder `root` and left there: the files and folders of
 * the last manifest, if it is valid, and of the journal of a run that stopped before writing its
 * own. A missing or invalid manifest lists nothing, so nothing is ever removed on its account.
 */
export async function readOwnedOutputs(root: string): Promise<OwnedOutputs> {
  const owned: OwnedOutputs = { files: new Set(), folders: new Set(), unfinished: new Set() };
  const manifest = ManifestSchema.safeParse(parseJson(await readText(path.join(root, MANIFEST_FILE))));
  if (manifest.success) {
    manifest.data.files.forEach((f) => owned.files.add(f));
    manifest.data.folders.forEach((f) => owned.folders.add(f));
  }
  for (const line of (await readText(path.join(root, JOURNAL_FILE))).split('\n')) {
    const file = parseJson(line);
    if (typeof file !== 'string') continue;
    owned.files.add(file);
    // The stopped run also wrote the manifest in the output folder itself.
    owned.unfinished.add('').add(folderOf(file));
  }
  for (const file of owned.files) if (folderOf(file)) owned.folders.add(folderOf(file));
  return owned;
}

/**
 * Notes in the journal that this run is about to write `files`, before it writes them, so that a
 * run killed half-way still owns them and the next run can remove them.
 */
export async function journalOutputs(root: string, files: readonly string[]): Promise<void> {
  if (files.length > 0) await appendFile(path.join(root, JOURNAL_FILE), files.map((f) => `${JSON.stringify(f)}\n`).join(''));
}

/** Writes the manifest of `files` atomically, then drops the journal it replaces. */
export async function writeManifest(root: string, files: Iterable<string>): Promise<void> {
  const sorted = [...new Set(files)].sort();
  const folders = [...new Set(sorted.map(folderOf).filter(Boolean))].sort();
  const manifest: z.infer<typeof ManifestSchema> = { format: 'innovation-filings/output-manifest', schemaVersion: 1, files: sorted, folders };
  await writeFileAtomic(path.join(root, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  await rm(path.join(root, JOURNAL_FILE), { force: true });
}
