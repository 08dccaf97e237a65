import { createHash } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** A born-digital document of the batch, as seen by both the product and the native tools. */
export interface BenchFile {
  /** Submission folder name (the report's submission id). */
  submission: string;
  /** Path inside the submission folder, with forward slashes (the report's `documents[].file`). */
  rel: string;
  /** Absolute path of the staged copy. */
  abs: string;
  format: 'pdf' | 'docx';
  bytes: number;
  sha256: string;
}

/** The benchmark's view of a batch: the staged copy both sides read, and what was left out. */
export interface StagedBatch {
  /** Temporary batch folder holding only the benchmarked files (plus submission.json sidecars). */
  dir: string;
  submissions: string[];
  files: BenchFile[];
  /** Submission folders skipped because their name contains "scan". */
  skippedScan: string[];
  /** Other entries left out (zips, non-.docx/.pdf files), as paths relative to the batch. */
  skippedOther: string[];
}

/** Thrown for bad usage (missing batch folder, nothing to measure). */
export class UsageError extends Error {}

const SCAN = /scan/iu;

/** Documents of the benchmark: .docx and .pdf by extension. */
export function formatOf(name: string): BenchFile['format'] | null {
  const ext = path.extname(name).toLowerCase();
  return ext === '.pdf' ? 'pdf' : ext === '.docx' ? 'docx' : null;
}

async function walk(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  const entries = (await readdir(path.join(dir, prefix), { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...(await walk(dir, rel)));
    else if (e.isFile()) out.push(rel);
  }
  return out;
}

/**
 * Copies the batch's born-digital documents into a temporary batch folder, so that `checkBatch`
 * and the native tools see exactly the same files: submission folders whose name contains "scan"
 * are left out, and so are zips and files that are not .docx/.pdf. A folder holding documents
 * directly is taken as a single submission, as the product does.
 */
export async function stageBatch(batchDir: string): Promise<StagedBatch> {
  const info = await stat(batchDir).catch(() => null);
  if (!info?.isDirectory()) throw new UsageError(`batch folder not found: ${batchDir}`);
  const root = path.resolve(batchDir);
  const entries = (await readdir(root, { withFileTypes: true })).filter((e) => !e.name.startsWith('.'));
  const single = entries.some((e) => e.isFile() && (formatOf(e.name) !== null || e.name === 'submission.json'));
  const folders = single
    ? [{ name: path.basename(root), src: root }]
    : entries.filter((e) => e.isDirectory()).map((e) => ({ name: e.name, src: path.join(root, e.name) }));
  const skippedOther = single ? [] : entries.filter((e) => !e.isDirectory()).map((e) => e.name);

  const dir = await mkdtemp(path.join(os.tmpdir(), 'filings-bench-'));
  const staged: StagedBatch = { dir, submissions: [], files: [], skippedScan: [], skippedOther };
  try {
    for (const folder of folders.sort((a, b) => a.name.localeCompare(b.name))) {
      if (SCAN.test(folder.name)) {
        staged.skippedScan.push(folder.name);
        continue;
      }
      const dest = path.join(dir, folder.name);
      let count = 0;
      for (const rel of await walk(folder.src)) {
        const format = formatOf(rel);
        if (format === null && rel !== 'submission.json') {
          if (rel !== 'expected.json') staged.skippedOther.push(`${folder.name}/${rel}`);
          continue;
        }
        const abs = path.join(dest, rel);
        await mkdir(path.dirname(abs), { recursive: true });
        await copyFile(path.join(folder.src, rel), abs);
        if (format === null) continue;
        const bytes = await readFile(abs);
        staged.files.push({ submission: folder.name, rel, abs, format, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
        count++;
      }
      if (count > 0) staged.submissions.push(folder.name);
      else await rm(dest, { recursive: true, force: true });
    }
  } catch (err) {
    await rm(dir, { recursive: true, force: true });
    throw err;
  }
  if (staged.files.length === 0) {
    await rm(dir, { recursive: true, force: true });
    throw new UsageError(`no born-digital .docx/.pdf files found in ${batchDir}`);
  }
  return staged;
}
