import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

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
