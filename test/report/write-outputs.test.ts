import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolderPerTest } from '../io/temp-folder.js';
import { FORMATS, OutputError, writeBatchOutputs, writeSubmissionReport } from '../../src/report/write-outputs.js';
import { makeReport } from './formatters/fixtures.js';

describe('writeSubmissionReport and writeBatchOutputs', () => {
  let tmp = '';
  let out = '';
  tempFolderPerTest('write-outputs-', (dir) => ((tmp = dir), (out = path.join(dir, 'out'))));

  it('write the report files under the safe id and the batch files beside them, with no temporary file', async () => {
    const report = makeReport('../a:b');
    await writeSubmissionReport(out, report, FORMATS);
    await writeBatchOutputs(out, [report], FORMATS);
    expect((await readdir(out)).sort()).toEqual(['_._a_b', 'index.html', 'red-flags.md', 'summary.csv', 'summary.json', 'summary.xlsx']);
    expect((await readdir(path.join(out, '_._a_b'))).sort()).toEqual(['report.html', 'report.json', 'report.md']);
    expect(JSON.parse(await readFile(path.join(out, '_._a_b', 'report.json'), 'utf8')).submission.id).toBe('../a:b');
    expect(await readdir(tmp)).toEqual(['out']);
  });

  it('replace a report file of an earlier run whole', async () => {
    await writeSubmissionReport(out, makeReport('henan-01'), ['json']);
    await writeFile(path.join(out, 'henan-01', 'report.json'), '');
    await writeSubmissionReport(out, makeReport('henan-01'), ['json']);
    expect(JSON.parse(await readFile(path.join(out, 'henan-01', 'report.json'), 'utf8')).verdict).toBe('fail');
  });

  it('throw OutputError for an empty --out instead of writing into the working folder', async () => {
    await expect(writeSubmissionReport('', makeReport(), ['json'])).rejects.toThrow(OutputError);
    await expect(writeBatchOutputs('', [], ['json'])).rejects.toThrow('未指定输出文件夹');
  });

  it('throw OutputError when --out is a file', async () => {
    await writeFile(out, 'x');
    await expect(writeBatchOutputs(out, [], ['csv'])).rejects.toMatchObject({ name: 'OutputError', code: 'EEXIST' });
  });
});
