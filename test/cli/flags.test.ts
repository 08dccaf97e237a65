/**
 * The flags of `filings check` and of the program, as a table of cases: arguments → exit status,
 * stdout, stderr and the files written. Runs the built CLI (`npm run build` first; `npm test` does).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI, ROOT, runCli, type CliRun } from '../hostile/run-cli.js';

const SAMPLE = path.join(ROOT, 'corpora', 'sample');
const PASSING = path.join(SAMPLE, 'henan-01-complete-docx');
const FAILING = path.join(SAMPLE, 'henan-05-missing-and-empty');
const NEEDS_REVIEW = path.join(SAMPLE, 'henan-07-damaged-agreement');
const DOCX = path.join(SAMPLE, 'gansu-01-complete-docx', '组建申请表.docx');
const PDF = path.join(SAMPLE, 'gansu-02-complete-pdf', '组建申请表.pdf');
const VERSION = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
/** Fast and independent runs: no OCR, no cache. */
const FAST = ['--no-ocr', '--no-cache', '-j', '1'];

interface Case {
  name: string;
  /** `$OUT` is replaced by a fresh output folder. */
  args: string[];
  status: number;
  stdout?: RegExp | ((stdout: string) => void);
  /** Matched when given; a case without it expects nothing on stdout unless `stdout` is given. */
  stderr?: RegExp;
  /** Paths relative to the output folder that must exist, and those that must not. */
  files?: string[];
  noFiles?: string[];
  check?: (out: string, run: CliRun) => void;
}

function report(out: string, id: string): { verdict: string; $schema: string; submission: { documents: { format: string }[] } } {
  return JSON.parse(readFileSync(path.join(out, id, 'report.json'), 'utf8'));
}

