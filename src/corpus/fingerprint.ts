import { createHash } from 'node:crypto';
import { lstat, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { SubmissionSource } from '../pipeline/ingest.js';

/** One entry of a submission on disk: its path relative to the submission, what it is, its size and modification time. */
type Entry = [rel: string, what: 'file' | 'dir' | 'other', size: number, mtimeMs: number];

/** Every entry under a folder, names as raw bytes (hex) so that GBK names are told apart; links are listed, never followed. */
async function walk(dir: Buffer, rel: string, out: Entry[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true, encoding: 'buffer' });
  for (const e of entries) {
    const raw = Buffer.concat([dir, Buffer.from(path.sep), e.name]);
    const name = `${rel}/${e.name.toString('hex')}`;
    const info = await lstat(raw);
    if (info.isDirectory()) {
      out.push([name, 'dir', 0, 0]);
      await walk(raw, name, out);
    } else out.push([name, info.isFile() ? 'file' : 'other', info.size, Math.trunc(info.mtimeMs)]);
  }
}

/**
 * A fingerprint of a submission's files taken without reading them (discovery gives no hash of the
 * contents): SHA-256 over the sorted list of every entry's relative path, kind, size and
 * modification time (a folder's whole tree, hidden files included; a zip or a single file itself).
 * A file edited, added, removed, renamed or touched changes it; what cannot be listed gives a
 * fingerprint that never matches an earlier one, so that submission is checked again.
 */
export async function sourceFingerprint(source: SubmissionSource): Promise<string> {
  const entries: Entry[] = [];
  try {
    if (source.type === 'folder') await walk(source.rawPath, '', entries);
    else if (source.type !== 'unreadable') {
      const info = await lstat(source.rawPath);
      entries.push(['', info.isFile() ? 'file' : 'other', info.size, Math.trunc(info.mtimeMs)]);
    }
  } catch (err) {
    entries.push(['', 'other', -1, Date.now()], [String((err as NodeJS.ErrnoException).code ?? err), 'other', -1, Math.random()]);
  }
  entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return createHash('sha256').update(JSON.stringify([source.type, entries])).digest('hex');
}
