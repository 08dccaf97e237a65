/**
 * `filings corpus` on the command line (the built CLI, as a user runs it): usage errors and their
 * exit status in both languages, the help, and a run and its resumption with the summary printed.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../hostile/run-cli.js';
import { SAMPLE, TEST_CACHE, tempDir } from '../corpus/corpus-fixture.js';

const ONE = path.join(SAMPLE, 'henan-01-complete-docx');
const FAST = ['--no-ocr', '--cache-dir', TEST_CACHE, '-j', '2'];

let dir = '';
beforeAll(() => {
  dir = tempDir('corpus-cli');
});

describe('filings corpus', () => {
  it('is bad usage (2) without --out, said in Chinese by default and in English with --lang en', async () => {
    const zh = await runCli(['corpus', ONE]);
    expect(zh.status).toBe(2);
    expect(zh.stderr).toBe('filings: 缺少 --out <dir>：数据集要写入的文件夹\n');
    const en = await runCli(['corpus', ONE, '--lang', 'en']);
    expect(en.status).toBe(2);
    expect(en.stderr).toMatch(/^filings: missing --out <dir>/u);
  });

  it('is bad usage for a path that does not exist, an unknown pack and an --out that is a file, before any work', async () => {
    const missing = await runCli(['corpus', path.join(SAMPLE, 'no-such'), '-o', path.join(dir, 'x')]);
    expect([missing.status, missing.stderr]).toEqual([2, expect.stringMatching(/^filings: 路径不存在：.*no-such\n$/u)]);
    expect(existsSync(path.join(dir, 'x'))).toBe(false);
    const pack = await runCli(['corpus', ONE, '-o', path.join(dir, 'y'), '-p', 'no-such-pack']);
    expect([pack.status, pack.stderr]).toEqual([2, expect.stringMatching(/未知的规则包「no-such-pack」/u)]);
    const file = await runCli(['corpus', ONE, '-o', path.join(ONE, 'submission.json')]);
    expect([file.status, file.stderr]).toEqual([2, expect.stringMatching(/^filings: 无法写入输出文件夹 .*submission\.json/u)]);
  });

  it('shows its options, examples and exit statuses in the help', async () => {
    const help = await runCli(['corpus', '-h']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/用法： filings corpus <路径\.\.\.> --out <dir> \[选项\][^]*--pseudonymize[^]*--salt <text>[^]*--no-ocr[^]*--cache-dir <dir>[^]*示例：[^]*退出状态：\n {2}0 {2}数据集已写出/u);
    const top = await runCli(['-h']);
    expect(top.stdout).toMatch(/corpus \[选项\] <path\.\.\.>/u);
  });

  it('writes the dataset and exits 0 whatever the verdicts, then resumes a second run from its state', async () => {
    const out = path.join(dir, 'dataset');
    const failing = path.join(SAMPLE, 'henan-05-missing-and-empty');
    const first = await runCli(['corpus', ONE, failing, '-o', out, ...FAST]);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/^共 2 份申报（本次审查 2 份，沿用 0 份），用时 [\d.]+s。数据集：.*dataset\n {2}corpus\.duckdb，parquet\/ 与 csv\/ 下 \d+ 个表和视图/u);
    for (const f of ['corpus.duckdb', 'corpus.md', 'corpus.html', 'codebook.json', 'parquet/submissions.parquet', 'csv/members.csv']) expect(existsSync(path.join(out, f)), f).toBe(true);
    const second = await runCli(['corpus', ONE, failing, '-o', out, ...FAST, '--lang', 'en']);
    expect(second.status).toBe(0);
    expect(second.stdout).toMatch(/^2 submissions \(0 checked, 2 resumed\)/u);
  }, 120_000);
});
