import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import JSZip from 'jszip';
import { SubmissionMetaSchema, type Submission, type SubmissionFile, type SubmissionMeta } from '../model/submission.js';
import { sniffFormat } from './sniff.js';

/** Sidecar files of a submission folder that are metadata, not documents. */
export const SIDECARS = new Set(['submission.json', 'expected.json']);
/** Largest total of uncompressed bytes read from one zip (bytes). */
export const MAX_ZIP_BYTES = 512 * 1024 * 1024;

/** Thrown for bad usage: a path that does not exist or holds nothing to check. */
export class IngestError extends Error {}

/** Where a submission lives, before its files are read. */
export interface SubmissionSource {
  id: string;
  path: string;
  type: 'folder' | 'zip';
}

/** The submissions at a path: a batch folder (one sub-folder or .zip each), a single submission folder, or one .zip. Reads no file contents. */
export async function discover(target: string): Promise<SubmissionSource[]> {
  const info = await stat(target).catch(() => null);
  if (!info) throw new IngestError(`Expected a batch folder, a submission folder or a .zip, got a path that does not exist: ${target}`);
  if (info.isFile()) {
    if (!isZipName(target)) throw new IngestError(`Expected a folder or a .zip file, got ${target}`);
    return [{ id: path.basename(target).replace(/\.zip$/iu, ''), path: target, type: 'zip' }];
  }
  const entries = (await readdir(target, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  const looseFiles = entries.filter((e) => e.isFile() && !e.name.startsWith('.') && !SIDECARS.has(e.name) && !isZipName(e.name));
  if (looseFiles.length > 0 || entries.some((e) => e.name === 'submission.json')) return [{ id: path.basename(path.resolve(target)), path: target, type: 'folder' }];
  const out: SubmissionSource[] = [];
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const full = path.join(target, e.name);
    if (e.isDirectory()) out.push({ id: e.name, path: full, type: 'folder' });
    else if (e.isFile() && isZipName(e.name)) out.push({ id: e.name.replace(/\.zip$/iu, ''), path: full, type: 'zip' });
  }
  if (out.length === 0) throw new IngestError(`Expected submissions (sub-folders or .zip files) in ${target}, found none`);
  return out;
}

/** Reads a submission's files and metadata. */
export function loadSubmission(source: SubmissionSource): Promise<Submission> {
  return source.type === 'zip' ? fromZip(source.path) : fromFolder(source.path);
}

/** Discovers and loads every submission at a path. */
export async function ingest(target: string): Promise<Submission[]> {
  return Promise.all((await discover(target)).map(loadSubmission));
}

function isZipName(name: string): boolean {
  return /\.zip$/iu.test(name);
}

async function fromFolder(dir: string): Promise<Submission> {
  const messages: string[] = [];
  const files: SubmissionFile[] = [];
  let meta: SubmissionMeta = {};
  for (const rel of await walk(dir)) {
    const bytes = await readFile(path.join(dir, rel));
    if (rel === 'submission.json') meta = parseMeta(bytes, messages);
    else if (!SIDECARS.has(rel)) files.push(toFile(rel, bytes));
  }
  return { id: path.basename(path.resolve(dir)), source: dir, meta, files, messages };
}

async function walk(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const e of (await readdir(path.join(dir, prefix), { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    if (e.name.startsWith('.')) continue;
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...(await walk(dir, rel)));
    else if (e.isFile()) out.push(rel);
  }
  return out;
}

async function fromZip(file: string): Promise<Submission> {
  const id = path.basename(file).replace(/\.zip$/iu, '');
  const messages: string[] = [];
  const files: SubmissionFile[] = [];
  let meta: SubmissionMeta = {};
  try {
    const zip = await JSZip.loadAsync(await readFile(file));
    let total = 0;
    for (const entry of Object.values(zip.files).sort((a, b) => a.name.localeCompare(b.name))) {
      const base = path.posix.basename(entry.name);
      if (entry.dir || base.startsWith('.') || entry.name.startsWith('__MACOSX/')) continue;
      const bytes = await entry.async('nodebuffer');
      total += bytes.length;
      if (total > MAX_ZIP_BYTES) {
        messages.push(`压缩包解压后超过 ${MAX_ZIP_BYTES / 1024 / 1024} MB，其余文件未读取`);
        break;
      }
      if (base === 'submission.json') meta = parseMeta(bytes, messages);
      else if (!SIDECARS.has(base)) files.push(toFile(entry.name, bytes));
    }
  } catch (err) {
    messages.push(`压缩包无法打开：${(err as Error).message}`);
  }
  return { id, source: file, meta, files, messages };
}

function toFile(name: string, bytes: Buffer): SubmissionFile {
  return { name, bytes, sha256: createHash('sha256').update(bytes).digest('hex'), format: sniffFormat(bytes, name) };
}

function parseMeta(bytes: Buffer, messages: string[]): SubmissionMeta {
  try {
    const parsed = SubmissionMetaSchema.safeParse(JSON.parse(bytes.toString('utf8')));
    if (parsed.success) return parsed.data;
    messages.push(`submission.json 字段有误，已忽略：${parsed.error.issues.map((i) => i.path.join('.') + ' ' + i.message).join('；')}`);
  } catch (err) {
    messages.push(`submission.json 不是有效的 JSON，已忽略：${(err as Error).message}`);
  }
  return {};
}
