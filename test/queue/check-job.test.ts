import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONDITIONS } from '../../checks/conditions/index.js';
import { PACKS } from '../../checks/packs/index.js';
import { discover, type SubmissionSource } from '../../src/pipeline/ingest.js';
import { checkBatch, checkSources } from '../../src/pipeline/run.js';
import { checkJob, JobRefusedError, refusal, type JobRunOptions } from '../../src/queue/check-job.js';
import { settingsOf } from '../../src/queue/coordinator.js';
import { ProcessOcr } from '../../src/queue/process-ocr.js';
import { jobSource, submissionSource, type JobData } from '../../src/queue/job-data.js';
import { JOB_FORMAT } from '../../src/queue/queue-config.js';

const SAMPLE = path.join(import.meta.dirname, '..', '..', 'corpora', 'sample');
const PROGRAM = { version: '1.0.0', extractor: '6' };

const ID = 'henan-03-too-few-members';
const SOURCE: SubmissionSource = (await discover(SAMPLE)).find((s) => s.id === ID)!;

function job(change: Partial<JobData> = {}): JobData {
  return { format: JOB_FORMAT, id: ID, source: jobSource(SOURCE), settings: settingsOf({ ocr: false }), program: PROGRAM, ...change };
}

const RUN: JobRunOptions = { cacheDir: null, readers: 2, ocrWorkers: 1, packs: PACKS, conditions: CONDITIONS, program: PROGRAM };

describe('refusal', () => {
  it('runs a job of the same program whatever its settings when the worker insists on none', () => {
    expect(refusal(job(), RUN)).toBeNull();
  });

  it('refuses a job written by another version, naming both', () => {
    expect(refusal(job({ program: { version: '0.9.0', extractor: '5' } }), RUN)).toBe('工作进程的程序版本（1.0.0，读取器 6）与提交任务的程序（0.9.0，读取器 5）不同');
  });

  it('refuses a job whose settings differ from those the worker was started with, naming each difference', () => {
    const required = { ...RUN, require: { ocr: true, ocrSecondPass: false, limits: { fileBytes: 1024, zipEntries: 5000 } } };
    expect(refusal(job(), required)).toBe('工作进程启动时指定的设置与本次检查不同：文字识别 工作进程开、检查要求关；第二遍识别 工作进程关、检查要求开；预算 fileBytes 工作进程 1024、检查要求 134217728');
    expect(refusal(job({ settings: { ...job().settings, ocr: true, ocrSecondPass: false, limits: { ...job().settings.limits, fileBytes: 1024 } } }), required)).toBeNull();
  });
});

describe('checkJob', () => {
  it('checks the one submission of the job into the report a local run of the whole batch gives it', async () => {
    const local = (await checkBatch(SAMPLE, { ocr: false, packs: PACKS, conditions: CONDITIONS })).find((r) => r.submission.id === ID);
    const report = await checkJob(job(), RUN);
    expect(report.submission.id).toBe(ID);
    expect(JSON.stringify(report)).toBe(JSON.stringify(local));
  });

  it('carries the source through the job data unchanged, raw name bytes included', () => {
    const raw = { ...SOURCE, rawPath: Buffer.from([0x2f, 0x74, 0xd5, 0xe2]), type: 'unreadable' as const, problem: '符号链接' };
    const data = JSON.parse(JSON.stringify(job({ source: jobSource(raw) }))) as JobData;
    expect(submissionSource(data)).toEqual(raw);
  });

  it('refuses a job whose submission is not at its path, or is not what the coordinator found there, in Chinese', async () => {
    const gone = jobSource({ ...SOURCE, path: '/nonexistent/batch/a', rawPath: Buffer.from('/nonexistent/batch/a') });
    await expect(checkJob(job({ source: gone }), RUN)).rejects.toThrow(new JobRefusedError(`工作进程找不到申报「${ID}」：/nonexistent/batch/a（路径不存在；各台机器须在同一路径看到输入文件夹）`));
    const file = path.join(SOURCE.path, (await readdir(SOURCE.path)).find((name) => name.endsWith('.docx'))!);
    await expect(checkJob(job({ source: jobSource({ ...SOURCE, path: file, rawPath: Buffer.from(file) }) }), RUN)).rejects.toThrow(/（不是文件夹；/u);
    await expect(checkJob(job({ source: jobSource({ ...SOURCE, type: 'zip' }) }), RUN)).rejects.toThrow(/（不是文件；/u);
  });

  it('refuses a job of another version before reading anything', async () => {
    const gone = jobSource({ ...SOURCE, path: '/nonexistent/batch/a', rawPath: Buffer.from('/nonexistent/batch/a') });
    await expect(checkJob(job({ source: gone, program: { version: '2.0.0', extractor: '6' } }), RUN)).rejects.toThrow(/^工作进程的程序版本/u);
  });

  it('checks a job with OCR on the worker\'s engine for its second-reading setting, and asks none for a job without OCR', async () => {
    const ocr = new ProcessOcr(1);
    const asked: boolean[] = [];
    const run: JobRunOptions = { ...RUN, ocrEngine: (secondPass) => (asked.push(secondPass), ocr.engine(secondPass)) };
    try {
      const settings = settingsOf({ ocr: true, ocrSecondPass: false });
      const [local] = await checkSources([SOURCE], { ocrSecondPass: false, packs: PACKS, conditions: CONDITIONS });
      expect(JSON.stringify(await checkJob(job({ settings }), run))).toBe(JSON.stringify(local));
      await checkJob(job(), run);
      expect(asked).toEqual([false]);
    } finally {
      await ocr.terminate();
    }
  });
});
