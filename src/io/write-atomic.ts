import { randomBytes } from 'node:crypto';
import { open, readdir, rename, rm, unlink } from 'node:fs/promises';
import path from 'node:path';

/** The temporary files of writeFileAtomic: `.<pid>-<16 hex digits>.tmp`. */
const TEMP_NAME = /^\.(\d+)-[0-9a-f]{16}\.tmp$/u;

/**
 * The name of a temporary file beside `file`: hidden, unique to this process and call, short
 * enough for any file-name limit whatever the length of `file`'s own name.
 */
function tempBeside(file: string): string {
  return path.join(path.dirname(file), `.${process.pid}-${randomBytes(8).toString('hex')}.tmp`);
}

/**
 * Writes `data` to `file` atomically: readers (and a run killed half-way) see either the old file
 * or the whole new one, never a part. The data goes to a temporary file in the same folder, is
 * flushed to disk and then renamed over `file`; if anything fails the temporary file is removed
 * and the error is thrown, so no `*.tmp` is left behind. `mode` sets the new file's permissions
 * (default 0o666 less the umask), e.g. 0o600 for a secret.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array, mode = 0o666): Promise<void> {
  const temp = tempBeside(file);
  try {
    const handle = await open(temp, 'wx', mode);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
}

/** Whether process `pid` is running on this machine (one of another user counts). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether `name` is a temporary file writeFileAtomic left in a process no longer running on this machine. */
export function isOrphanTemp(name: string): boolean {
  const pid = TEMP_NAME.exec(name)?.[1];
  return pid !== undefined && !isRunning(Number(pid));
}

/**
 * Removes from `dir` the temporary files writeFileAtomic left there in processes no longer running
 * on this machine (a run killed between writing a file and renaming it), and returns their names.
 * Those of running processes, this one's included, stay, and so does everything else.
 */
export async function removeOrphanTemps(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names) {
    if (!isOrphanTemp(name)) continue;
    try {
      await unlink(path.join(dir, name));
      removed.push(name);
    } catch {
      // Not a file, or already gone: not ours to insist on.
    }
  }
  return removed;
}
