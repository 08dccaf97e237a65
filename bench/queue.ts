/**
 * Scale-out benchmark: `check --queue` with `filings worker` processes on a Redis of its own.
 * - Scanned submissions (the sample's scans, copied `copies` times under other names, no cache):
 *   wall time with one worker process and with two (runs in the order one, two, two, one), each
 *   worker standing for a machine of its own: a
 *   reader thread and an OCR worker (`-j 1 --cpus 1`), pinned to a core of its own with `taskset`
 *   where there is one (a reader and an OCR worker unpinned would share both cores of a two-core
 *   machine, and one process would already use all of it). Workers are long-lived: before the
 *   clock starts, each reads one scanned job (its OCR models load, its code warms up: 3–5 s more
 *   than the same job later), and that time is printed apart. Target: two processes at least 1.7×
 *   as fast as one.
 * - Born-digital submissions (the sample without its scans, bench/stage.ts): the queue path
 *   (coordinator here, one worker process with the whole machine, `-j cores --cpus cores`) against
 *   the local path (checkBatch here, concurrency = cores), both warm, no cache, in pairs of runs
 *   back to back (local first and queue first in turn): the overhead is the median of the pairs'
 *   ratios, of wall time and of CPU time (this process and the worker: what the queue costs even
 *   when other processes load the machine). Target: the queue path at most 10 % slower (wall).
 *   The queue's reports are checked to be those of the local run.
 * Workers are started before the clock starts (they are long-lived); the queue is emptied
 * before each run, so that no report is collected from an earlier one.
 *
 * Call `benchQueue()` and print `formatQueueBench(result)`, or run `node dist/bench/queue.js`
 * from the repository root (it needs redis-server, and taskset for the pinned scan figures).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants, readFileSync } from 'node:fs';
import { cp, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import { CONDITIONS } from '../checks/conditions/index.js';
import { PACKS } from '../checks/packs/index.js';
import { EXTRACTOR_VERSION } from '../extractors/formats/index.js';
import type { Report } from '../src/model/report.js';
import { checkBatch } from '../src/pipeline/run.js';
import { checkOnQueue } from '../src/queue/coordinator.js';
import { parseQueueUrl, type QueueUrl } from '../src/queue/queue-url.js';
import { packageInfo } from '../src/commands/package-info.js';
import { round } from './figures.js';
import { startRedis } from './redis-server.js';
import { stageBatch } from './stage.js';
import { median } from './timing.js';

/** The built CLI beside this file (dist/bench → dist/src/cli.js); the sample as bench/run.ts finds it, from the repository root. */
const CLI = path.join(import.meta.dirname, '..', 'src', 'cli.js');
const SAMPLE = path.resolve('corpora', 'sample');

/** Targets of the issue: two worker processes ≥ 1.7× one on scans; the queue ≤ 10 % slower than local on born-digital files. */
export const QUEUE_TARGETS = { scaling: 1.7, overhead: 0.1 } as const;

export interface QueueBenchOptions {
  /**
   * Copies of each scanned submission of the sample (default 4: 12 jobs, of very unequal lengths,
   * enough for two workers to end close together).
   */
  copies?: number;
  /** Timed runs of each scanned side, in the order one, two, two, one… (default 2; the median of two is their mean). */
  scanRuns?: number;
  /** Timed pairs of born-digital runs (local and queue back to back), after a warm-up pair (default 21: runs of about 2 s vary by ±20 % as the machine's load changes, and the median of 11 pairs still moved by 5 points from one bench to the next). */
  runs?: number;
  /** A Redis to use (its data is flushed); default: a redis-server of its own. */
  redisUrl?: string;
}

/** One measured side: wall times, and CPU times of every process taking part (this one and the workers), ms. */
export interface Side {
  wallMs: number[];
  cpuMs: number[];
  medianWallMs: number;
  medianCpuMs: number;
}

export interface QueueBenchResult {
  cores: number;
  node: string;
  /** 1-minute load average before and after: other processes on the machine skew wall times (CPU times much less). */
  load: [number, number];
  scanned: {
    submissions: number;
    pinned: boolean;
    /** The warm-up job each worker process read before the clock started: the submission copied, and the wall time of each warm-up, ms. */
    warmUp: { submission: string; wallMs: number[] };
    one: Side;
    two: Side;
    submissionsPerMin: { one: number; two: number };
    scaling: number;
    pass: boolean;
  };
  bornDigital: { submissions: number; files: number; local: Side; queue: Side; overhead: number; cpuOverhead: number; identical: boolean; pass: boolean };
}

