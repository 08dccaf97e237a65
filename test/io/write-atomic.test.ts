import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeOrphanTemps, writeFileAtomic } from '../../src/io/write-atomic.js';
import { endedPid } from './ended-process.js';
import { tempFolderPerTest } from './temp-folder.js';

describe('writeFileAtomic', () => {
  let dir = '';
  tempFolderPerTest('write-atomic-', (d) => (dir = d));

  it('writes text and bytes to a new file', async () => {
    await writeFileAtomic(path.join(dir, 'a.json'), '{"a":1}\n');
    await writeFileAtomic(path.join(dir, 'b.bin'), Uint8Array.from([0, 1, 2]));
    expect(await readFile(path.join(dir, 'a.json'), 'utf8')).toBe('{"a":1}\n');
    expect([...(await readFile(path.join(dir, 'b.bin')))]).toEqual([0, 1, 2]);
    expect((await readdir(dir)).sort()).toEqual(['a.json', 'b.bin']);
  });

  it('gives the file the mode asked for (a secret readable by its owner only)', async () => {
    await writeFileAtomic(path.join(dir, 'salt'), 'secret', 0o600);
    expect((await stat(path.join(dir, 'salt'))).mode & 0o777).toBe(0o600);
  });

  it('replaces an existing file with the whole new content', async () => {
    const file = path.join(dir, 'report.json');
    await writeFile(file, 'old content that is longer than the new one');
    await writeFileAtomic(file, 'new');
    expect(await readFile(file, 'utf8')).toBe('new');
  });

  it('leaves one whole version when two writes race', async () => {
    const file = path.join(dir, 'report.json');
    const a = 'a'.repeat(200_000);
    const b = 'b'.repeat(100_000);
    await Promise.all([writeFileAtomic(file, a), writeFileAtomic(file, b)]);
    expect([a, b]).toContain(await readFile(file, 'utf8'));
    expect(await readdir(dir)).toEqual(['report.json']);
  });

  it('removes its temporary file and throws when the rename fails', async () => {
    // A non-empty folder where the file should go: the data is written, the rename fails.
    const target = path.join(dir, 'report.json');
    await mkdir(target);
    await writeFile(path.join(target, 'keep.txt'), 'x');
    await expect(writeFileAtomic(target, 'data')).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['report.json']);
    expect(await readdir(target)).toEqual(['keep.txt']);
  });

  it('throws when the folder does not exist and creates nothing', async () => {
    await expect(writeFileAtomic(path.join(dir, 'missing', 'report.json'), 'data')).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('removeOrphanTemps', () => {
  let dir = '';
  tempFolderPerTest('orphan-temps-', (d) => (dir = d));

  it('removes the temporary files of a process that has ended, and nothing else', async () => {
    const ended = endedPid();
    const names = [`.${ended}-0123456789abcdef.tmp`, `.${process.pid}-fedcba9876543210.tmp`, '.notes.tmp', 'report.json', `.${ended}-short.tmp`];
    for (const name of names) await writeFile(path.join(dir, name), 'x');
    await mkdir(path.join(dir, `.${ended}-00000000000000aa.tmp`));
    expect(await removeOrphanTemps(dir)).toEqual([`.${ended}-0123456789abcdef.tmp`]);
    expect((await readdir(dir)).sort()).toEqual([...names.slice(1), `.${ended}-00000000000000aa.tmp`].sort());
  });

  it('finds nothing in a folder that does not exist', async () => {
    expect(await removeOrphanTemps(path.join(dir, 'missing'))).toEqual([]);
  });
});
