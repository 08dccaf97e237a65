/**
 * Runs the built CLI (`dist/src/cli.js`, built by `npm test` before vitest starts) in a child
 * process, as a user would, and measures it: wall time and peak resident memory (VmHWM of the
 * child, polled from /proc). A child whose resident memory passes the cap is killed, so a blow-up
 * fails its test instead of taking the machine down.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.join(import.meta.dirname, '..', '..');
export const CLI = path.join(ROOT, 'dist', 'src', 'cli.js');
/** Peak memory every hostile run must stay under (MB). */
export const MEMORY_CAP_MB = 1024;

export interface CliRun {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
  /** Highest resident set size seen, MB. */
  peakRssMb: number;
  /** Killed by the harness for passing the memory cap or the time limit. */
  killedFor?: 'memory' | 'time';
}

export interface CliRunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Killed after this long (default 120 s). */
  timeoutMs?: number;
  /** Killed above this resident memory (default MEMORY_CAP_MB × 1.5, so that the peak is still reported). */
  killAboveMb?: number;
}

function residentKb(pid: number, field: 'VmHWM' | 'VmRSS'): number {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'mu').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** Runs `filings <args…>` and resolves when it exits. */
export function runCli(args: readonly string[], options: CliRunOptions = {}): Promise<CliRun> {
  const started = Date.now();
  const child = spawn(process.execPath, [CLI, ...args], { cwd: options.cwd ?? ROOT, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  let peakKb = 0;
  let killedFor: CliRun['killedFor'];
  const killAboveKb = (options.killAboveMb ?? MEMORY_CAP_MB * 1.5) * 1024;
  const poll = setInterval(() => {
    if (child.pid === undefined) return;
    peakKb = Math.max(peakKb, residentKb(child.pid, 'VmHWM'));
    if (peakKb > killAboveKb && !killedFor) {
      killedFor = 'memory';
      child.kill('SIGKILL');
    }
  }, 25);
  const timer = setTimeout(() => {
    killedFor ??= 'time';
    child.kill('SIGKILL');
  }, options.timeoutMs ?? 120_000);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status, signal) => {
      clearInterval(poll);
      clearTimeout(timer);
      resolve({ status, signal, stdout, stderr, ms: Date.now() - started, peakRssMb: Math.round(peakKb / 1024), ...(killedFor ? { killedFor } : {}) });
    });
  });
}
