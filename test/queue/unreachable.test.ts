/**
 * A Redis that does not answer, through the built CLI: `check --queue` and `filings worker` say so
 * in one line naming the address, exit with status 2 (as an --out that cannot be written), and
 * never hang; a value that is not a Redis address is a usage error before anything else.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../hostile/run-cli.js';
import { freePort } from './redis-server.js';

const SUBMISSION = path.join(ROOT, 'corpora', 'sample', 'henan-01-complete-docx');
/** What "within a few seconds" means here: the connect timeout (3 s), starting the CLI, a loaded machine. */
const PROMPT_MS = 10_000;

let tmp = '';
let url = '';

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'filings-unreachable-'));
  // A port nobody listens on: connecting is refused at once.
  url = `redis://127.0.0.1:${await freePort()}`;
});

afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe('a Redis queue that does not answer', () => {
  it('stops filings check --queue with status 2 and one line naming the address', async () => {
    const run = await runCli(['check', SUBMISSION, '--queue', url, '--out', path.join(tmp, 'out')], { timeoutMs: 30_000 });
    expect(run.killedFor).toBeUndefined();
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`filings: 无法连接 Redis 队列 ${url}（ECONNREFUSED）；请确认 Redis 已启动、地址和端口正确、网络可达\n`);
    expect(run.stdout).toBe('');
    expect(run.ms).toBeLessThan(PROMPT_MS);
  });

  it('stops filings worker with status 2, in English with --lang en', async () => {
    const run = await runCli(['worker', '--queue', url, '--lang', 'en'], { timeoutMs: 30_000 });
    expect(run.killedFor).toBeUndefined();
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`filings: cannot connect to the Redis queue ${url} (ECONNREFUSED); is Redis running, and are the host and port right?\n`);
    expect(run.ms).toBeLessThan(PROMPT_MS);
  });

  it('gives up on a host that never answers within the connect timeout', async () => {
    // 192.0.2.0/24 is reserved for documentation (RFC 5737): packets to it go nowhere.
    const run = await runCli(['worker', '--queue', 'redis://192.0.2.1:6379'], { timeoutMs: 30_000 });
    expect(run.killedFor).toBeUndefined();
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^filings: 无法连接 Redis 队列 redis:\/\/192\.0\.2\.1:6379（/u);
    expect(run.ms).toBeLessThan(PROMPT_MS);
  });
});

describe('--queue values that are not a Redis address', () => {
  it.each([
    ['http://127.0.0.1:6379', '（只支持 redis:// 和 rediss://）'],
    ['redis://127.0.0.1:6379/x', '（库号应为整数）'],
    ['127.0.0.1:6379', ''],
  ])('rejects %s as bad usage (status 2) before connecting', async (value, why) => {
    const run = await runCli(['check', SUBMISSION, '--queue', value, '--out', path.join(tmp, 'bad')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`filings: 选项 --queue 的取值「${value}」无效：应为 redis://主机:端口[/库号]${why}（用 filings --help 查看用法）\n`);
  });

  it('takes --keep-days only with --queue, and only a whole number of days from 1', async () => {
    const alone = await runCli(['check', SUBMISSION, '--keep-days', '3', '--out', path.join(tmp, 'keep')]);
    expect(alone.status).toBe(2);
    expect(alone.stderr).toMatch(/^filings: --keep-days 只用于 --queue（本机审查不在 Redis 中保留任何内容）/u);
    const zero = await runCli(['check', SUBMISSION, '--queue', 'redis://127.0.0.1:6379', '--keep-days', '0', '--out', path.join(tmp, 'keep')]);
    expect(zero.status).toBe(2);
    expect(zero.stderr).toMatch(/^filings: 选项 --keep-days 的取值「0」无效/u);
  });

  it('asks for --queue when filings worker has none', async () => {
    const run = await runCli(['worker']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('filings: 缺少 --queue（redis://主机:端口[/库号]）（用 filings --help 查看用法）\n');
  });
});
