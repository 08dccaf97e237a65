/**
 * The files of a zip submission, unpacked under the run's budgets: a declared size over the budget
 * of one file is refused before inflating, the total stops at the budget of a submission, and no
 * entry inflates past what it declared (see ZipArchive.read). Each file that cannot be read gets
 * one message naming it; the others are read.
 */
import type { Message } from '../../src/model/finding.js';
import { byteSize, LimitExceededError, type Limits } from '../../src/model/limits.js';
import { ZipArchive, ZipEntryError, type ZipEntry } from './zip.js';
import { CONTROL_OR_BIDI, displayName } from './zip-names.js';

/** One file unpacked from a zip. */
export interface UnpackedFile {
  /** Safe relative path (see safeRelativePath), unique within the archive. */
  name: string;
  bytes: Buffer;
}

/** What unpacking a zip gave: the files read, and one message per file that was not. */
export interface UnpackedZip {
  files: UnpackedFile[];
  messages: Message[];
}

/**
 * Unpacks the files of a zip held in memory, in name order, leaving out folders and the files
 * `skip` names. A name that would leave its folder (`../x`, `/etc/x`, `C:\x`) or holds control
 * characters is shown by its safe relative path, with a warning. Throws ZipFormatError when the archive cannot be opened and LimitExceededError
 * when it holds more entries than `limits.zipEntries`.
 */
export async function unpackZip(bytes: Buffer, limits: Limits, skip: (name: string) => boolean = () => false): Promise<UnpackedZip> {
  const zip = ZipArchive.open(bytes, limits.zipEntries);
  const out: UnpackedZip = { files: [], messages: [] };
  const names = new UniqueNames();
  let total = 0;
  // Names that need no change come first, so that a renamed entry never takes a true name.
  const plain = (e: ZipEntry) => e.name.replace(/\\/gu, '/');
  const changed = (e: ZipEntry) => (displayName(e.name) === plain(e) ? 0 : 1);
  for (const entry of [...zip.entries].sort((a, b) => changed(a) - changed(b) || compareNames(a.name, b.name))) {
    const name = displayName(entry.name);
    if (entry.isDirectory || skip(name)) continue;
    const refusal = budgetRefusal(entry, name, total, limits);
    if (refusal) {
      out.messages.push({ level: 'error', text: refusal.message, file: name });
      if (refusal.limit === 'submissionBytes') break;
      continue;
    }
    try {
      const data = await zip.read(entry);
      total += data.length;
      const claimed = names.claim(name);
      out.files.push({ name: claimed, bytes: data });
      if (claimed !== plain(entry)) out.messages.push({ level: 'warning', text: renamed(entry.name, claimed), file: claimed });
    } catch (err) {
      if (!(err instanceof ZipEntryError)) throw err;
      out.messages.push({ level: 'error', text: err.message, file: name });
    }
  }
  return out;
}

function renamed(stored: string, shown: string): string {
  const visible = stored.replace(CONTROL_OR_BIDI, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `压缩包中的名称「${visible}」不能原样使用（上级目录、绝对路径、控制字符或重名），已按「${shown}」读取`;
}

/** Names in a stable order: as the locale sorts them, ties broken by code units. */
export function compareNames(a: string, b: string): number {
  return a.localeCompare(b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** The budget an entry's declared size would break, before anything is inflated. */
function budgetRefusal(entry: ZipEntry, name: string, total: number, limits: Limits): LimitExceededError | null {
  const declared = `「${name}」解压后为 ${byteSize(entry.size)}`;
  if (entry.size > limits.fileBytes) return new LimitExceededError('fileBytes', limits.fileBytes, declared);
  if (total + entry.size > limits.submissionBytes) return new LimitExceededError('submissionBytes', limits.submissionBytes, `${declared}，与此前文件合计超出，其余文件未读取`);
  return null;
}

/** Names made unique (ignoring case) by a counter before the extension: `a.docx`, `a (2).docx`. */
export class UniqueNames {
  private readonly taken = new Set<string>();

  /** The name, or the first free numbered variant of it, now taken. */
  claim(name: string): string {
    let candidate = name;
    for (let n = 2; this.taken.has(candidate.toLowerCase()); n++) candidate = name.replace(/(\.[^./]*)?$/u, ` (${n})$1`);
    this.taken.add(candidate.toLowerCase());
    return candidate;
  }
}
