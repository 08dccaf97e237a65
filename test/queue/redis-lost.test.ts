/**
 * A Redis that goes away while `check --queue` waits for its jobs (coordinator and worker in this
 * process, on a real redis-server): gone for longer than the coordinator waits, the run stops with
 * QueueUnavailableError (`lost`) instead of hanging; back in time, even empty (restarted without
 * persistence), the coordinator enqueues its jobs again and every submission is reported.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, afterAll, describe, expect, it } from 'vitest';
import { CONDITIONS } from '../../checks/conditions/index.js';
import { PACKS } from '../../checks/packs/index.js';
import { QueueUnavailableError } from '../../src/queue/connection.js';
import { checkOnQueue, type CoordinatorEvent } from '../../src/queue/coordinator.js';
import { parseQueueUrl } from '../../src/queue/queue-url.js';
import { startQueueWorker, type QueueWorker } from '../../src/queue/worker.js';
import { ROOT } from '../hostile/run-cli.js';
import { startRedis, type RedisServer } from './redis-server.js';
import { until } from './until.js';

const SAMPLE = path.join(ROOT, 'corpora', 'sample');
const BATCH = ['henan-01-complete-docx', 'gansu-01-complete-docx'];
const PROGRAM = { version: 'test', extractor: 'test' };

let tmp = '';
let batch = '';
const servers: RedisServer[] = [];
const workers: QueueWorker[] = [];

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'filings-redis-lost-'));
  batch = path.join(tmp, 'batch');
  for (const id of BATCH) await cp(path.join(SAMPLE, id), path.join(batch, id), { recursive: true });
});

afterEach(async () => {
  await Promise.all(workers.splice(0).map((w) => w.handBack()));
  await Promise.all(servers.splice(0).map((s) => s.stop()));
});

afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe('check --queue when Redis goes away while it waits', () => {
  it('stops with QueueUnavailableError (lost) once Redis has been gone longer than it waits, and says so when it goes', async () => {
    const redis = await startRedis();
    servers.push(redis);
    const events: CoordinatorEvent[] = [];
    // No worker: the jobs stay waiting, and the coordinator with them.
    const run = checkOnQueue(batch, { queue: parseQueueUrl(redis.url), program: PROGRAM, packs: PACKS, conditions: CONDITIONS, ocr: false, sweepMs: 100, lostAfterMs: 1500, onQueueEvent: (e) => events.push(e) });
    const outcome = run.then(
      () => null,
      (err: unknown) => err,
    );
    await until(() => events.some((e) => e.type === 'enqueued'));
    await redis.stop();
    const gone = Date.now();
    const err = await outcome;
    expect(err).toBeInstanceOf(QueueUnavailableError);
    expect((err as QueueUnavailableError).reason).toBe('lost');
    expect((err as QueueUnavailableError).url).toBe(redis.url);
    // Its 1.5 s of waiting, a retry every half second, and a loaded machine: never the hang of a run without a limit.
    expect(Date.now() - gone).toBeLessThan(10_000);
    expect(events.filter((e) => e.type === 'redis-error')).toHaveLength(1);
  });

  it('goes on when Redis comes back in time, empty: its jobs are enqueued again and every submission is reported once', async () => {
    const first = await startRedis();
    servers.push(first);
    const url = parseQueueUrl(first.url);
    const events: CoordinatorEvent[] = [];
    const reported: string[] = [];
    const run = checkOnQueue(batch, {
      queue: url,
      program: PROGRAM,
      packs: PACKS,
      conditions: CONDITIONS,
      ocr: false,
      sweepMs: 100,
      lostAfterMs: 30_000,
      onQueueEvent: (e) => events.push(e),
      onReport: (r) => void reported.push(r.submission.id),
    });
    await until(() => events.some((e) => e.type === 'enqueued'));
    await first.stop();
    await until(() => events.some((e) => e.type === 'redis-error'));
    // The same address, nothing in it: the jobs enqueued before are gone.
    servers.push(await startRedis({ port: url.port }));
    workers.push(await startQueueWorker({ url, concurrency: 2, readers: 1, ocrWorkers: 1, cacheDir: null, packs: PACKS, conditions: CONDITIONS, program: PROGRAM }));
    const reports = await run;
    expect(reports.map((r) => r.submission.id)).toEqual([...BATCH].sort());
    expect(reports.map((r) => r.verdict)).not.toContain('error');
    expect(reported.sort()).toEqual([...BATCH].sort());
  });
});
