/**
 * `filings check --queue` with `filings worker` processes on a real Redis, through the built CLI:
 * the reports are those of a local `filings check`, byte for byte (batch flags included); a worker
 * killed with SIGKILL in the middle of a job loses nothing; a job that keeps failing becomes its
 * submission's error report; a coordinator killed and run again collects what is done and
 * enqueues nothing again; SIGTERM lets a worker finish its job, a second one hands it back.
 */
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { QUEUE_NAME, TEST_DELAY_ENV } from '../../src/queue/queue-config.js';
import { ROOT, runCli, type CliRun } from '../hostile/run-cli.js';
import { expectSameOutputs, startCli, startedIds, startWorker, stop, type CliProcess } from './cli-processes.js';
import { startRedis, type RedisServer } from './redis-server.js';
import { until } from './until.js';

const SAMPLE = path.join(ROOT, 'corpora', 'sample');
/** Born-digital submissions: four of one city over its quota (one late, one inflated) and one with a damaged file. */
const BATCH = ['gansu-demo-01-meets-all', 'gansu-demo-02-two-unmet', 'gansu-demo-03-late', 'gansu-demo-04-over-quota', 'henan-07-damaged-agreement'];
/** Test workers wait this long at the start of each job, so that a job can be interrupted half-way (ms). */
const delay = (ms: number) => ({ [TEST_DELAY_ENV]: String(ms) });

let redis: RedisServer;
let tmp = '';
let batch = '';
let reference = '';
let local: CliRun;
const processes: CliProcess[] = [];

async function worker(args: string[] = [], env: NodeJS.ProcessEnv = {}): Promise<CliProcess> {
  const w = await startWorker(redis.url, ['--no-cache', ...args], env);
  processes.push(w);
  return w;
}

function coordinator(out: string, paths: string[] = [batch]): CliProcess {
  const c = startCli(['check', ...paths, '--queue', redis.url, '--out', out]);
  processes.push(c);
  return c;
}

/** Jobs of the queue in each state. */
async function jobCounts(): Promise<Record<string, number>> {
  const queue = new Queue(QUEUE_NAME, { connection: { host: '127.0.0.1', port: redis.port } });
  try {
    return await queue.getJobCounts('waiting', 'active', 'completed', 'failed', 'delayed');
  } finally {
    await queue.close();
  }
}

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'filings-queue-'));
  batch = path.join(tmp, 'batch');
  for (const id of BATCH) await cp(path.join(SAMPLE, id), path.join(batch, id), { recursive: true });
  reference = path.join(tmp, 'local');
  [redis, local] = await Promise.all([startRedis(), runCli(['check', batch, '--out', reference, '--no-cache'])]);
  expect(local.status, local.stderr).toBe(1);
});

beforeEach(async () => {
  const client = new Redis(redis.port, '127.0.0.1');
  await client.flushall();
  client.disconnect();
});

afterEach(async () => {
  await Promise.all(processes.splice(0).map(stop));
});

