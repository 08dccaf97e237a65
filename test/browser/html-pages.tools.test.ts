/**
 * report.html and index.html in a real browser: Debian's Chromium driven by puppeteer-core over the
 * outputs of the sample batch (checked in-process and written by OutputFolder), opened from file://.
 * Screenshots and the print PDF are saved under test/artifacts/ and their paths printed.
 */
import { cp, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONDITIONS } from '../../checks/conditions/index.js';
import { PACKS } from '../../checks/packs/index.js';
import { ReportSchema, type Report } from '../../src/model/report.js';
import { batchFindings } from '../../src/pipeline/batch-rules.js';
import { attachBatchFlags } from '../../src/pipeline/red-flags.js';
import { checkBatch } from '../../src/pipeline/run.js';
import { OutputFolder } from '../../src/report/output-folder.js';
import { safeId } from '../../src/model/safe-id.js';

const SAMPLE = path.resolve('corpora/sample');
const ARTIFACTS = path.resolve('test/artifacts');
const HOSTILE_ID = 'hostile-names';
/** Payloads that set window.__pwned if they ever run. */
const PAYLOADS = {
  alliance: '<img src=x onerror="window.__pwned=\'img\'">联盟',
  pack: '<script>window.__pwned="script"</script>项目',
  flag: '"><svg onload="window.__pwned=\'svg\'">',
};

let out: string;
let work: string;
let browser: Browser;
let reports: Report[];

/** A report with the payloads in its alliance name, program title and a red flag (ids are made safe by ingest, so they go in here). */
function hostile(r: Report): Report {
  return ReportSchema.parse({
    ...r,
    pack: r.pack && { ...r.pack, title: PAYLOADS.pack },
    facts: { ...r.facts, allianceName: { value: PAYLOADS.alliance, status: 'found', confidence: 1, evidence: [{ file: 'x.docx', ref: '', quote: PAYLOADS.flag }] } },
    flags: [{ id: 'batch.deadline', label: '逾期报送', effect: 'fail', message: PAYLOADS.flag, evidence: [] }],
  });
}

/** Opens a page from file://, collecting console errors and page errors. */
async function open(file: string, width = 1440): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.setViewport({ width, height: 900 });
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  return { page, errors };
}

async function shot(page: Page, name: string): Promise<string> {
  const file = path.join(ARTIFACTS, name);
  await page.screenshot({ path: file as `${string}.png`, fullPage: true });
  console.log(`screenshot: ${path.relative(process.cwd(), file)}`);
  return file;
}

/** The submission ids of the visible rows, top to bottom. */
function visibleIds(page: Page): Promise<string[]> {
  return page.$$eval('#submissions tbody tr[data-verdict]', (rows) => rows.filter((r) => !(r as HTMLElement).hidden).map((r) => r.querySelector('td a')!.textContent!));
}

const reportOf = (id: string) => path.join(out, safeId(id), 'report.html');

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'filings-browser-'));
  const batch = path.join(work, 'batch');
  await mkdir(batch);
  for (const entry of await readdir(SAMPLE)) await cp(path.join(SAMPLE, entry), path.join(batch, entry), { recursive: true });
  await cp(path.join(SAMPLE, 'henan-01-complete-docx'), path.join(batch, HOSTILE_ID), { recursive: true });
  const checked = await checkBatch(batch, { packs: PACKS, conditions: CONDITIONS, cacheDir: path.join(os.tmpdir(), 'filings-browser-cache') });
  // As `filings check` does: the batch rules' flags (超出推荐名额, 逾期报送) go on the reports they concern.
  const findings = batchFindings(checked, PACKS);
  reports = attachBatchFlags(checked, findings).map((r) => (r.submission.id === HOSTILE_ID ? hostile(r) : r));
  out = path.join(work, 'out');
  const outputs = await OutputFolder.open(out);
  for (const r of reports) await outputs.writeSubmission(r, ['json', 'html']);
  await outputs.writeBatch(reports, ['json', 'html'], findings);
  await outputs.finish();
  await mkdir(ARTIFACTS, { recursive: true });
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [...(root ? ['--no-sandbox'] : []), '--disable-gpu', '--allow-file-access-from-files'],
  });
});

