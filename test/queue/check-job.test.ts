import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONDITIONS } from '../../checks/conditions/index.js';
import { PACKS } from '../../checks/packs/index.js';
import { checkBatch } from '../../src/pipeline/run.js';
import { checkJob, JobRefusedError, refusal, type JobRunOptions } from '../../src/queue/check-job.js';
import { settingsOf } from '../../src/queue/coordinator.js';
import { ProcessOcr } from '../../src/queue/process-ocr.js';
import type { JobData } from '../../src/queue/job-data.js';
import { JOB_FORMAT } from '../../src/queue/queue-config.js';

const SAMPLE = path.join(import.meta.dirname, '..', '..', 'corpora', 'sample');
const PROGRAM = { version: '1.0.0', extractor: '6' };

function job(change: Partial<JobData> = {}): JobData {
  return { format: JOB_FORMAT, id: 'henan-03-too-few-members', targets: [SAMPLE], settings: settingsOf({ ocr: false }), program: PROGRAM, ...change };
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
  it('checks the one submission of the job into the report a local run gives it', async () => {
    const [local] = await checkBatch(SAMPLE, { ocr: false, packs: PACKS, conditions: CONDITIONS, skip: (s) => s.id !== 'henan-03-too-few-members' });
    const report = await checkJob(job(), RUN);
    expect(report.submission.id).toBe('henan-03-too-few-members');
    expect(JSON.stringify(report)).toBe(JSON.stringify(local));
  });

  it('refuses a job whose submission is not at its paths, in Chinese', async () => {
    await expect(checkJob(job({ id: 'henan-99-gone' }), RUN)).rejects.toThrow(new JobRefusedError(`工作进程在 ${SAMPLE} 中找不到申报「henan-99-gone」（输入文件夹已改动，或各台机器看到的不是同一个文件夹）`));
    await expect(checkJob(job({ targets: ['/nonexistent/batch'] }), RUN)).rejects.toThrow(/^工作进程找不到输入：\/nonexistent\/batch（路径不存在；/u);
  });

  it('refuses a job of another version before reading anything', async () => {
    await expect(checkJob(job({ targets: ['/nonexistent/batch'], program: { version: '2.0.0', extractor: '6' } }), RUN)).rejects.toThrow(/^工作进程的程序版本/u);
  });

  it('checks a job with OCR on the worker\'s engine for its second-reading setting, and asks none for a job without OCR', async () => {
    const ocr = new ProcessOcr(1);
    const asked: boolean[] = [];
    const run: JobRunOptions = { ...RUN, ocrEngine: (secondPass) => (asked.push(secondPass), ocr.engine(secondPass)) };
    try {
      const settings = settingsOf({ ocr: true, ocrSecondPass: false });
      const [local] = await checkBatch(SAMPLE, { ocrSecondPass: false, packs: PACKS, conditions: CONDITIONS, skip: (s) => s.id !== 'henan-03-too-few-members' });
      expect(JSON.stringify(await checkJob(job({ settings }), run))).toBe(JSON.stringify(local));
      await checkJob(job(), run);
      expect(asked).toEqual([false]);
    } finally {
      await ocr.terminate();
    }
  });
});