function side(wallMs: number[], cpuMs: number[]): Side {
  return { wallMs: wallMs.map((x) => round(x)), cpuMs: cpuMs.map((x) => round(x)), medianWallMs: round(median(wallMs)), medianCpuMs: round(median(cpuMs)) };
}

/** CPU time (user + system, all threads) of a process so far, ms, from /proc; 0 where there is no /proc. */
function processCpuMs(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /su, '').split(' ');
    // utime and stime are fields 14 and 15 of stat (12 and 13 after the command name), in clock ticks of 10 ms.
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

function ownCpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Runs `fn`, measuring its wall time and the CPU time of this process and of `workers`. */
async function measured<T>(fn: () => Promise<T>, workers: readonly ChildProcess[] = []): Promise<{ wallMs: number; cpuMs: number; value: T }> {
  const cpu = () => ownCpuMs() + workers.reduce((sum, w) => sum + processCpuMs(w.pid), 0);
  const cpu0 = cpu();
  const start = process.hrtime.bigint();
  const value = await fn();
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  return { wallMs, cpuMs: cpu() - cpu0, value };
}

/** Linux's taskset, which pins a process to cores, or null. */
function taskset(): string | null {
  try {
    accessSync('/usr/bin/taskset', constants.X_OK);
    return '/usr/bin/taskset';
  } catch {
    return null;
  }
}

/** A `filings worker` child process and what it has written on stderr so far (one line per job started and done). */
interface WorkerProcess {
  child: ChildProcess;
  stderr(): string;
}

/** A `filings worker` child process (on core `core` only, when given and taskset exists), resolved once it is connected. */
async function startWorker(url: string, args: readonly string[], core?: number): Promise<WorkerProcess> {
  const command = [process.execPath, CLI, 'worker', '--queue', url, '--no-cache', ...args];
  const pin = core === undefined ? null : taskset();
  const child = pin ? spawn(pin, ['-c', String(core), ...command], { stdio: ['ignore', 'ignore', 'pipe'] }) : spawn(command[0], command.slice(1), { stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  await new Promise<void>((resolve, reject) => {
    child.stderr!.setEncoding('utf8').on('data', (d: string) => {
      err += d;
      if (/已连接/u.test(err)) resolve();
    });
    child.once('exit', () => reject(new Error(`worker ended: ${err}`)));
  });
  return { child, stderr: () => err };
}

async function stopWorkers(workers: WorkerProcess[]): Promise<void> {
  await Promise.all(workers.map(({ child: w }) => new Promise<void>((resolve) => (w.exitCode !== null ? resolve() : (w.once('exit', () => resolve()), w.kill('SIGTERM'))))));
}

async function flush(url: QueueUrl): Promise<void> {
  const client = new Redis({ host: url.host, port: url.port, db: url.db });
  await client.flushdb();
  client.disconnect();
}

/** The sample's scanned submissions (folder names). */
async function sampleScans(): Promise<string[]> {
  return (await readdir(SAMPLE)).filter((name) => /scan/u.test(name));
}

/** The sample's scanned submissions, each copied `copies` times under its own name, in a new folder. */
async function scannedBatch(copies: number): Promise<{ dir: string; submissions: number }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'filings-bench-scans-'));
  const scans = await sampleScans();
  for (const name of scans) for (let k = 1; k <= copies; k++) await cp(path.join(SAMPLE, name), path.join(dir, `${name}-${k}`), { recursive: true });
  return { dir, submissions: scans.length * copies };
}

/** Bytes of the files in a folder (not below it). */
async function folderBytes(dir: string): Promise<number> {
  const entries = await readdir(dir, { withFileTypes: true });
  const sizes = await Promise.all(entries.filter((e) => e.isFile()).map(async (e) => (await stat(path.join(dir, e.name))).size));
  return sizes.reduce((a, b) => a + b, 0);
}

/** `workers` copies of the sample's largest scanned submission, each a submission folder of its own: one warm-up job for each worker process. */
async function warmUpBatch(workers: number): Promise<{ dir: string; paths: string[]; submission: string }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'filings-bench-warm-'));
  const scans = await sampleScans();
  const bytes = await Promise.all(scans.map((name) => folderBytes(path.join(SAMPLE, name))));
  const submission = scans[bytes.indexOf(Math.max(...bytes))];
  const paths = Array.from({ length: workers }, (_, k) => path.join(dir, `warm-up-${k + 1}`));
  for (const copy of paths) await cp(path.join(SAMPLE, submission), copy, { recursive: true });
  return { dir, paths, submission };
}

