import { execFile } from 'node:child_process';
import type { BenchFile } from './stage.js';

/** The native tool used for each format, with its arguments for one file (output to stdout). */
export const TOOLS = {
  pdf: { cmd: 'pdftotext', args: (file: string) => ['-layout', file, '-'] },
  docx: { cmd: 'pandoc', args: (file: string) => ['-t', 'html', file] },
} as const;

/** Per-file limits so that one bad file cannot hang or exhaust the benchmark. */
const EXEC_LIMITS = { timeout: 120_000, maxBuffer: 512 * 1024 * 1024, encoding: 'buffer' as const, windowsHide: true };

export interface NativeFailure {
  file: string;
  tool: string;
  error: string;
}

export interface NativeRun {
  attempted: number;
  outputBytes: number;
  failures: NativeFailure[];
}

function exec(cmd: string, args: string[]): Promise<{ stdout: Buffer; error: (Error & { code?: unknown }) | null }> {
  return new Promise((resolve) => {
    execFile(cmd, args, EXEC_LIMITS, (error, stdout) => resolve({ stdout: stdout ?? Buffer.alloc(0), error }));
  });
}

/** Whether a command is installed: `which`, or, when `which` itself is missing, running it and catching ENOENT. */
export async function isInstalled(cmd: string): Promise<boolean> {
  const which = await exec('which', [cmd]);
  if (!which.error) return true;
  if (which.error.code !== 'ENOENT') return false;
  const probe = await exec(cmd, ['--version']);
  return probe.error?.code !== 'ENOENT';
}

/** Runs `worker` over `items` with at most `concurrency` in flight. */
export async function pool<T>(items: readonly T[], concurrency: number, worker: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, async () => {
    while (next < items.length) await worker(items[next++]);
  });
  await Promise.all(lanes);
}

/** Extracts every file with its native tool; a file the tool fails on is recorded, not fatal. */
export async function runNative(files: readonly BenchFile[], concurrency: number): Promise<NativeRun> {
  const run: NativeRun = { attempted: 0, outputBytes: 0, failures: [] };
  await pool(files, concurrency, async (file) => {
    const tool = TOOLS[file.format];
    run.attempted++;
    const { stdout, error } = await exec(tool.cmd, tool.args(file.abs));
    run.outputBytes += stdout.length;
    const name = `${file.submission}/${file.rel}`;
    if (error) run.failures.push({ file: name, tool: tool.cmd, error: firstLine(error.message.split(file.abs).join(name)) });
  });
  return run;
}

function firstLine(text: string): string {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  return lines.slice(0, 2).join(' | ').slice(0, 200);
}
