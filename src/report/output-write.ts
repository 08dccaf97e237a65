import { lstat, mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { resolveInside } from '../io/path-inside.js';
import { writeFileAtomic } from '../io/write-atomic.js';
import type { OutputFile } from './output-files.js';
import { OutputError } from './output-error.js';

/** A file-system error with its code, as Node throws them. */
function fsError(code: string, message: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${message}`), { code });
}

/**
 * Makes `<root>/<name>` a folder for outputs and returns its path: created when missing, accepted
 * when it is a real folder; a file or a symbolic link of that name (which could lead outside
 * `root`) throws ENOTDIR.
 */
export async function ensureFolder(root: string, name: string): Promise<string> {
  const dir = resolveInside(root, name);
  try {
    await mkdir(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  const stats = await lstat(dir);
  if (!stats.isDirectory()) throw fsError('ENOTDIR', `${dir} is not a folder`);
  return dir;
}

/** The path of `name` in `dir` (dir '' for the output folder itself), relative to the output folder, with `/` separators. */
export function relativeOutput(dir: string, name: string): string {
  return dir ? `${dir}/${name}` : name;
}

/** Writes each file atomically into `<root>/<dir>` (dir '' for root itself), every path checked to lie inside `root`. */
export async function writeFilesInside(root: string, dir: string, files: readonly OutputFile[]): Promise<void> {
  await Promise.all(files.map((f) => writeFileAtomic(resolveInside(root, ...relativeOutput(dir, f.name).split('/')), f.data)));
}

/**
 * Makes the output folder `out` (created with its parents when missing) and returns its absolute
 * path. An empty `out` throws OutputError; a file in the way throws the file-system error.
 */
export async function makeOutputRoot(out: string): Promise<string> {
  if (out.trim() === '') throw new OutputError(out, '未指定输出文件夹（--out 为空）');
  const root = path.resolve(out);
  await mkdir(root, { recursive: true });
  if (!(await stat(root)).isDirectory()) throw fsError('ENOTDIR', `${root} is not a folder`);
  return root;
}
