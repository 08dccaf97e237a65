/**
 * Hostile archives and names, end to end through the built CLI: a batch holding the good sample
 * submission and one submission per hostile input must finish with exit status 1, the good
 * submission still passing, one clear message per bad file, nothing written outside --out, in
 * bounded time and memory. Each input is also run alone, and its time and peak memory printed.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { craftDocx, tinyParagraphs, hugeDocument } from './craft-docx.js';
import { craftZip, type CraftEntry } from './craft-zip.js';
import { MEMORY_CAP_MB, ROOT, runCli, type CliRun } from './run-cli.js';

const GB = 1024 ** 3;
const GOOD = path.join(ROOT, 'corpora', 'sample', 'henan-01-complete-docx');
const GOOD_DOCX = readFileSync(path.join(GOOD, '附件1-构建建议书.docx'));
// 材料 and 申报书.docx in GBK, as Windows zips and `unzip` leave them.
const GBK_FOLDER = Buffer.from([0xb2, 0xc4, 0xc1, 0xcf]);
const GBK_FILE = Buffer.from([0xc9, 0xea, 0xb1, 0xa8, 0xca, 0xe9, 0x2e, 0x64, 0x6f, 0x63, 0x78]);
const BATCH_SECONDS = 60;

/** A value built on first use and kept: each input is written into two folders but crafted once. */
function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}
const zeros = (bytes: number) => [{ piece: Buffer.alloc(1 << 20), times: bytes / (1 << 20) }];
const write = (file: string, bytes: Buffer | string) => {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, bytes);
};
const docxIn = (dir: string, docx: Buffer) => write(path.join(dir, '建议书.docx'), docx);

const bomb6gb = once(() => craftZip([{ name: 'data.bin', content: zeros(6 * GB) }]));
const bombLying = once(() => craftZip([{ name: 'data.pdf', content: zeros(6 * GB), declaredSize: 100 * 1024 }]));
const docxTinyParagraphs = once(() => craftDocx({ 'word/document.xml': tinyParagraphs(3_000_000) }));
const docx3gb = once(() => craftDocx({ 'word/document.xml': hugeDocument(3 * GB) }));
const docx3gbLying = once(() => craftDocx({ 'word/document.xml': { content: hugeDocument(3 * GB), declaredSize: 100 * 1024 } }));
const manyEntries = once(() => craftZip(Array.from({ length: 150_000 }, (_, i): CraftEntry => ({ name: `f/${i}.txt`, method: 'stored' }))));

/** One hostile input: how to put it into a batch folder, and what its report must say. */
interface HostileCase {
  name: string;
  build: (batch: string) => void;
  /** Report id → what its error messages must say (one regex per bad file). */
  expect: Record<string, RegExp[]>;
}

