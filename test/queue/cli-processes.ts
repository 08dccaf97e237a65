/**
 * The built CLI (`dist/src/cli.js`) as long-running child processes a test can watch and kill:
 * `filings worker` processes and `filings check --queue` coordinators, their stderr lines kept as
 * they come. Also the comparison of two output folders.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { expect } from 'vitest';
import { CLI, ROOT } from '../hostile/run-cli.js';

export interface CliProcess {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Resolves with the first stderr line matching `pattern` (rejects after `timeoutMs`, or when the process ends first). */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<string>;
  /** Resolves when the process has ended. */
  exited: Promise<{ status: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts `filings <args…>` from the repository root. */
export function startCli(args: readonly string[], env: NodeJS.ProcessEnv = {}): CliProcess {
  const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  let ended = false;
  child.stdout!.setEncoding('utf8').on('data', (d: string) => (out += d));
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (err += d));
  const exited = new Promise<{ status: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('close', (status, signal) => {
      ended = true;
      resolve({ status, signal });
    }),
  );
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    exited,
    async waitFor(pattern, timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const line = err.split('\n').find((l) => pattern.test(l));
        if (line !== undefined) return line;
        if (ended) throw new Error(`process ended without printing ${pattern}; stderr:\n${err}`);
        if (Date.now() > deadline) throw new Error(`no ${pattern} within ${timeoutMs} ms; stderr:\n${err}`);
        await sleep(50);
      }
    },
  };
}

/** Starts a `filings worker` on the queue and waits until it is connected. */
export async function startWorker(url: string, args: readonly string[] = [], env: NodeJS.ProcessEnv = {}): Promise<CliProcess> {
  const worker = startCli(['worker', '--queue', url, '--lock-seconds', String(LOCK_SECONDS), ...args], env);
  await worker.waitFor(/工作进程 .* 已连接/u, 30_000);
  return worker;
}

/** The job lock of test workers, seconds: a killed worker's job goes to another within about 1.5 times this. */
export const LOCK_SECONDS = 4;

/** Ends a process that may still run (SIGKILL) and waits for it. */
export async function stop(p: CliProcess): Promise<void> {
  if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGKILL');
  await p.exited;
}

/** Every file under `dir`, relative with `/` separators, sorted. */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/**
 * Expects two output folders to hold the same files with the same bytes. summary.xlsx is compared
 * by name only: an xlsx is a zip whose entries carry the time they were written.
 */
export async function expectSameOutputs(actual: string, expected: string): Promise<void> {
  const files = await filesUnder(expected);
  expect(await filesUnder(actual)).toEqual(files);
  for (const file of files.filter((f) => !f.endsWith('.xlsx'))) {
    const [a, b] = await Promise.all([readFile(path.join(actual, file), 'utf8'), readFile(path.join(expected, file), 'utf8')]);
    expect(a, file).toBe(b);
  }
}

/** Submission ids of the `开始 <id>[（第 n 次）]` lines of a worker's stderr, in order. */
export function startedIds(stderr: string): string[] {
  return [...stderr.matchAll(/ 开始 ([^\s（]+)/gu)].map((m) => m[1]);
}
