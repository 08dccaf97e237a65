import { createHash } from 'node:crypto';
import { constants, type Dirent } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Message } from '../model/finding.js';
import { byteSize, DEFAULT_LIMITS, LimitExceededError, type Limits } from '../model/limits.js';
import { SubmissionMetaSchema, type Submission, type SubmissionFile, type SubmissionMeta } from '../model/submission.js';
import { compareNames, UniqueNames, unpackZip } from '../../extractors/formats/zip-files.js';
import { ZipFormatError } from '../../extractors/formats/zip.js';
import { decodeName, displayName } from '../../extractors/formats/zip-names.js';
import { safeId } from '../model/safe-id.js';
import { sniffFormat } from './sniff.js';

/** Sidecar files of a submission folder that are metadata, not documents. */
export const SIDECARS = new Set(['submission.json', 'expected.json']);

/** Why a path cannot be checked (IngestError.reason), so that a command line can say it in its own language. */
export type IngestProblem = 'missing' | 'not-regular' | 'empty' | 'no-input';

/** Thrown for bad usage: a path that does not exist or holds nothing to check. `reason` and `path` say which. */
export class IngestError extends Error {
  constructor(
    message: string,
    readonly reason: IngestProblem = 'missing',
    readonly path: string = '',
  ) {
    super(message);
  }
}

/** Where a submission lives, before its files are read. */
export interface SubmissionSource {
  /** Safe as a folder name and unique within the batch (see submissionIds). */
  id: string;
  /** The path as shown to people (names that are not UTF-8 decoded as GBK). */
  path: string;
  /** The path as the file system knows it (raw name bytes). */
  rawPath: Buffer;
  /**
   * `file`: a single document given on its own (a DOCX, PDF or image), a submission of one file.
   * `unreadable`: an entry of the batch folder that is neither a folder nor a regular .zip file (see `problem`).
   */
  type: 'folder' | 'zip' | 'file' | 'unreadable';
  /** Why an `unreadable` source is not read (Chinese). */
  problem?: string;
}

/**
 * The submissions at one or more paths, in the order given: each path is a batch folder (one
 * sub-folder or .zip each), a single submission folder, one .zip, or one document (a DOCX, PDF or
 * image file, which is a submission of its own, named after the file without its extension). Ids
 * are unique over all the paths. Reads no file contents. Names that are not UTF-8 (GBK from
 * Windows) are decoded for display and kept as raw bytes for reading; symbolic links and other
 * entries that are neither folders nor regular files become `unreadable` sources, reported and
 * never followed. Discovery reads no contents, so no budget applies to it (loadSubmission keeps them).
 * A folder taken as one submission that looks like a batch folder with stray files in it is said
 * to `onWarning` (looksLikeBatch), in Chinese.
 */
export async function discover(targets: string | readonly string[], onWarning?: (text: string) => void): Promise<SubmissionSource[]> {
  const list = typeof targets === 'string' ? [targets] : targets;
  if (list.length === 0) throw new IngestError('Expected at least one path to check', 'no-input');
  const found: Unnamed[] = [];
  for (const target of list) found.push(...(await discoverOne(target, onWarning)));
  return withIds(found);
}

/**
 * One path as one submission, whatever it holds: a folder (even one that looks like a batch), a
 * .zip, or a single document. For checking a single submission (the library's checkSubmission).
 */
export async function submissionAt(target: string): Promise<SubmissionSource> {
  const info = await stat(target).catch(() => null);
  if (!info) throw new IngestError(`Expected a submission folder, a .zip or a document, got a path that does not exist: ${target}`, 'missing', target);
  if (!info.isFile() && !info.isDirectory()) throw new IngestError(`Expected a folder or a file, got something else (a pipe or a device): ${target}`, 'not-regular', target);
  const rawPath = Buffer.from(target);
  const one: Unnamed = info.isDirectory()
    ? { name: path.basename(path.resolve(target)), path: target, rawPath, type: 'folder' }
    : { name: fileSubmissionName(target), path: target, rawPath, type: isZipName(target) ? 'zip' : 'file' };
  return withIds([one])[0];
}