const CASES: HostileCase[] = [
  {
    name: 'zip with one entry inflating to 6 GB',
    build: (batch) => write(path.join(batch, 'bomb-6gb.zip'), bomb6gb()),
    expect: { 'bomb-6gb': [/「data\.bin」解压后为 6 GB：超过单个文件大小上限 128 MB/u] },
  },
  {
    name: 'zip with a 6 GB entry declaring 100 KB',
    build: (batch) => write(path.join(batch, 'bomb-lying.zip'), bombLying()),
    expect: { 'bomb-lying': [/「data\.pdf」解压后的大小与压缩包记录的不符，文件已损坏/u] },
  },
  {
    name: 'DOCX of 3 million tiny paragraphs (97 MB of XML)',
    build: (batch) => docxIn(path.join(batch, 'docx-tiny-paragraphs'), docxTinyParagraphs()),
    expect: { 'docx-tiny-paragraphs': [/DOCX 部件 word\/document\.xml 解压后为 97\.3 MB：超过DOCX 单个部件解压大小上限 5 MB/u] },
  },
  {
    name: 'DOCX of 50,000 tiny paragraphs (200,000 elements in 1.7 MB)',
    build: (batch) => docxIn(path.join(batch, 'docx-many-elements'), craftDocx({ 'word/document.xml': tinyParagraphs(50_000) })),
    expect: { 'docx-many-elements': [/DOCX 部件 word\/document\.xml：超过DOCX 单个部件 XML 元素数上限 150,000/u] },
  },
  {
    name: 'DOCX whose document.xml inflates to 3 GB',
    build: (batch) => docxIn(path.join(batch, 'docx-3gb'), docx3gb()),
    expect: { 'docx-3gb': [/DOCX 部件 word\/document\.xml 解压后为 3 GB：超过DOCX 单个部件解压大小上限/u] },
  },
  {
    name: 'DOCX whose document.xml inflates to 3 GB declaring 100 KB',
    build: (batch) => docxIn(path.join(batch, 'docx-3gb-lying'), docx3gbLying()),
    expect: { 'docx-3gb-lying': [/DOCX 文件已损坏或不完整.*解压后的大小与压缩包记录的不符/u] },
  },
  {
    name: 'zip with 150,000 entries',
    build: (batch) => write(path.join(batch, 'many-entries.zip'), manyEntries()),
    expect: { 'many-entries': [/压缩包「many-entries\.zip」无法读取：压缩包有 150,000 个条目：超过压缩包条目数上限 5,000/u] },
  },
  {
    name: 'zip with zip-slip and absolute entry names',
    build: (batch) =>
      write(
        path.join(batch, 'zip-slip.zip'),
        craftZip(['../../escaped.docx', '/tmp/absolute.docx', 'C:\\Windows\\drive.docx', '..\\..\\back.docx'].map((name) => ({ name, content: GOOD_DOCX }))),
      ),
    expect: { 'zip-slip': [] },
  },
  {
    name: 'zip with GBK entry names and no UTF-8 flag',
    build: (batch) => write(path.join(batch, 'gbk-entries.zip'), craftZip([{ name: Buffer.concat([GBK_FOLDER, Buffer.from('/'), GBK_FILE]), content: GOOD_DOCX, utf8: false }])),
    expect: { 'gbk-entries': [] },
  },
  {
    name: 'folder and file named in raw GBK bytes',
    build: (batch) => {
      const folder = Buffer.concat([Buffer.from(batch), Buffer.from('/'), GBK_FOLDER]);
      mkdirSync(folder);
      writeFileSync(Buffer.concat([folder, Buffer.from('/'), GBK_FILE]), GOOD_DOCX);
    },
    expect: { 材料: [] },
  },
  {
    name: 'zips nested in a zip',
    build: (batch) => {
      const inner = craftZip([{ name: '建议书.docx', content: GOOD_DOCX }]);
      const deep = craftZip([{ name: 'level2.zip', content: craftZip([{ name: 'level3.zip', content: inner }]) }]);
      write(path.join(batch, 'nested.zip'), craftZip([{ name: 'inner.zip', content: inner }, { name: 'deep.zip', content: deep }]));
    },
    expect: { nested: [/这是压缩包（ZIP）：申报材料中的压缩包不会解开/u, /这是压缩包（ZIP）：申报材料中的压缩包不会解开/u] },
  },
  {
    name: 'an Excel workbook',
    build: (batch) => write(path.join(batch, 'xlsx', '成员名单.xlsx'), craftZip([{ name: '[Content_Types].xml', content: Buffer.from('<Types/>') }, { name: 'xl/workbook.xml', content: Buffer.from('<workbook/>') }])),
    expect: { xlsx: [/这是 Excel 表格（\.xlsx），不是 Word 文档；请转换为 DOCX 或 PDF/u] },
  },
  {
    name: 'a symbolic link and a FIFO',
    build: (batch) => {
      const dir = path.join(batch, 'links');
      docxIn(dir, GOOD_DOCX);
      symlinkSync('/etc/passwd', path.join(dir, 'link.docx'));
      execFileSync('mkfifo', [path.join(dir, 'pipe.pdf')]);
    },
    expect: { links: [/「link\.docx」是符号链接/u, /「pipe\.pdf」不是普通文件/u] },
  },
  {
    name: 'a damaged zip',
    build: (batch) => write(path.join(batch, 'broken.zip'), Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(2000, 0x41)])),
    expect: { broken: [/^压缩包已损坏，无法打开：「broken\.zip」/u] },
  },
  {
    name: 'names a\\nb, a:b, a_b and ...zip',
    build: (batch) => {
      for (const name of ['a\nb', 'a:b', 'a_b']) docxIn(path.join(batch, name), GOOD_DOCX);
      write(path.join(batch, '...zip'), craftZip([{ name: 'x.docx', content: GOOD_DOCX }]));
    },
    expect: { a_b: [], 'a_b-2': [], 'a_b-3': [], __: [] },
  },
];

let root = '';

/** Every path under a folder but `skip`, with its size, to show nothing else was written (names read as bytes: some are GBK). */
function tree(dir: Buffer, skip: Buffer): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true, encoding: 'buffer' })) {
    const full = Buffer.concat([dir, Buffer.from('/'), e.name]);
    if (full.equals(skip)) continue;
    out.push(`${full.toString('hex')}:${e.isDirectory() ? 'd' : e.isFile() ? statSync(full).size : 'o'}`);
    if (e.isDirectory()) out.push(...tree(full, skip));
  }
  return out.sort();
}