afterAll(async () => {
  await browser?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

describe('index.html in Chromium', () => {
  it('shows every submission, the failing-conditions chart as inline SVG, and logs no errors', async () => {
    const { page, errors } = await open(path.join(out, 'index.html'));
    expect(await visibleIds(page)).toHaveLength(reports.length);
    expect(await page.$eval('#conditions-chart svg', (s) => s.getBoundingClientRect().height)).toBeGreaterThan(100);
    expect(await page.$('script[src], link[rel=stylesheet]')).toBeNull();
    expect(await page.$eval('#shown-count', (e) => e.textContent)).toBe(`显示 ${reports.length} / ${reports.length} 份`);
    // Batch problems (quota, deadline flags of the reports) come before the table.
    const batchFlags = new Set(reports.flatMap((r) => r.flags.filter((f) => f.id.startsWith('batch.')).map((f) => f.message)));
    expect(batchFlags.size).toBeGreaterThanOrEqual(3); // the sample's quota and deadline, and the hostile flag
    expect(await page.$$eval('#batch-problems li', (li) => li.length)).toBe(batchFlags.size);
    expect(await page.$eval('#batch-problems', (e) => e.getBoundingClientRect().top)).toBeLessThan(await page.$eval('#submissions', (e) => e.getBoundingClientRect().top));
    // Fluid: the table uses the width of a wide window, not a fixed 1100 px column.
    expect(await page.$eval('#submissions', (t) => t.getBoundingClientRect().width)).toBeGreaterThan(1300);
    await shot(page, 'index.png');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('sorts rows by a column, both ways', async () => {
    const { page, errors } = await open(path.join(out, 'index.html'));
    const before = await visibleIds(page);
    await page.click('#submissions thead th:nth-child(1) button');
    const up = await visibleIds(page);
    expect(up).toEqual([...before].sort((a, b) => new Intl.Collator('zh-CN', { numeric: true }).compare(a, b)));
    await page.click('#submissions thead th:nth-child(1) button');
    expect(await visibleIds(page)).toEqual([...up].reverse());
    // By verdict: failures first.
    await page.click('#submissions thead th:nth-child(4) button');
    const verdicts = await page.$$eval('#submissions tbody tr[data-verdict]', (rows) => rows.map((r) => (r as HTMLElement).dataset.verdict));
    expect(verdicts[0]).toBe('fail');
    expect(verdicts.at(-1)).toBe('pass');
    expect(await page.$eval('#submissions thead th:nth-child(4)', (th) => th.getAttribute('aria-sort'))).toBe('ascending');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('filters rows by verdict, by text and by red flags', async () => {
    const { page, errors } = await open(path.join(out, 'index.html'));
    await page.select('#filter-verdict', 'pass');
    const passing = reports.filter((r) => r.verdict === 'pass').map((r) => r.submission.id);
    expect((await visibleIds(page)).sort()).toEqual([...passing].sort());
    expect(passing.length).toBeLessThan(reports.length);
    await page.select('#filter-verdict', '');
    await page.type('#filter-text', 'henan-0');
    const henan = await visibleIds(page);
    expect(henan.length).toBeGreaterThan(0);
    expect(henan.every((id) => id.startsWith('henan-0'))).toBe(true);
    await page.$eval('#filter-text', (e) => {
      (e as HTMLInputElement).value = '';
      e.dispatchEvent(new Event('input'));
    });
    await page.click('#filter-flags');
    const flagged = reports.filter((r) => r.flags.length > 0).map((r) => r.submission.id);
    expect((await visibleIds(page)).sort()).toEqual([...flagged].sort());
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps injected names and messages inert text', async () => {
    const { page, errors } = await open(path.join(out, 'index.html'));
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    const text = await page.$eval('body', (b) => b.textContent ?? '');
    expect(text).toContain(PAYLOADS.alliance);
    expect(text).toContain(PAYLOADS.pack);
    expect(await page.$$('#submissions img, #submissions tbody script, #submissions svg')).toHaveLength(0);
    await page.close();
    const report = await open(reportOf(HOSTILE_ID));
    expect(await report.page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(await report.page.$$('img, script')).toHaveLength(0);
    expect(await report.page.$eval('h1', (h) => h.textContent)).toBe(`形式审查报告：${PAYLOADS.alliance}`);
    expect([...errors, ...report.errors]).toEqual([]);
    await report.page.close();
  });

  it('prints as an A4 landscape digest: controls hidden, table and chart kept', async () => {
    const { page, errors } = await open(path.join(out, 'index.html'), 1123);
    await page.emulateMediaType('print');
    expect(await page.$eval('.controls', (e) => getComputedStyle(e).display)).toBe('none');
    expect(await page.$eval('#conditions-chart svg', (e) => getComputedStyle(e).display)).not.toBe('none');
    expect(await page.$eval('#submissions', (e) => getComputedStyle(e).tableLayout)).toBe('fixed');
    await shot(page, 'index-print.png');
    const pdfPath = path.join(ARTIFACTS, 'index-print.pdf');
    const pdf = await page.pdf({ landscape: true, format: 'A4', printBackground: true, path: pdfPath });
    expect(Buffer.from(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    console.log(`print PDF: ${path.relative(process.cwd(), pdfPath)}`);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('report.html in Chromium', () => {
  it('shows a failing report with its failures first', async () => {
    const failing = reports.find((r) => r.verdict === 'fail' && r.conditions.some((c) => c.status === 'pass') && r.conditions.at(0)?.status !== 'fail')
      ?? reports.find((r) => r.verdict === 'fail')!;
    const { page, errors } = await open(reportOf(failing.submission.id), 1280);
    expect(await page.$eval('.banner .verdict strong', (e) => e.textContent)).toBe('不通过');
    const statuses = await page.$$eval('section.cond', (s) => s.map((e) => (e as HTMLElement).dataset.status));
    expect(statuses[0]).toBe('fail');
    expect(statuses.indexOf('pass') === -1 || statuses.lastIndexOf('fail') < statuses.indexOf('pass')).toBe(true);
    // Conditions carry their Chinese titles; evidence is never a JSON pointer.
    expect(await page.$eval('section.cond h3', (h) => h.textContent)).toMatch(/[\u4e00-\u9fff]/u);
    expect(await page.$eval('main', (m) => m.textContent)).not.toMatch(/\/blocks\/\d+/u);
    await shot(page, 'report-fail.png');
    await page.emulateMediaType('print');
    const pdf = await page.pdf({ format: 'A4' });
    expect(Buffer.from(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows a passing self-evaluation with its claimed-vs-computed chart', async () => {
    const scored = reports.find((r) => r.verdict === 'pass' && r.score?.indicators.some((i) => i.claimed !== undefined)) ?? reports.find((r) => r.verdict === 'pass')!;
    const { page, errors } = await open(reportOf(scored.submission.id), 1280);
    expect(await page.$eval('.banner .verdict strong', (e) => e.textContent)).toBe('通过');
    if (scored.score?.indicators.some((i) => i.claimed !== undefined)) {
      expect(await page.$eval('#score-chart svg', (s) => s.getBoundingClientRect().height)).toBeGreaterThan(100);
    }
    await shot(page, 'report-pass.png');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('folds extra evidence into details that open on a click', async () => {
    const many = reports.find((r) => r.conditions.some((c) => c.evidence.length > 3));
    expect(many, 'a sample report with more than three evidence items on a condition').toBeDefined();
    const { page, errors } = await open(reportOf(many!.submission.id));
    const details = await page.$('details.more-evidence');
    expect(details).not.toBeNull();
    await page.click('details.more-evidence summary');
    expect(await page.$eval('details.more-evidence', (d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});

// Keep the written outputs inspectable when debugging: FILINGS_BROWSER_KEEP=1 copies them to test/artifacts/out.
afterAll(async () => {
  if (process.env.FILINGS_BROWSER_KEEP && out) await cp(out, path.join(ARTIFACTS, 'out'), { recursive: true }).then(() => writeFile(path.join(ARTIFACTS, 'out', '.kept'), ''));
});
