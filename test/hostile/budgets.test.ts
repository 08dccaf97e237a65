/**
 * Work budgets, the document cache and the output folder under hostile conditions, end to end
 * through the built CLI in a child process: a PDF of 2,000 blank pages, a page of 5 m × 5 m, a
 * TIFF declaring 400 megapixels in 389 KB, a TIFF of 60 scanned pages, a cache that cannot be written or was edited, an
 * output folder that cannot be written. The good submission beside them keeps its verdict, every
 * limit that stopped reading is named, and time and peak memory stay bounded.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { blankPdf } from './craft-pdf.js';
import { blankA4, greyTiff, tiffBomb } from './craft-tiff.js';
import { MEMORY_CAP_MB, ROOT, runCli, type CliRun } from './run-cli.js';

const GOOD = path.join(ROOT, 'corpora', 'sample', 'henan-01-complete-docx');
const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'filings-budgets-'));
const report = (out: string, id: string): Report => JSON.parse(readFileSync(path.join(out, id, 'report.json'), 'utf8'));
const texts = (r: Report) => r.messages.map((m) => m.text).join('\n');
const measured = (name: string, run: CliRun) => console.log(`${name}: exit ${run.status}, ${(run.ms / 1000).toFixed(1)} s, peak RSS ${run.peakRssMb} MB`);

function withFile(batch: string, id: string, name: string, bytes: Buffer): void {
  mkdirSync(path.join(batch, id), { recursive: true });
  writeFileSync(path.join(batch, id, name), bytes);
}

describe('work budgets', () => {
  let out = '';
  let run: CliRun;
  beforeAll(async () => {
    const batch = tmp();
    out = path.join(tmp(), 'out');
    cpSync(GOOD, path.join(batch, 'a-good'), { recursive: true });
    withFile(batch, 'blank-2000-pages', '申请表.pdf', blankPdf({ pages: 2000 }));
    withFile(batch, 'huge-page', '申请表.pdf', blankPdf({ pages: 1, width: 14_400, height: 14_400 }));
    withFile(batch, 'tiff-bomb', '扫描件.tif', tiffBomb(20_000, 20_000));
    // 60 scanned A4 pages in one TIFF: decoded all at once they held 1.3 GB.
    withFile(batch, 'tiff-60-pages', '扫描件.tif', greyTiff(Array(60).fill(blankA4(200)), 200));
    run = await runCli(['check', batch, '--out', out, '--no-cache', '--pack', 'henan-2020-alliance-application'], { timeoutMs: 180_000 });
    measured('budgets batch', run);
  }, 200_000);

  it('finishes with exit status 1 in bounded time and memory, the good submission still passing', () => {
    expect(run.killedFor).toBeUndefined();
    expect(run.status).toBe(1);
    expect(run.peakRssMb).toBeLessThan(MEMORY_CAP_MB);
    expect(run.ms).toBeLessThan(120_000);
    expect(report(out, 'a-good').verdict).toBe('pass');
  });

  it('OCRs at most the per-file page budget of a 2,000-page PDF and names the limit for the rest, undecided rather than failed', () => {
    const r = report(out, 'blank-2000-pages');
    expect(texts(r)).toMatch(/第 61–2000 页无法读取：本页未识别：超过单个文件文字识别页数上限 60/u);
    expect(r.verdict).toBe('needs-review');
  });

  it('refuses to render a page above the pixel budget and says so', () => {
    expect(texts(report(out, 'huge-page'))).toMatch(/第 1 页无法读取：页面按 200 dpi 渲染为 40000×40000 像素：超过单张图像像素数上限/u);
  });

  it('reads a 60-page TIFF page by page (its memory is within the bound above), every page accounted for', () => {
    const r = report(out, 'tiff-60-pages');
    expect(r.submission.documents.map((d) => d.pages)).toEqual([60]);
    expect(texts(r)).toMatch(/第 1–60 页无法读取：扫描页未识别出文字/u);
  });

  it('refuses a TIFF above the pixel budget from its header, before decoding it', () => {
    const r = report(out, 'tiff-bomb');
    expect(texts(r)).toMatch(/TIFF 第 1 幅图像 20000×20000 像素：超过单张图像像素数上限 60,000,000/u);
    expect(r.verdict).toBe('error');
  });
});

describe('files refused at ingest', () => {
  it('are documents that could not be read: a complete submission with two files over the size budget needs review, never fails', async () => {
    const out = path.join(tmp(), 'out');
    const run = await runCli(['check', GOOD, '--out', out, '--no-cache', '--limit', 'fileBytes=4.5KB']);
    const r = report(out, path.basename(GOOD));
    expect(run.status).toBe(1);
    expect(r.verdict).toBe('needs-review');
    expect(r.conditions.filter((c) => c.status === 'fail')).toEqual([]);
    expect(r.submission.documents.filter((d) => d.quality === 'error').map((d) => d.file).sort()).toEqual(['附件1-构建建议书.docx', '附件4-联盟协议书.docx']);
    expect(texts(r)).toMatch(/超过单个文件大小上限 4\.5 KB/u);
  });
});

describe('the document cache', () => {
  it('is a warning, not a failed file, when it cannot be written, and leaves no temporary file', async () => {
    const dir = tmp();
    const blocker = path.join(dir, 'not-a-folder');
    writeFileSync(blocker, '');
    const run = await runCli(['check', GOOD, '--out', path.join(dir, 'out'), '--cache-dir', path.join(blocker, 'cache')]);
    measured('unwritable cache', run);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/警告：缓存目录 .*无法写入（ENOTDIR），本次运行不再写入缓存/u);
    expect(report(path.join(dir, 'out'), path.basename(GOOD)).verdict).toBe('pass');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('parses a file again when its cached Doc was edited, so the report does not change', async () => {
    const dir = tmp();
    const cache = path.join(dir, 'cache');
    const first = await runCli(['check', GOOD, '--out', path.join(dir, 'out1'), '--cache-dir', cache]);
    expect(first.status).toBe(0);
    for (const f of readdirSync(cache)) {
      const file = path.join(cache, f);
      writeFileSync(file, readFileSync(file, 'utf8').replaceAll('有限公司', '无限公司'));
    }
    const second = await runCli(['check', GOOD, '--out', path.join(dir, 'out2'), '--cache-dir', cache]);
    const id = path.basename(GOOD);
    const strip = (r: Report) => JSON.stringify(r.facts);
    expect(strip(report(path.join(dir, 'out2'), id))).toBe(strip(report(path.join(dir, 'out1'), id)));
    expect(second.status).toBe(0);
  });
});

describe('the output folder', () => {
  it('is checked before any work: an --out that is a file is bad usage (exit 2) with a clear message', async () => {
    const dir = tmp();
    const file = path.join(dir, 'out');
    writeFileSync(file, 'mine');
    const run = await runCli(['check', GOOD, '--out', file]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/无法写入输出文件夹 .*out\/：已有同名文件，不是文件夹/u);
    expect(readFileSync(file, 'utf8')).toBe('mine');
  });

  it('refuses an empty --out as bad usage (exit 2)', async () => {
    const run = await runCli(['check', GOOD, '--out', '']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/无法写入输出文件夹/u);
  });

  it('treats --format "" as bad usage (exit 2), not as a run that writes nothing', async () => {
    const run = await runCli(['check', GOOD, '--format', '', '--out', path.join(tmp(), 'out')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/至少要给出一种格式/u);
  });

  it('names a budget a user mistyped and exits 2', async () => {
    const run = await runCli(['check', GOOD, '--limit', 'pages=3', '--out', path.join(tmp(), 'out')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/未知的预算「pages」/u);
  });
});