/** Jobs a worker has started, from its stderr. */
function jobsStarted(worker: WorkerProcess): number {
  return worker.stderr().split('\n').filter((line) => / 开始 /u.test(line)).length;
}

/** Runs the benchmark and returns its figures (see the file's comment). */
export async function benchQueue(options: QueueBenchOptions = {}): Promise<QueueBenchResult> {
  const cores = Math.max(1, os.availableParallelism());
  const runs = options.runs ?? 21;
  const own = options.redisUrl ? null : await startRedis();
  const url = parseQueueUrl(options.redisUrl ?? own!.url);
  const program = { version: packageInfo().version, extractor: EXTRACTOR_VERSION };
  const onQueue = (paths: string | string[]) => checkOnQueue(paths, { queue: url, program, packs: PACKS, conditions: CONDITIONS });
  const load0 = os.loadavg()[0];
  const scans = await scannedBatch(options.copies ?? 4);
  const warm = await warmUpBatch(2);
  const staged = await stageBatch(SAMPLE);
  try {
    // 1. Scans: one worker process, then two, each a one-core machine; the sides alternate.
    const warmUps: number[] = [];
    const scanRun = async (n: number) => {
      await flush(url);
      const workers = await Promise.all(Array.from({ length: n }, (_, i) => startWorker(url.shown, ['--cpus', '1', '-j', '1'], i % cores)));
      try {
        // Workers are long-lived: each reads its first scanned job before the clock starts, as the born-digital sides get a warm-up run.
        const warmed = await measured(() => onQueue(warm.paths.slice(0, n)));
        if (workers.some((w) => jobsStarted(w) !== 1)) throw new Error(`warm-up jobs did not go one to each worker: ${workers.map(jobsStarted).join(', ')}`);
        warmUps.push(warmed.wallMs);
        await flush(url);
        return await measured(() => onQueue(scans.dir), workers.map((w) => w.child));
      } finally {
        await stopWorkers(workers);
      }
    };
    const scan = { one: { wall: [] as number[], cpu: [] as number[] }, two: { wall: [] as number[], cpu: [] as number[] } };
    for (let i = 0; i < (options.scanRuns ?? 2); i++) {
      // One, two, two, one…: a slower minute of the machine weighs on both sides.
      const order = [[1, scan.one], [2, scan.two]] as const;
      for (const [n, into] of i % 2 === 0 ? order : [...order].reverse()) {
        const r = await scanRun(n);
        into.wall.push(r.wallMs);
        into.cpu.push(r.cpuMs);
      }
    }
    const one = side(scan.one.wall, scan.one.cpu);
    const two = side(scan.two.wall, scan.two.cpu);
    const scaling = round(one.medianWallMs / two.medianWallMs, 3);
    const perMin = (s: Side) => round((scans.submissions * 60_000) / s.medianWallMs);

    // 2. Born-digital: the local path against the queue path, both warm, in pairs.
    const worker = await startWorker(url.shown, ['--cpus', String(cores), '-j', String(cores)]);
    const local = { wall: [] as number[], cpu: [] as number[] };
    const queued = { wall: [] as number[], cpu: [] as number[] };
    let localReports: Report[] = [];
    let queueReports: Report[] = [];
    try {
      const runLocal = () => measured(() => checkBatch(staged.dir, { cacheDir: null, concurrency: cores, packs: PACKS, conditions: CONDITIONS }));
      const runQueue = async () => {
        await flush(url);
        return measured(() => onQueue(staged.dir), [worker.child]);
      };
      for (let i = 0; i <= runs; i++) {
        // Each pair runs back to back, in turn local first and queue first (properties are evaluated in the order written).
        const pair = i % 2 === 0 ? { local: await runLocal(), queue: await runQueue() } : { queue: await runQueue(), local: await runLocal() };
        localReports = pair.local.value;
        queueReports = pair.queue.value;
        // The first pair warms both up.
        if (i === 0) continue;
        local.wall.push(pair.local.wallMs);
        local.cpu.push(pair.local.cpuMs);
        queued.wall.push(pair.queue.wallMs);
        queued.cpu.push(pair.queue.cpuMs);
      }
    } finally {
      await stopWorkers([worker]);
    }
    const l = side(local.wall, local.cpu);
    const q = side(queued.wall, queued.cpu);
    // The median of the pairs' ratios: each pair ran back to back, so a slower minute of the machine slows both of its runs (a median of each side would mix them).
    const pairedOverhead = (queue: number[], localRuns: number[]) => round(median(queue.map((x, k) => x / localRuns[k])) - 1, 3);
    const overhead = pairedOverhead(queued.wall, local.wall);
    return {
      cores,
      node: process.version,
      load: [round(load0), round(os.loadavg()[0])],
      scanned: { submissions: scans.submissions, pinned: taskset() !== null, warmUp: { submission: warm.submission, wallMs: warmUps.map((x) => round(x)) }, one, two, submissionsPerMin: { one: perMin(one), two: perMin(two) }, scaling, pass: scaling >= QUEUE_TARGETS.scaling },
      bornDigital: {
        submissions: staged.submissions.length,
        files: staged.files.length,
        local: l,
        queue: q,
        overhead,
        cpuOverhead: pairedOverhead(queued.cpu, local.cpu),
        identical: JSON.stringify(queueReports) === JSON.stringify(localReports),
        pass: overhead <= QUEUE_TARGETS.overhead,
      },
    };
  } finally {
    await rm(scans.dir, { recursive: true, force: true });
    await rm(warm.dir, { recursive: true, force: true });
    await rm(staged.dir, { recursive: true, force: true });
    await own?.stop();
  }
}