function reportsIn(out: string): Map<string, Report> {
  const reports = new Map<string, Report>();
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name === 'report.json') {
        const report = JSON.parse(readFileSync(full, 'utf8')) as Report;
        reports.set(report.submission.id, report);
      }
    }
  };
  walk(out);
  return reports;
}

const errorTexts = (report: Report) => report.messages.filter((m) => m.level === 'error').map((m) => m.text);

function expectMessages(reports: Map<string, Report>, expected: Record<string, RegExp[]>): void {
  for (const [id, patterns] of Object.entries(expected)) {
    const report = reports.get(id);
    expect(report, `a report for ${id}`).toBeDefined();
    const errors = errorTexts(report!);
    for (const pattern of patterns) expect(errors.filter((e) => pattern.test(e)).length, `${id}: ${pattern} in ${JSON.stringify(errors)}`).toBeGreaterThanOrEqual(1);
    expect(errors.filter((e) => /DOCX 文件已损坏|申报文件夹中没有文件/u.test(e) && !patterns.some((p) => p.test(e))), `${id}: no misleading message`).toEqual([]);
  }
}

function expectBounded(run: CliRun, what: string, seconds: number): void {
  console.log(`${what}: ${(run.ms / 1000).toFixed(1)} s, peak RSS ${run.peakRssMb} MB, exit ${run.status}`);
  expect(run.killedFor, `${what} was not killed`).toBeUndefined();
  expect(run.status, `${what}: exit status 1 (${run.stderr.slice(0, 2000)})`).toBe(1);
  expect(run.ms).toBeLessThan(seconds * 1000);
  expect(run.peakRssMb).toBeLessThan(MEMORY_CAP_MB);
}

beforeAll(() => {
  expect(existsSync(path.join(ROOT, 'dist', 'src', 'cli.js')), 'the CLI is built (npm run build)').toBe(true);
  root = mkdtempSync(path.join(os.tmpdir(), 'filings-unpacking-'));
  const batch = path.join(root, 'batch');
  cpSync(GOOD, path.join(batch, 'henan-01-complete-docx'), { recursive: true });
  for (const c of CASES) {
    c.build(batch);
    const alone = path.join(root, 'cases', c.name.replace(/[^A-Za-z0-9]+/gu, '-'));
    mkdirSync(alone, { recursive: true });
    c.build(alone);
  }
}, 300_000);

describe('hostile archives and names end to end', () => {
  it('checks the whole batch: status 1, the good submission passes, one clear message per bad file, nothing written outside --out', async () => {
    const out = path.join(root, 'out');
    const snapshot = () => tree(Buffer.from(root), Buffer.from(out));
    const before = snapshot();
    const run = await runCli(['check', path.join(root, 'batch'), '--out', out, '--no-cache', '--quiet']);
    expectBounded(run, 'whole batch', BATCH_SECONDS);
    expect(snapshot()).toEqual(before);
    const summary = JSON.parse(readFileSync(path.join(out, 'summary.json'), 'utf8')) as { rows: { submission: string; verdict: string }[] };
    expect(summary.rows.find((r) => r.submission === 'henan-01-complete-docx')?.verdict).toBe('pass');
    const reports = reportsIn(out);
    for (const c of CASES) expectMessages(reports, c.expect);
    expect([...reports.keys()].filter((id) => id === '..' || id === '.' || id.includes('/'))).toEqual([]);
    expect(reports.get('zip-slip')!.submission.documents.map((d) => d.file).sort()).toEqual(['Windows/drive.docx', 'back.docx', 'escaped.docx', 'tmp/absolute.docx']);
    expect(reports.get('gbk-entries')!.submission.documents.map((d) => d.file)).toEqual(['材料/申报书.docx']);
    expect(reports.get('材料')!.submission.documents.map((d) => [d.file, d.quality])).toEqual([['申报书.docx', 'good']]);
  }, 180_000);

  it.each(CASES.map((c) => [c.name, c] as const))('%s, alone: status 1 in bounded time and memory', async (_name, c) => {
    const alone = path.join(root, 'cases', c.name.replace(/[^A-Za-z0-9]+/gu, '-'));
    const out = path.join(root, 'out-alone', path.basename(alone));
    const run = await runCli(['check', alone, '--out', out, '--no-cache', '--quiet']);
    expectBounded(run, c.name, BATCH_SECONDS);
    expectMessages(reportsIn(out), c.expect);
  }, 120_000);

  it('gives a zip named ...zip checked on its own a safe id', async () => {
    const out = path.join(root, 'out-dots');
    const run = await runCli(['check', path.join(root, 'batch', '...zip'), '--out', out, '--no-cache', '--quiet']);
    expect(run.status).toBe(1);
    expect([...reportsIn(out).keys()]).toEqual(['__']);
    expect(existsSync(path.join(out, '__'))).toBe(true);
  }, 120_000);
});