async function discoverOne(target: string, onWarning?: (text: string) => void): Promise<Unnamed[]> {
  const info = await stat(target).catch(() => null);
  if (!info) throw new IngestError(`Expected a batch folder, a submission folder, a .zip or a document, got a path that does not exist: ${target}`, 'missing', target);
  const rawTarget = Buffer.from(target);
  if (info.isFile()) return [{ name: fileSubmissionName(target), path: target, rawPath: rawTarget, type: isZipName(target) ? 'zip' : 'file' }];
  if (!info.isDirectory()) throw new IngestError(`Expected a folder or a file, got something else (a pipe or a device): ${target}`, 'not-regular', target);
  // A zip is a submission even when its name starts with a dot (`...zip`), unless it is a macOS `._` shadow file.
  const entries = await listFolder(rawTarget, (name) => isZipName(name) && !name.startsWith('._'));
  const loose = entries.filter((e) => e.dirent.isFile() && !SIDECARS.has(e.name) && !isZipName(e.name));
  const isSubmission = loose.length > 0 || entries.some((e) => e.name === 'submission.json');
  if (isSubmission) {
    const warning = looksLikeBatch(target, entries, loose);
    if (warning) onWarning?.(warning);
    return [{ name: path.basename(path.resolve(target)), path: target, rawPath: rawTarget, type: 'folder' }];
  }
  const found: Unnamed[] = [];
  for (const e of entries) {
    const where = { path: path.join(target, e.name), rawPath: e.rawPath };
    if (e.dirent.isDirectory()) found.push({ name: e.name, ...where, type: 'folder' });
    else if (e.dirent.isFile() && isZipName(e.name)) found.push({ name: e.name.replace(/\.zip$/iu, ''), ...where, type: 'zip' });
    else if (!e.dirent.isFile()) found.push({ name: e.name, ...where, type: 'unreadable', problem: notRegular(e.dirent, e.name) });
  }
  if (found.length === 0) throw new IngestError(`Expected submissions (sub-folders or .zip files) in ${target}, found none`, 'empty', target);
  return found;
}

/** Sub-folders and .zip files beside a few loose files from which a folder is taken as a batch folder gone wrong (a stray summary sheet). */
const BATCH_LIKE_GROUPS = 3;

/**
 * Why a folder taken as one submission (it holds files) may be a batch folder with a stray file
 * in it (Chinese), or null: no submission.json, and more sub-folders and .zip files (at least
 * three) than loose documents. Its sub-folders are then read as parts of that one submission.
 */
function looksLikeBatch(target: string, entries: readonly FolderEntry[], loose: readonly FolderEntry[]): string | null {
  if (entries.some((e) => e.name === 'submission.json')) return null;
  const groups = entries.filter((e) => e.dirent.isDirectory() || (e.dirent.isFile() && isZipName(e.name))).length;
  if (groups < BATCH_LIKE_GROUPS || groups <= loose.length) return null;
  const named = loose.slice(0, 3).map((e) => `「${displayName(e.name)}」`).join('、') + (loose.length > 3 ? ` 等 ${loose.length} 个` : '');
  return `${target} 中直接放有文件 ${named}，因此整个文件夹按一份申报审查；但其中还有 ${groups} 个子文件夹或压缩包，像是批次文件夹。若要逐份审查，请把这些文件移出该文件夹，或只给出各申报的路径`;
}

/** The submission name of a file given on its own: its name without the extension (`申请书.docx` → `申请书`). */
function fileSubmissionName(file: string): string {
  const base = path.basename(file);
  const ext = path.extname(base);
  return ext && ext !== base ? base.slice(0, -ext.length) : base;
}

/** Reads a submission's files and metadata, within the run's budgets; every file not read gets a message naming it. */
export async function loadSubmission(source: SubmissionSource, limits: Limits = DEFAULT_LIMITS): Promise<Submission> {
  const base: Submission = { id: source.id, source: source.path, meta: {}, files: [], messages: [] };
  if (source.type === 'unreadable') return { ...base, messages: [{ level: 'error', text: source.problem ?? `「${source.path}」无法读取`, file: path.basename(source.path) }] };
  const read = source.type === 'zip' ? await fromZip(source, limits) : source.type === 'file' ? await fromFile(source, limits) : await fromFolder(source.rawPath, limits);
  return { ...base, ...read };
}

/** Discovers and loads every submission at one or more paths. */
export async function ingest(target: string | readonly string[], limits: Limits = DEFAULT_LIMITS): Promise<Submission[]> {
  return Promise.all((await discover(target)).map((s) => loadSubmission(s, limits)));
}