/** The figures as a few lines of text. */
export function formatQueueBench(r: QueueBenchResult): string {
  const s = r.scanned;
  const b = r.bornDigital;
  const pass = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
  const sec = (ms: number) => (ms / 1000).toFixed(2);
  // CPU ÷ wall: the cores the side actually had (below the cores it could use when other processes took some).
  const runs = (x: Side) => `wall ${x.wallMs.map(sec).join('/')} s, CPU ${x.cpuMs.map(sec).join('/')} s, cores busy ${(x.medianCpuMs / x.medianWallMs).toFixed(2)}`;
  return [
    `queue bench: node ${r.node}, ${r.cores} cores, 1-minute load average ${r.load[0]} → ${r.load[1]} (other processes lengthen wall times, not CPU times)`,
    `scanned: ${s.submissions} submissions (the sample's scans, copied), no cache, each worker process -j 1 --cpus 1${s.pinned ? ', pinned to a core of its own (taskset)' : ' (not pinned: no taskset)'}`,
    `  before the clock, each worker process reads one copy of ${s.warmUp.submission} (its first scanned job: ${s.warmUp.wallMs.map(sec).join('/')} s)`,
    `  1 worker process:   ${sec(s.one.medianWallMs)} s, ${s.submissionsPerMin.one.toFixed(2)} submissions/min (${runs(s.one)})`,
    `  2 worker processes: ${sec(s.two.medianWallMs)} s, ${s.submissionsPerMin.two.toFixed(2)} submissions/min (${runs(s.two)})`,
    `${pass(s.pass)} scaling ≥ ${QUEUE_TARGETS.scaling}×: ${s.scaling}×`,
    `born-digital: ${b.submissions} submissions, ${b.files} files, no cache, ${b.local.wallMs.length} warm pairs of runs back to back (local first and queue first in turn)`,
    `  local checkBatch (concurrency ${r.cores}):                          ${sec(b.local.medianWallMs)} s wall, ${sec(b.local.medianCpuMs)} s CPU (${runs(b.local)})`,
    `  check --queue, one worker process (-j ${r.cores} --cpus ${r.cores}), both processes: ${sec(b.queue.medianWallMs)} s wall, ${sec(b.queue.medianCpuMs)} s CPU (${runs(b.queue)})`,
    `  reports identical to the local run's: ${b.identical}; CPU overhead (median of the pairs) ${(b.cpuOverhead * 100).toFixed(1)} %; ratio of the sides' medians ${((b.queue.medianWallMs / b.local.medianWallMs - 1) * 100).toFixed(1)} % (wall)`,
    `${pass(b.pass)} queue overhead ≤ ${QUEUE_TARGETS.overhead * 100} % (wall, median of the pairs): ${(b.overhead * 100).toFixed(1)} %`,
    `QUEUE_BENCH_JSON ${JSON.stringify(r)}`,
  ].join('\n');
}

// `node dist/bench/queue.js`: run and print.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.stdout.write(`${formatQueueBench(await benchQueue())}\n`);
}
