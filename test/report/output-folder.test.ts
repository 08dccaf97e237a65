import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { endedPid } from '../io/ended-process.js';
import { tempFolderPerTest } from '../io/temp-folder.js';
import { OutputError } from '../../src/report/output-error.js';
import { OutputFolder } from '../../src/report/output-folder.js';
import { FORMATS } from '../../src/model/output-names.js';
import { makeReport } from './formatters/fixtures.js';

/** Every file under `dir`, relative, with `/` separators, sorted. */
async function tree(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => !e.isDirectory())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/** One run: opens `out`, writes a report per id and the batch files, finishes. */
async function run(out: string, ids: readonly string[], formats = [...FORMATS]) {
  const outputs = await OutputFolder.open(out);
  const reports = ids.map((id) => makeReport(id));
  await Promise.all(reports.map((r) => outputs.writeSubmission(r, formats)));
  await outputs.writeBatch(reports, formats);
  return outputs.finish();
}

describe('OutputFolder', () => {
  let tmp = '';
  let out = '';
  tempFolderPerTest('output-folder-', (dir) => ((tmp = dir), (out = path.join(dir, 'out'))));

  describe('open', () => {
    it('creates the folder with its parents and leaves no probe file', async () => {
      const nested = path.join(tmp, 'a', 'b', 'out');
      await OutputFolder.open(nested);
      expect(await tree(nested)).toEqual(['.filings-manifest.json']);
    });

    it('refuses an empty --out with a Chinese message', async () => {
      await expect(OutputFolder.open('')).rejects.toThrow(OutputError);
      await expect(OutputFolder.open('  ')).rejects.toThrow('未指定输出文件夹');
    });

    it('refuses a file where the folder should be', async () => {
      await writeFile(out, 'x');
      await expect(OutputFolder.open(out)).rejects.toThrow(/无法写入输出文件夹 .*out\/：已有同名文件，不是文件夹（EEXIST）/u);
    });

    it('refuses a folder below a file', async () => {
      await writeFile(out, 'x');
      await expect(OutputFolder.open(path.join(out, 'sub'))).rejects.toMatchObject({ name: 'OutputError', code: 'ENOTDIR' });
    });
  });

  it('writes every report and batch file, the manifest, and no temporary file or journal', async () => {
    const { removed } = await run(out, ['henan-01', 'a/b']);
    expect(removed).toEqual([]);
    expect(await tree(out)).toEqual([
      '.filings-manifest.json',
      'a_b/report.html',
      'a_b/report.json',
      'a_b/report.md',
      'henan-01/report.html',
      'henan-01/report.json',
      'henan-01/report.md',
      'index.html',
      'red-flags.md',
      'summary.csv',
      'summary.json',
      'summary.xlsx',
    ]);
    const manifest = JSON.parse(await readFile(path.join(out, '.filings-manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({ format: 'innovation-filings/output-manifest', schemaVersion: 1, folders: ['a_b', 'henan-01'] });
    expect(manifest.files).toHaveLength(11);
  });

  it('removes the report folder of a submission no longer in the batch and keeps the user’s own files', async () => {
    await run(out, ['henan-01', 'henan-02', 'henan-03']);
    await writeFile(path.join(out, 'notes.txt'), 'mine');
    await writeFile(path.join(out, 'henan-03', 'comments.txt'), 'mine too');
    const { removed } = await run(out, ['henan-01']);
    expect(removed).toEqual([
      'henan-02/report.html',
      'henan-02/report.json',
      'henan-02/report.md',
      'henan-03/report.html',
      'henan-03/report.json',
      'henan-03/report.md',
      'henan-02/',
    ]);
    const files = await tree(out);
    expect(files).toContain('notes.txt');
    expect(files).toContain('henan-03/comments.txt');
    expect(files.filter((f) => f.startsWith('henan-02'))).toEqual([]);
    expect(files).toContain('henan-01/report.json');
  });

  it('removes the files of a format no longer asked for', async () => {
    await run(out, ['henan-01']);
    await run(out, ['henan-01'], ['json']);
    expect(await tree(out)).toEqual(['.filings-manifest.json', 'henan-01/report.json', 'summary.json']);
  });

  it('removes nothing when the previous manifest is missing or not valid', async () => {
    await mkdir(path.join(out, 'old'), { recursive: true });
    await writeFile(path.join(out, 'old', 'report.json'), '{}');
    await run(out, []);
    await writeFile(path.join(out, '.filings-manifest.json'), '{"files": ["old/report.json"]}');
    await run(out, []);
    expect(await tree(out)).toContain('old/report.json');
  });

  it('removes only files it writes, inside the folder, whatever the manifest lists', async () => {
    const outside = path.join(tmp, 'outside');
    await mkdir(outside);
    await writeFile(path.join(outside, 'report.json'), 'keep');
    await writeFile(path.join(tmp, 'summary.json'), 'keep');
    await mkdir(path.join(out, 'sub'), { recursive: true });
    await writeFile(path.join(out, 'sub', 'user.txt'), 'keep');
    await writeFile(path.join(out, 'user.txt'), 'keep');
    await symlink(outside, path.join(out, 'link'));
    const listed = ['../outside/report.json', '../summary.json', outside, 'sub/user.txt', 'user.txt', 'link/report.json', 'sub/../../outside/report.json', '.filings-manifest.json'];
    await writeFile(path.join(out, '.filings-manifest.json'), JSON.stringify({ format: 'innovation-filings/output-manifest', schemaVersion: 1, files: listed, folders: ['..', 'sub', 'link'] }));
    await run(out, [], []);
    expect(await readFile(path.join(outside, 'report.json'), 'utf8')).toBe('keep');
    expect(await readFile(path.join(tmp, 'summary.json'), 'utf8')).toBe('keep');
    expect(await tree(out)).toEqual(['.filings-manifest.json', 'link', 'sub/user.txt', 'user.txt']);
  });

  it('removes what a run that stopped before finishing wrote', async () => {
    const stopped = await OutputFolder.open(out);
    await stopped.writeSubmission(makeReport('henan-09'), ['json']);
    expect(await tree(out)).toEqual(['.filings-manifest.journal', '.filings-manifest.json', 'henan-09/report.json']);
    await run(out, ['henan-01'], ['json']);
    expect(await tree(out)).toEqual(['.filings-manifest.json', 'henan-01/report.json', 'summary.json']);
  });

  it('removes the temporary files a killed run left where it was writing, and keeps those of a running process', async () => {
    const killed = await OutputFolder.open(out);
    await killed.writeSubmission(makeReport('henan-09'), ['json']);
    const ended = endedPid();
    const orphans = [`.${ended}-0123456789abcdef.tmp`, `henan-09/.${ended}-fedcba9876543210.tmp`];
    const running = `henan-09/.${process.pid}-00112233445566aa.tmp`;
    for (const file of [...orphans, running, 'henan-09/user.tmp']) await writeFile(path.join(out, file), 'x');
    await run(out, ['henan-01'], ['json']);
    expect(await tree(out)).toEqual(['.filings-manifest.json', 'henan-01/report.json', running, 'henan-09/user.tmp', 'summary.json'].sort());
  });

  it('looks for temporary files only inside the folder, whatever a journal lists', async () => {
    const outside = `.${endedPid()}-0123456789abcdef.tmp`;
    await mkdir(out, { recursive: true });
    await writeFile(path.join(tmp, outside), 'x');
    await writeFile(path.join(out, '.filings-manifest.journal'), `${JSON.stringify('../report.json')}\n${JSON.stringify('/etc/report.json')}\n`);
    await run(out, [], ['json']);
    expect(await readdir(tmp)).toContain(outside);
  });

  it('leaves a temporary file of an ended process alone when the last run finished (nothing of it can be left half-way)', async () => {
    await run(out, ['henan-09'], ['json']);
    const stray = `henan-09/.${endedPid()}-0123456789abcdef.tmp`;
    await writeFile(path.join(out, stray), 'x');
    await run(out, ['henan-09'], ['json']);
    expect(await tree(out)).toContain(stray);
  });

  it('still owns a stopped run’s files when the next run also stops', async () => {
    const first = await OutputFolder.open(out);
    await first.writeSubmission(makeReport('henan-09'), ['json']);
    const second = await OutputFolder.open(out);
    await second.writeSubmission(makeReport('henan-08'), ['json']);
    await run(out, [], ['json']);
    expect(await tree(out)).toEqual(['.filings-manifest.json', 'summary.json']);
  });

  it('refuses to write through a symbolic link in place of a report folder', async () => {
    const outside = path.join(tmp, 'outside');
    await mkdir(outside);
    const outputs = await OutputFolder.open(out);
    await symlink(outside, path.join(out, 'henan-01'));
    await expect(outputs.writeSubmission(makeReport('henan-01'), ['json'])).rejects.toMatchObject({ name: 'OutputError', code: 'ENOTDIR' });
    expect(await readdir(outside)).toEqual([]);
  });

  it('refuses to write when a file stands where a report folder should be', async () => {
    const outputs = await OutputFolder.open(out);
    await writeFile(path.join(out, 'henan-01'), 'x');
    await expect(outputs.writeSubmission(makeReport('henan-01'), ['md'])).rejects.toThrow(/无法写入输出文件夹.*不是文件夹/u);
  });

  it('writes a hostile id into one safe folder inside --out', async () => {
    const outputs = await OutputFolder.open(out);
    await outputs.writeSubmission(makeReport('../../escaped'), ['json']);
    await outputs.writeSubmission(makeReport('..'), ['json']);
    await outputs.finish();
    expect(await readdir(tmp)).toEqual(['out']);
    expect(await tree(out)).toEqual(['.filings-manifest.json', '_._.._escaped/report.json', '__/report.json']);
  });

  it('refuses to overwrite the reports of another submission whose id gives the same folder', async () => {
    const outputs = await OutputFolder.open(out);
    await outputs.writeSubmission(makeReport('.a'), ['json']);
    await outputs.writeSubmission(makeReport('.a'), ['json']);
    await expect(outputs.writeSubmission(makeReport('_A'), ['json'])).rejects.toThrow('申报「_A」与「.a」的报告文件夹同名（_A）');
    expect(JSON.parse(await readFile(path.join(out, '_a', 'report.json'), 'utf8')).submission.id).toBe('.a');
  });

  it('writes no report folder when no report format is asked for', async () => {
    await run(out, ['henan-01'], ['csv']);
    expect(await tree(out)).toEqual(['.filings-manifest.json', 'summary.csv']);
  });
});