afterAll(async () => {
  await redis?.stop();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe('filings check --queue with filings worker processes', () => {
  it('writes the same outputs, summary and exit status as a local filings check', async () => {
    const workers = await Promise.all([worker(), worker()]);
    const out = path.join(tmp, 'queued');
    const run = coordinator(out);
    const { status } = await run.exited;
    expect(status, run.stderr()).toBe(local.status);
    await expectSameOutputs(out, reference);
    expect(run.stdout().replaceAll(out, 'OUT')).toBe(local.stdout.replaceAll(reference, 'OUT'));
    expect(workers.flatMap((w) => startedIds(w.stderr())).sort()).toEqual([...BATCH].sort());
  });

  it('keeps finished jobs and their reports in Redis as long as --keep-days says', async () => {
    await worker();
    const run = startCli(['check', path.join(batch, BATCH[0]), '--queue', redis.url, '--out', path.join(tmp, 'kept'), '--keep-days', '2']);
    processes.push(run);
    const { status } = await run.exited;
    expect(status, run.stderr()).not.toBe(2);
    const queue = new Queue(QUEUE_NAME, { connection: { host: '127.0.0.1', port: redis.port } });
    try {
      const jobs = await queue.getJobs(['completed']);
      expect(jobs.map((j) => [j.opts.removeOnComplete, j.opts.removeOnFail])).toEqual([[{ age: 2 * 24 * 3600 }, { age: 2 * 24 * 3600 }]]);
    } finally {
      await queue.close();
    }
  });

  it('gives the job of a worker killed with SIGKILL half-way to the other worker: every submission reported once', async () => {
    const [a, b] = await Promise.all([worker([], delay(1000)), worker([], delay(1000))]);
    const out = path.join(tmp, 'killed');
    const run = coordinator(out);
    const first = await Promise.race([a, b].map(async (w) => (await w.waitFor(/ 开始 /u), w)));
    const killedId = startedIds(first.stderr())[0];
    first.child.kill('SIGKILL');
    const survivor = first === a ? b : a;
    const { status } = await run.exited;
    expect(status, run.stderr()).toBe(local.status);
    await expectSameOutputs(out, reference);
    const summary = JSON.parse(await readFile(path.join(out, 'summary.json'), 'utf8')) as { rows: { submission: string }[] };
    expect(summary.rows.map((r) => r.submission).sort()).toEqual([...BATCH].sort());
    expect(startedIds(survivor.stderr())).toContain(killedId);
    expect(new Set(startedIds(survivor.stderr())).size).toBe(startedIds(survivor.stderr()).length);
  });

  it('turns a job that fails on every try (its submission vanished) into that submission\'s error report; the rest are checked', async () => {
    const poisoned = path.join(tmp, 'poisoned');
    for (const id of ['gansu-01-complete-docx', 'henan-01-complete-docx', 'henan-03-too-few-members']) await cp(path.join(SAMPLE, id), path.join(poisoned, id), { recursive: true });
    const out = path.join(tmp, 'poisoned-out');
    const run = coordinator(out, [poisoned]);
    await run.waitFor(/队列：新任务 3/u);
    await rm(path.join(poisoned, 'henan-01-complete-docx'), { recursive: true });
    const w = await worker();
    const { status } = await run.exited;
    expect(status, run.stderr()).toBe(1);
    const report = async (id: string) => JSON.parse(await readFile(path.join(out, id, 'report.json'), 'utf8')) as { verdict: string; messages: { text: string }[] };
    const vanished = await report('henan-01-complete-docx');
    expect(vanished.verdict).toBe('error');
    expect(vanished.messages[0].text).toMatch(/^无法审查：队列任务失败（已尝试 3 次）：工作进程找不到申报「henan-01-complete-docx」：.*henan-01-complete-docx（路径不存在；/u);
    expect((await report('gansu-01-complete-docx')).verdict).toBe('pass');
    expect((await report('henan-03-too-few-members')).verdict).toBe('fail');
    expect(w.stderr()).toMatch(/失败 henan-01-complete-docx（第 3 次，不再重试）/u);
  });

  it('resumes after the coordinator is killed: the jobs done are collected, none is enqueued again, no temporary file is left', async () => {
    const w = await worker([], delay(1000));
    const out = path.join(tmp, 'resumed');
    const first = coordinator(out);
    await until(async () => (await jobCounts()).completed >= 2);
    first.child.kill('SIGKILL');
    await first.exited;
    // What a kill in the middle of writing a report leaves: the killed process's temporary file, in a folder it was writing.
    const [folder] = (await readdir(out, { withFileTypes: true })).filter((e) => e.isDirectory());
    await writeFile(path.join(out, folder!.name, `.${first.child.pid}-0123456789abcdef.tmp`), '{"half": ');
    const again = coordinator(out);
    const { status } = await again.exited;
    expect(status, again.stderr()).toBe(local.status);
    expect(again.stderr()).toMatch(/队列：新任务 0，已完成 [2-5]，/u);
    await expectSameOutputs(out, reference);
    const counts = await jobCounts();
    expect(counts.completed).toBe(BATCH.length);
    expect(startedIds(w.stderr()).sort()).toEqual([...BATCH].sort());
  });

  it('lets a worker given SIGTERM finish the job in hand, then exit 0', async () => {
    const w = await worker([], delay(1000));
    const out = path.join(tmp, 'sigterm');
    const run = coordinator(out, [path.join(SAMPLE, 'henan-01-complete-docx')]);
    await w.waitFor(/ 开始 henan-01-complete-docx/u);
    w.child.kill('SIGTERM');
    expect(await w.exited).toEqual({ status: 0, signal: null });
    expect(w.stderr()).toMatch(/正在停止[^]*完成 henan-01-complete-docx：通过[^]*已停止/u);
    expect((await run.exited).status, run.stderr()).toBe(0);
    expect(JSON.parse(await readFile(path.join(out, 'henan-01-complete-docx', 'report.json'), 'utf8')).verdict).toBe('pass');
  });

  it('lets a worker given a second SIGTERM hand its job back and exit at once; another worker checks it', async () => {
    const a = await worker([], delay(30_000));
    const out = path.join(tmp, 'handed-back');
    const run = coordinator(out, [path.join(SAMPLE, 'henan-01-complete-docx')]);
    await a.waitFor(/ 开始 henan-01-complete-docx/u);
    a.child.kill('SIGTERM');
    await a.waitFor(/正在停止/u);
    a.child.kill('SIGTERM');
    expect(await a.exited).toEqual({ status: 0, signal: null });
    expect(a.stderr()).toMatch(/已交还队列 henan-01-complete-docx/u);
    const b = await worker();
    expect((await run.exited).status, run.stderr()).toBe(0);
    expect(b.stderr()).toMatch(/ 开始 henan-01-complete-docx（第 2 次）[^]* 完成 henan-01-complete-docx：通过/u);
  });
});