/**
 * Ids for names, in the given order: each made safe as a folder name (safeId: no separators,
 * no `.` or `..`, no control or bidi characters, no trailing dots or spaces) and unique, compared as a
 * case-insensitive file system would (ignoring case and Unicode normalisation). Names that are
 * safe as they are keep them first; the others then take theirs in the given order, with `-2`,
 * `-3`… on a clash, so that `a\nb`, `a:b` and `a_b` keep apart and `a_b` stays `a_b`.
 */
export function submissionIds(names: readonly string[]): string[] {
  const taken = new Set<string>();
  const key = (id: string) => id.normalize('NFC').toLowerCase();
  const ids: string[] = new Array(names.length);
  const order = [...names.keys()].sort((a, b) => Number(safeId(names[a]) !== names[a]) - Number(safeId(names[b]) !== names[b]) || a - b);
  for (const i of order) {
    const base = safeId(names[i]);
    let id = base;
    for (let n = 2; taken.has(key(id)); n++) id = `${base}-${n}`;
    taken.add(key(id));
    ids[i] = id;
  }
  return ids;
}

type Unnamed = Omit<SubmissionSource, 'id'> & { name: string };

function withIds(found: Unnamed[]): SubmissionSource[] {
  const ids = submissionIds(found.map((f) => f.name));
  return found.map((f, i) => ({ id: ids[i], path: f.path, rawPath: f.rawPath, type: f.type, ...(f.problem ? { problem: f.problem } : {}) }));
}

function isZipName(name: string): boolean {
  return /\.zip$/iu.test(name);
}

/** Hidden names (a leading dot: .DS_Store, ._x from macOS, .git) and macOS resource folders are not documents. */
function isHidden(relativeName: string): boolean {
  return relativeName.startsWith('__MACOSX/') || relativeName.split('/').some((segment) => segment.startsWith('.'));
}

interface FolderEntry {
  /** Decoded name (UTF-8, else GBK). */
  name: string;
  rawPath: Buffer;
  dirent: Dirent<Buffer>;
}

/**
 * A folder's entries, hidden ones (a leading dot) left out unless `keepHidden` keeps them, sorted by
 * decoded name; names are read as bytes so that GBK names on disk can be opened.
 */
async function listFolder(dir: Buffer, keepHidden: (name: string) => boolean = () => false): Promise<FolderEntry[]> {
  const dirents = await readdir(dir, { withFileTypes: true, encoding: 'buffer' });
  return dirents
    .map((dirent) => ({ name: decodeName(dirent.name), rawPath: Buffer.concat([dir, Buffer.from(path.sep), dirent.name]), dirent }))
    .filter((e) => !e.name.startsWith('.') || keepHidden(e.name))
    .sort((a, b) => compareNames(a.name, b.name));
}

function notRegular(dirent: Dirent<Buffer>, name: string): string {
  return dirent.isSymbolicLink() ? symlinkMessage(displayName(name)) : notRegularMessage(displayName(name));
}

function symlinkMessage(shown: string): string {
  return `「${shown}」是符号链接（快捷方式），未读取；请放入文件本身`;
}

function notRegularMessage(shown: string): string {
  return `「${shown}」不是普通文件（管道、设备或套接字），未读取`;
}

type Contents = Pick<Submission, 'meta' | 'files' | 'messages'>;

/** Collects a submission's files and messages, keeping the byte budget of the whole submission. */
class Collector {
  readonly out: Contents = { meta: {}, files: [], messages: [] };
  total = 0;
  private readonly names = new UniqueNames();

  constructor(private readonly sidecar: (name: string) => string | null) {}

  add(name: string, bytes: Buffer): void {
    this.total += bytes.length;
    const sidecar = this.sidecar(name);
    if (sidecar === 'submission.json') this.out.meta = parseMeta(bytes, this.out.messages);
    else if (!sidecar) this.out.files.push(toFile(this.names.claim(displayName(name)), bytes));
  }

  problem(text: string, file?: string): void {
    this.out.messages.push({ level: 'error', text, ...(file ? { file } : {}) });
  }
}

async function fromFolder(dir: Buffer, limits: Limits): Promise<Contents> {
  const collector = new Collector((name) => (SIDECARS.has(name) ? name : null));
  await walk(dir, '', collector, limits);
  return collector.out;
}

