/**
 * The files of a zip submission, unpacked under the run's budgets: a declared size over the budget
 * of one file is refused before inflating, the total stops at the budget of a submission, and no
 * entry inflates past what it declared (see ZipArchive.read). Each file that cannot be read gets
 * one message naming it; the others are read.
 */
import type { Message } from '../../src/model/finding.js';
import { LimitExceededError, type Limits } from '../../src/model/limits.js';
import { ZipArchive, ZipEntryError, type ZipEntry } from './zip.js';
import { displayName } from './zip-names.js';

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
 * `skip` names. Throws ZipFormatError when the archive cannot be opened and LimitExceededError
 * when it holds more entries than `limits.zipEntries`.
 */
export async function unpackZip(bytes: Buffer, limits: Limits, skip: (name: string) => boolean = () => false): Promise<UnpackedZip> {
  const zip = ZipArchive.open(bytes, limits.zipEntries);
  const out: UnpackedZip = { files: [], messages: [] };
  const names = new UniqueNames();
  let total = 0;
  for (const entry of [...zip.entries].sort((a, b) => compareNames(a.name, b.name))) {
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
      out.files.push({ name: names.claim(name), bytes: data });
    } catch (err) {
      if (!(err instanceof ZipEntryError)) throw err;
      out.messages.push({ level: 'error', text: err.message, file: name });
    }
  }
  return out;
}

/** Names in a stable order: as the locale sorts them, ties broken by code units. */
export function compareNames(a: string, b: string): number {
  return a.localeCompare(b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** The budget an entry's declared size would break, before anything is inflated. */
function budgetRefusal(entry: ZipEntry, name: string, total: number, limits: Limits): LimitExceededError | null {
  const declared = `「${name}」解压后为 ${formatMb(entry.size)}`;
  if (entry.size > limits.fileBytes) return new LimitExceededError('fileBytes', limits.fileBytes, declared);
  if (total + entry.size > limits.submissionBytes) return new LimitExceededError('submissionBytes', limits.submissionBytes, `${declared}，与此前文件合计超出，其余文件未读取`);
  return null;
}

function formatMb(bytes: number): string {
  return `${+(bytes / 1024 / 1024).toFixed(1)} MB`;
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
