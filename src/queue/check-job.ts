import { stat } from 'node:fs/promises';
import type { OcrEngine } from '../../extractors/formats/index.js';
import type { Condition } from '../engine/condition.js';
import type { Pack } from '../engine/pack.js';
import type { Limits } from '../model/limits.js';
import type { Report } from '../model/report.js';
import type { SubmissionSource } from '../pipeline/ingest.js';
import { checkSources, type Progress } from '../pipeline/run.js';
import { submissionSource, type JobData, type JobSettings, type ProgramVersion } from './job-data.js';

/** What a worker brings to every job it runs: its cache, its share of the machine, the packs, and the settings it insists on. */
export interface JobRunOptions {
  /** The worker's own Doc cache (null: none). */
  cacheDir: string | null;
  /** Reader threads (RunOptions.concurrency): one pool for the whole process, shared by the jobs it runs at once. */
  readers: number;
  /** OCR workers of the engine a job starts for itself (when no ocrEngine is given). */
  ocrWorkers: number;
  /** The worker's own OCR engine for a job's second-reading setting, started once and shared by its jobs (absent: each job starts one). */
  ocrEngine?: (secondPass: boolean) => OcrEngine;
  packs: ReadonlyMap<string, Pack>;
  conditions: ReadonlyMap<string, Condition>;
  /** The worker's program: jobs written by another version are refused. */
  program: ProgramVersion;
  /**
   * Settings this worker was started with on purpose (`filings worker --no-ocr`, `--ocr-second-pass`,
   * `--limit`): a job asking for others is refused. Settings not given follow the job.
   */
  require?: { ocr?: boolean; ocrSecondPass?: boolean; limits?: Partial<Limits> };
  onProgress?: (p: Progress) => void;
  onWarning?: (text: string) => void;
}

/** A job this worker will not run (another version, other settings, or its submission is not where the job says); Chinese message. */
export class JobRefusedError extends Error {
  override name = 'JobRefusedError';
}

/**
 * Why this worker must not run a job (Chinese), or null: the job was written by another version of
 * the program, or asks for settings other than those the worker was started with on purpose.
 */
export function refusal(data: JobData, options: Pick<JobRunOptions, 'program' | 'require'>): string | null {
  const mine = options.program;
  if (data.program.version !== mine.version || data.program.extractor !== mine.extractor) {
    return `工作进程的程序版本（${mine.version}，读取器 ${mine.extractor}）与提交任务的程序（${data.program.version}，读取器 ${data.program.extractor}）不同`;
  }
  const differences = settingDifferences(data.settings, options.require ?? {});
  return differences.length > 0 ? `工作进程启动时指定的设置与本次检查不同：${differences.join('；')}` : null;
}

function settingDifferences(asked: JobSettings, required: NonNullable<JobRunOptions['require']>): string[] {
  const onOff = (b: boolean) => (b ? '开' : '关');
  const out: string[] = [];
  if (required.ocr !== undefined && required.ocr !== asked.ocr) out.push(`文字识别 工作进程${onOff(required.ocr)}、检查要求${onOff(asked.ocr)}`);
  if (required.ocrSecondPass !== undefined && required.ocrSecondPass !== asked.ocrSecondPass) out.push(`第二遍识别 工作进程${onOff(required.ocrSecondPass)}、检查要求${onOff(asked.ocrSecondPass)}`);
  for (const [name, value] of Object.entries(required.limits ?? {}) as [keyof Limits, number][]) {
    if (asked.limits[name] !== value) out.push(`预算 ${name} 工作进程 ${value}、检查要求 ${asked.limits[name]}`);
  }
  return out;
}

/**
 * Checks the one submission of a job into its report, with the very function a local run uses
 * (checkSources: the same ids, budgets, reader pool, OCR and error boundary), on the source the
 * coordinator found: the worker does not list the coordinator's paths again. Throws
 * JobRefusedError when the job is not this worker's to run or its submission is not at its path
 * (the shared folder is not mounted here, or was changed); any other error of the run is thrown as
 * is. Both make the job fail this try, and BullMQ tries it again (possibly on another worker).
 */
export async function checkJob(data: JobData, options: JobRunOptions): Promise<Report> {
  const refused = refusal(data, options);
  if (refused) throw new JobRefusedError(refused);
  const source = submissionSource(data);
  const missing = await missingSource(source);
  if (missing) throw new JobRefusedError(`工作进程找不到申报「${data.id}」：${source.path}（${missing}；各台机器须在同一路径看到输入文件夹）`);
  const [report] = await checkSources([source], {
    pack: data.settings.pack,
    ocr: data.settings.ocr,
    ocrSecondPass: data.settings.ocrSecondPass,
    limits: data.settings.limits,
    cacheDir: options.cacheDir,
    concurrency: options.readers,
    ocrWorkers: options.ocrWorkers,
    ocrEngine: data.settings.ocr ? options.ocrEngine?.(data.settings.ocrSecondPass) : undefined,
    packs: options.packs,
    conditions: options.conditions,
    onProgress: options.onProgress,
    onWarning: options.onWarning,
  });
  return report;
}

/** Why a source is not where and what the coordinator found (Chinese), or null. An unreadable entry is reported as such by the check itself. */
async function missingSource(source: SubmissionSource): Promise<string | null> {
  if (source.type === 'unreadable') return null;
  const info = await stat(source.rawPath).catch(() => null);
  if (!info) return '路径不存在';
  const expected = source.type === 'folder' ? info.isDirectory() : info.isFile();
  return expected ? null : source.type === 'folder' ? '不是文件夹' : '不是文件';
}