/** Reads a folder tree in name order; stops at the submission budget with a message. Returns false once stopped. */
async function walk(dir: Buffer, prefix: string, collector: Collector, limits: Limits): Promise<boolean> {
  let entries: FolderEntry[];
  try {
    entries = await listFolder(dir);
  } catch (err) {
    collector.problem(`文件夹「${displayName(prefix) || '.'}」无法读取（${(err as NodeJS.ErrnoException).code ?? (err as Error).message}）`, displayName(prefix) || undefined);
    return true;
  }
  for (const e of entries) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    const shown = displayName(rel);
    if (e.dirent.isDirectory()) {
      if (!(await walk(e.rawPath, rel, collector, limits))) return false;
      continue;
    }
    if (!e.dirent.isFile()) {
      collector.problem(notRegular(e.dirent, rel), shown);
      continue;
    }
    const read = await readRegularFile(e.rawPath, shown, limits.fileBytes, 'fileBytes');
    if ('problem' in read) {
      collector.problem(read.problem, shown);
      continue;
    }
    if (collector.total + read.bytes.length > limits.submissionBytes) {
      collector.problem(new LimitExceededError('submissionBytes', limits.submissionBytes, `读到「${shown}」时文件合计超出，其余文件未读取`).message, shown);
      return false;
    }
    collector.add(rel, read.bytes);
  }
  return true;
}

/**
 * A regular file's bytes, read through a handle opened without following links and without
 * blocking (a pipe swapped in after listing cannot hang the run), after checking its size.
 */
async function readRegularFile(raw: Buffer, shown: string, maxBytes: number, limit: 'fileBytes' | 'submissionBytes'): Promise<{ bytes: Buffer } | { problem: string }> {
  let handle;
  try {
    handle = await open(raw, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { problem: code === 'ELOOP' ? symlinkMessage(shown) : `「${shown}」无法打开（${code ?? (err as Error).message}）` };
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return { problem: notRegularMessage(shown) };
    if (info.size > maxBytes) return { problem: new LimitExceededError(limit, maxBytes, `「${shown}」大小为 ${byteSize(info.size)}`).message };
    const bytes = Buffer.allocUnsafe(info.size);
    let length = 0;
    while (length < bytes.length) {
      const { bytesRead } = await handle.read(bytes, length, bytes.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    return { bytes: bytes.subarray(0, length) };
  } catch (err) {
    return { problem: `「${shown}」读取失败（${(err as NodeJS.ErrnoException).code ?? (err as Error).message}）` };
  } finally {
    await handle.close();
  }
}

/** A single document given on its own: the submission holds that one file (under its own name). */
async function fromFile(source: SubmissionSource, limits: Limits): Promise<Contents> {
  const collector = new Collector(() => null);
  const shown = displayName(path.basename(source.path));
  const read = await readRegularFile(source.rawPath, shown, limits.fileBytes, 'fileBytes');
  if ('problem' in read) collector.problem(read.problem, shown);
  else collector.add(shown, read.bytes);
  return collector.out;
}

async function fromZip(source: SubmissionSource, limits: Limits): Promise<Contents> {
  const shown = path.basename(source.path);
  const collector = new Collector((name) => {
    const base = path.posix.basename(name);
    return SIDECARS.has(base) ? base : null;
  });
  const read = await readRegularFile(source.rawPath, shown, limits.submissionBytes, 'submissionBytes');
  if ('problem' in read) {
    collector.problem(read.problem, shown);
    return collector.out;
  }
  try {
    const unpacked = await unpackZip(read.bytes, limits, isHidden);
    for (const file of unpacked.files) collector.add(file.name, file.bytes);
    collector.out.messages.push(...unpacked.messages);
  } catch (err) {
    if (err instanceof ZipFormatError) collector.problem(`压缩包已损坏，无法打开：「${shown}」（${err.message}）`, shown);
    else if (err instanceof LimitExceededError) collector.problem(`压缩包「${shown}」无法读取：${err.message}`, shown);
    else throw err;
  }
  return collector.out;
}

function toFile(name: string, bytes: Buffer): SubmissionFile {
  return { name, bytes, sha256: createHash('sha256').update(bytes).digest('hex'), format: sniffFormat(bytes, name) };
}

function parseMeta(bytes: Buffer, messages: Message[]): SubmissionMeta {
  try {
    const parsed = SubmissionMetaSchema.safeParse(JSON.parse(bytes.toString('utf8')));
    if (parsed.success) return parsed.data;
    messages.push({ level: 'warning', text: `submission.json 字段有误，已忽略：${parsed.error.issues.map((i) => i.path.join('.') + ' ' + i.message).join('；')}`, file: 'submission.json' });
  } catch (err) {
    messages.push({ level: 'warning', text: `submission.json 不是有效的 JSON，已忽略：${(err as Error).message}`, file: 'submission.json' });
  }
  return {};
}