const CASES: Case[] = [
  { name: '--version prints the package version', args: ['--version'], status: 0, stdout: new RegExp(`^${VERSION.replaceAll('.', '\\.')}\\n$`, 'u') },
  { name: '-V prints the package version', args: ['-V'], status: 0, stdout: new RegExp(`^${VERSION.replaceAll('.', '\\.')}\\n$`, 'u') },
  { name: '-h is Chinese by default and lists the exit statuses', args: ['-h'], status: 0, stdout: /^用法： filings \[选项\] \[命令\][^]*命令：[^]*check \[选项\] <path\.\.\.>[^]*退出状态：\n {2}0 [^]*\n {2}3 / },
  { name: '-h --lang en is English', args: ['-h', '--lang', 'en'], status: 0, stdout: /^Usage: filings \[options\] \[command\][^]*Commands:[^]*Exit status:\n {2}0 {2}every submission passed/ },
  {
    name: 'check -h lists the short flags, --stdout, --fail-on, the global --lang and examples (zh)',
    args: ['check', '-h'],
    status: 0,
    stdout: /用法： filings check <路径\.\.\.> \[选项\][^]*-o, --out <dir>[^]*-f, --format <list>[^]*--stdout <format>[^]*--fail-on <verdict>[^]*-q, --quiet[^]*-j, --concurrency <n>[^]*全局选项：[^]*--lang <lang>[^]*示例：[^]*退出状态：/,
  },
  { name: 'check --help --lang=en', args: ['check', '--help', '--lang=en'], status: 0, stdout: /Usage: filings check <path\.\.\.> \[options\][^]*Global Options:[^]*Examples:/ },
  { name: 'an unknown flag is bad usage, said in Chinese by default', args: ['check', PASSING, '--bogus'], status: 2, stderr: /^filings: 未知选项 --bogus（用 filings --help 查看用法）\n$/u },
  { name: 'an unknown flag in English with --lang en', args: ['--lang', 'en', 'check', PASSING, '--bogus'], status: 2, stderr: /^filings: unknown option --bogus \(see filings --help\)\n$/u },
  { name: 'a mistyped flag gets a suggestion', args: ['check', PASSING, '--quite'], status: 2, stderr: /未知选项 --quite，是否想用 --quiet？/u },
  { name: 'an unknown command', args: ['chek'], status: 2, stderr: /^filings: 未知命令 chek，是否想用 check？/u },
  { name: 'check without a path', args: ['check'], status: 2, stderr: /缺少参数 <path>/u },
  { name: 'a bad --fail-on value', args: ['check', PASSING, '--fail-on', 'warn'], status: 2, stderr: /选项 --fail-on 的取值「warn」无效：应为 needs-review, fail 之一/u },
  { name: 'a bad -j value', args: ['check', PASSING, '-j', '0'], status: 2, stderr: /选项 --concurrency 的取值「0」无效：应为不小于 1 的整数/u },
  { name: 'a bad --ocr-second-pass value', args: ['check', PASSING, '--ocr-second-pass', 'maybe'], status: 2, stderr: /选项 --ocr-second-pass 的取值「maybe」无效：应为 on, off 之一/u },
  { name: 'a bad --stdout value, in English', args: ['check', PASSING, '--stdout', 'xlsx', '--lang', 'en'], status: 2, stderr: /option --stdout: "xlsx" is not valid: expected one of json, csv, md/u },
  { name: 'a path that does not exist', args: ['check', path.join(SAMPLE, 'no-such'), '-o', '$OUT'], status: 2, stderr: /^filings: 路径不存在：.*no-such\n$/u },
  { name: 'an unknown pack', args: ['check', PASSING, '-p', 'no-such-pack', '-o', '$OUT'], status: 2, stderr: /未知的规则包「no-such-pack」/u },
  { name: 'packs show of an unknown pack, in Chinese', args: ['packs', 'show', 'no-such-pack'], status: 2, stderr: /^filings: 未知的规则包「no-such-pack」，可用：/u },
  { name: 'an --out that is a file, in Chinese', args: ['check', PASSING, '-o', path.join(SAMPLE, 'henan-01-complete-docx', 'submission.json')], status: 2, stderr: /^filings: 无法写入输出文件夹 .*submission\.json\/：已有同名文件，不是文件夹（EEXIST）\n$/u },
  { name: 'an --out that is a file, in English', args: ['check', PASSING, '-o', path.join(SAMPLE, 'henan-01-complete-docx', 'submission.json'), '--lang', 'en'], status: 2, stderr: /^filings: cannot write the output folder .*submission\.json \(EEXIST: a file of that name exists, not a folder\)\n$/u },
  { name: 'extract of a missing file, in English', args: ['extract', path.join(SAMPLE, 'no-such.docx'), '--lang', 'en'], status: 2, stderr: /^filings: no such file, or it cannot be read: /u },
  {
    name: 'several inputs: a submission folder, a single .docx and a single .pdf, with ids unique across inputs',
    args: ['check', PASSING, DOCX, PDF, '-o', '$OUT', ...FAST],
    status: 1,
    stdout: /henan-01-complete-docx[^]*组建申请表 [^]*组建申请表-2 [^]*共 3 份/u,
    files: ['henan-01-complete-docx/report.json', '组建申请表/report.json', '组建申请表-2/report.json', 'summary.json', 'summary.csv', 'red-flags.md'],
    check: (out) => {
      expect(report(out, 'henan-01-complete-docx').verdict).toBe('pass');
      expect(report(out, '组建申请表').submission.documents.map((d) => d.format)).toEqual(['docx']);
      expect(report(out, '组建申请表-2').submission.documents.map((d) => d.format)).toEqual(['pdf']);
    },
  },
  {
    name: '-q lists only the submissions with problems, with the totals',
    args: ['check', PASSING, FAILING, '-q', '-o', '$OUT', ...FAST],
    status: 1,
    stdout: (s) => {
      expect(s).toMatch(/^henan-05-missing-and-empty .*不通过/u);
      expect(s).not.toContain('henan-01-complete-docx');
      expect(s).toMatch(/共 2 份：通过 1，不通过 1/u);
    },
  },
  { name: '-q prints nothing when everything passed', args: ['check', PASSING, '-q', '-o', '$OUT', ...FAST], status: 0, stdout: /^$/u, stderr: /^$/u },
  { name: 'a submission that needs review exits 1 by default', args: ['check', NEEDS_REVIEW, '-o', '$OUT', ...FAST], status: 1, stdout: /henan-07-damaged-agreement .*待.*核实/u },
  { name: '--fail-on needs-review: needs review exits 1', args: ['check', NEEDS_REVIEW, '--fail-on', 'needs-review', '-o', '$OUT', ...FAST], status: 1 },
  { name: '--fail-on fail: needs review exits 0', args: ['check', NEEDS_REVIEW, '--fail-on', 'fail', '-o', '$OUT', ...FAST], status: 0 },
  { name: '--fail-on fail: a failure still exits 1', args: ['check', NEEDS_REVIEW, FAILING, '--fail-on', 'fail', '-o', '$OUT', ...FAST], status: 1 },
  {
    name: '--stdout json prints summary.json (with its $schema) and nothing else',
    args: ['check', PASSING, FAILING, '--stdout', 'json', '-o', '$OUT', ...FAST],
    status: 1,
    stdout: (s) => {
      const summary = JSON.parse(s);
      expect(summary.$schema).toBe('innovation-filings/schemas/summary.schema.json');
      expect(summary.rows.map((r: { submission: string; verdict: string }) => [r.submission, r.verdict])).toEqual([
        ['henan-01-complete-docx', 'pass'],
        ['henan-05-missing-and-empty', 'fail'],
      ]);
    },
    files: ['summary.json', 'henan-01-complete-docx/report.json'],
    check: (out, run) => expect(readFileSync(path.join(out, 'summary.json'), 'utf8')).toBe(run.stdout),
  },
  { name: '--stdout csv prints summary.csv', args: ['check', PASSING, '--stdout', 'csv', '-o', '$OUT', ...FAST], status: 0, stdout: /^\uFEFF?[^\n]*\n[^]*henan-01-complete-docx/u },
  {
    name: '-o and -f json write only the JSON files, each naming its schema',
    args: ['check', PASSING, '-f', 'json', '-o', '$OUT', ...FAST],
    status: 0,
    stdout: /henan-01-complete-docx .*通过/u,
    files: ['henan-01-complete-docx/report.json', 'summary.json'],
    noFiles: ['henan-01-complete-docx/report.md', 'summary.csv', 'red-flags.md'],
    check: (out) => expect(report(out, 'henan-01-complete-docx').$schema).toBe('innovation-filings/schemas/report.schema.json'),
  },
  { name: 'no progress when stderr is not a terminal', args: ['check', PASSING, '-o', '$OUT', ...FAST], status: 0, stderr: /^$/u },
];

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error(`Expected the built command line at ${CLI}, got nothing; run \`npm run build\` first (\`npm test\` does).`);
});

describe('filings flags', () => {
  it.concurrent.each(CASES)('$name', async (c) => {
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'filings-flags-')), 'out');
    const run = await runCli(c.args.map((a) => (a === '$OUT' ? out : a)), { timeoutMs: 90_000 });
    expect({ status: run.status, stderr: run.stderr }).toMatchObject({ status: c.status });
    if (typeof c.stdout === 'function') c.stdout(run.stdout);
    else if (c.stdout) expect(run.stdout).toMatch(c.stdout);
    if (c.stderr) expect(run.stderr).toMatch(c.stderr);
    for (const f of c.files ?? []) expect(existsSync(path.join(out, f)), f).toBe(true);
    for (const f of c.noFiles ?? []) expect(existsSync(path.join(out, f)), f).toBe(false);
    if (c.files && !c.noFiles) expect(readdirSync(out).length).toBeGreaterThan(0);
    c.check?.(out, run);
  });
});
