/**
 * Hostile names through the real command line: a batch whose submission folders and file names
 * try to become spreadsheet formulas, Markdown headings, live HTML or to hide their extension
 * behind a right-to-left override. Every output must show them as inert text, the good
 * submission keeps its verdict, and nothing is written outside --out.
 */
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv, RAW_BIDI, readsAsFormula } from '../report/hostile-text.js';
import { ROOT, runCli, type CliRun } from './run-cli.js';
import { INDEX_SCRIPT } from '../../src/report/html/index-script.js';

const GOOD_ID = 'henan-01-complete-docx';
const GOOD = path.join(ROOT, 'corpora', 'sample', GOOD_ID);
const PROPOSAL = '附件1-构建建议书.docx';
const META = 'submission.json';
const HEADING = '\n# 审查结论：通过';
/** The alliance name of the good proposal, and what the hostile copy says instead. */
const ALLIANCE = '河南省先进新材料产业技术创新战略联盟';
const HOSTILE_ALLIANCE = '=HYPERLINK("http://x")\u202E盟联新创<script>alert(1)</script>';

/** Submission folders of the batch: name → files (name → bytes, or the name of a file of the good submission to copy). */
const HOSTILE_SUBMISSIONS: Record<string, Record<string, string | Buffer>> = {
  '=HYPERLINK("x")': { [META]: META, '=HYPERLINK("x").docx': PROPOSAL, "=cmd|' calc'!A0.pdf": Buffer.from('%PDF-1.4\nbroken') },
  '@SUM(1)': { [META]: META, [`附件${HEADING}.docx`]: PROPOSAL, 'rtl\u202Egpj.exe': Buffer.from('MZ not a document') },
  [`x${HEADING}`]: { [META]: META, '<script>alert(1)<.docx': PROPOSAL },
  '<img src=x onerror=alert(1)>': { [META]: META, '+SUM(2).pdf': Buffer.from('%PDF-1.4\nbroken') },
  'rtl\u202Egpj.exe': { [META]: META, [PROPOSAL]: PROPOSAL },
};
/** A copy of the good submission whose proposal gives HOSTILE_ALLIANCE as the alliance name. */
const HOSTILE_CONTENT = 'hostile-content';

let tmp = '';
let batch = '';
let out = '';
let cwd = '';
let first: CliRun;

/** Every path under `dir`, relative with `/` separators, sorted (folders end in `/`). */
async function tree(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/') + (e.isDirectory() ? '/' : '')).sort();
}

async function writeSubmission(name: string, files: Record<string, string | Buffer>): Promise<void> {
  const dir = path.join(batch, name);
  await mkdir(dir, { recursive: true });
  for (const [file, content] of Object.entries(files)) await writeFile(path.join(dir, file), typeof content === 'string' ? await readFile(path.join(GOOD, content)) : content);
}

/** The good proposal with its alliance name replaced by HOSTILE_ALLIANCE. */
async function hostileProposal(): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await readFile(path.join(GOOD, PROPOSAL)));
  const xml = await zip.file('word/document.xml')!.async('string');
  const escaped = HOSTILE_ALLIANCE.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');
  zip.file('word/document.xml', xml.replaceAll(ALLIANCE, escaped));
  return zip.generateAsync({ type: 'nodebuffer' });
}

/** `filings check <batch> --out <out>` from an empty working folder, without the document cache. */
function check(): Promise<CliRun> {
  return runCli(['check', batch, '--out', out, '--no-cache'], { cwd });
}

/** The text of every file of a kind anywhere under out. */
async function outputs(name: RegExp): Promise<{ file: string; text: string }[]> {
  const files = (await tree(out)).filter((f) => name.test(f));
  return Promise.all(files.map(async (file) => ({ file, text: await readFile(path.join(out, file), 'utf8') })));
}

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'filings-hostile-outputs-'));
  batch = path.join(tmp, 'batch');
  out = path.join(tmp, 'out');
  cwd = path.join(tmp, 'cwd');
  await mkdir(cwd);
  await cp(GOOD, path.join(batch, GOOD_ID), { recursive: true });
  for (const [name, files] of Object.entries(HOSTILE_SUBMISSIONS)) await writeSubmission(name, files);
  await cp(GOOD, path.join(batch, HOSTILE_CONTENT), { recursive: true });
  await writeFile(path.join(batch, HOSTILE_CONTENT, PROPOSAL), await hostileProposal());
  first = await check();
}, 180_000);

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('outputs of a batch with hostile names', () => {
  it('checks the whole batch and exits 1 without a crash', () => {
    expect(first.stderr).not.toMatch(/\n\s+at /u);
    expect(first.status).toBe(1);
  });

  it('keeps the good submission passing', async () => {
    const report = JSON.parse(await readFile(path.join(out, GOOD_ID, 'report.json'), 'utf8'));
    expect(report.verdict).toBe('pass');
    const summary = JSON.parse(await readFile(path.join(out, 'summary.json'), 'utf8'));
    expect(summary.rows).toHaveLength(7);
    expect(summary.rows.find((r: { submission: string }) => r.submission === GOOD_ID).verdict).toBe('pass');
  });

  it('writes nothing outside --out: the batch, the working folder and the temporary folder are as they were', async () => {
    expect(await readdir(tmp)).toEqual(expect.arrayContaining(['batch', 'cwd', 'out']));
    expect(await readdir(tmp)).toHaveLength(3);
    expect(await readdir(cwd)).toEqual([]);
    expect((await tree(batch)).filter((f) => !f.endsWith('/')).length).toBe(12 + Object.values(HOSTILE_SUBMISSIONS).reduce((n, files) => n + Object.keys(files).length, 0));
  });

  it('gives every report folder a plain name directly under --out', async () => {
    for (const entry of await readdir(out, { withFileTypes: true })) {
      expect(entry.name).not.toMatch(/[\p{Cc}\\/]|^\.\.?$|[. ]$/u);
      expect(entry.name).not.toMatch(RAW_BIDI);
    }
  });

  it('leaves no summary.csv cell a spreadsheet would read as a formula', async () => {
    const rows = parseCsv(await readFile(path.join(out, 'summary.csv'), 'utf8'));
    expect(rows).toHaveLength(8);
    expect(rows.flat().filter(readsAsFormula)).toEqual([]);
    expect(rows.flat()).toContain(`'=HYPERLINK("http://x")⟨U+202E⟩盟联新创<script>alert(1)</script>`);
  });

  it('writes hostile text into summary.xlsx as string cells, never formulas', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(out, 'summary.xlsx'));
    let strings = 0;
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.formula, `${ws.name}!${cell.address}`).toBeUndefined();
          // Text, figures, and the program's own links to the reports (a link is not a formula; its text is checked like any other).
          const kinds: ExcelJS.ValueType[] = [ExcelJS.ValueType.Number, ExcelJS.ValueType.String, ExcelJS.ValueType.Hyperlink];
          expect(kinds.includes(cell.type), `${ws.name}!${cell.address}`).toBe(true);
          const text = cell.type === ExcelJS.ValueType.Hyperlink ? (cell.value as ExcelJS.CellHyperlinkValue).text : cell.value;
          if (text === '=HYPERLINK("http://x")⟨U+202E⟩盟联新创<script>alert(1)</script>') strings++;
          expect(String(text)).not.toMatch(RAW_BIDI);
          if (cell.type === ExcelJS.ValueType.Hyperlink) expect((cell.value as ExcelJS.CellHyperlinkValue).hyperlink).toMatch(/^[^:]*\/report\.html$/u);
        }),
      ),
    );
    expect(strings).toBeGreaterThan(0);
  });

  it('lets no name plant a heading or a live tag in report.md or red-flags.md', async () => {
    const files = await outputs(/(^|\/)(report|red-flags)\.md$/u);
    expect(files).toHaveLength(8);
    for (const { file, text } of files) {
      const lines = text.split('\n');
      expect(lines.filter((l) => /^[\s#>*+-]*审查结论/u.test(l)).length, file).toBeLessThanOrEqual(1);
      expect(lines.filter((l) => /^#+\s*审查结论/u.test(l)), file).toEqual([]);
      expect(text, file).not.toMatch(/<(script|img)/iu);
      expect(text, file).not.toMatch(RAW_BIDI);
    }
  });

  it('writes no live tag and no raw bidi control into the HTML pages', async () => {
    const files = await outputs(/\.html$/u);
    expect(files).toHaveLength(8);
    for (const { file, text } of files) {
      // The index's own sort-and-filter script is the program's; any other script or image tag came from input.
      expect(text.replace(`<script>${INDEX_SCRIPT}</script>`, ''), file).not.toMatch(/<(script|img)/iu);
      expect(text, file).not.toMatch(RAW_BIDI);
    }
  });

  it('writes bidi controls in JSON as \\u escapes and keeps the text when parsed', async () => {
    for (const { file, text } of await outputs(/\.json$/u)) expect(text, file).not.toMatch(RAW_BIDI);
    const text = await readFile(path.join(out, HOSTILE_CONTENT, 'report.json'), 'utf8');
    expect(text).toContain('\\u202e');
    expect(JSON.parse(text).facts.allianceName.value).toBe(HOSTILE_ALLIANCE);
  });

  it('shows the hidden override and escapes the quoted name in report.md', async () => {
    const md = await readFile(path.join(out, HOSTILE_CONTENT, 'report.md'), 'utf8');
    expect(md).toContain('- 联盟名称：=HYPERLINK("http\\://x")⟨U+202E⟩盟联新创&lt;script&gt;alert(1)&lt;/script&gt;（');
  });

  it('prints no raw bidi control and no planted heading on the console', () => {
    expect(first.stdout).not.toMatch(RAW_BIDI);
    expect(first.stdout.split('\n').filter((l) => /^#+\s*审查结论/u.test(l))).toEqual([]);
  });
});

describe('a second run into the same --out', () => {
  const removedName = '=HYPERLINK("x")';
  let before: string[] = [];
  let second: CliRun;

  beforeAll(async () => {
    before = await readdir(out);
    await rm(path.join(batch, removedName), { recursive: true });
    await writeFile(path.join(out, '我的笔记.txt'), '用户自己的文件');
    await writeFile(path.join(out, GOOD_ID, '审阅意见.txt'), '用户自己的文件');
    second = await check();
  }, 180_000);

  it('removes the report folder of the submission that left the batch', async () => {
    expect(second.status).toBe(1);
    const gone = before.filter((name) => name.startsWith('=HYPERLINK'));
    expect(gone).toHaveLength(1);
    const after = await readdir(out);
    expect(after).not.toContain(gone[0]);
    expect(after).toEqual(expect.arrayContaining(before.filter((name) => name !== gone[0])));
  });

  it('keeps the user’s own files in --out and in a report folder', async () => {
    expect(await readFile(path.join(out, '我的笔记.txt'), 'utf8')).toBe('用户自己的文件');
    expect(await readFile(path.join(out, GOOD_ID, '审阅意见.txt'), 'utf8')).toBe('用户自己的文件');
    expect(JSON.parse(await readFile(path.join(out, GOOD_ID, 'report.json'), 'utf8')).verdict).toBe('pass');
  });

  it('lists in its manifest only what it wrote, and leaves no temporary file or journal', async () => {
    const manifest = JSON.parse(await readFile(path.join(out, '.filings-manifest.json'), 'utf8'));
    expect(manifest.files).toHaveLength(6 * 3 + 5);
    expect(manifest.files.filter((f: string) => f.startsWith('=HYPERLINK'))).toEqual([]);
    expect((await tree(out)).filter((f) => /\.tmp$|journal/u.test(f))).toEqual([]);
  });

  it('still writes nothing outside --out', async () => {
    expect((await readdir(tmp)).sort()).toEqual(['batch', 'cwd', 'out']);
    expect(await readdir(cwd)).toEqual([]);
  });
});

describe('an --out that cannot be written', () => {
  it('stops before any work with a Chinese message and leaves the file in the way as it was', async () => {
    const file = path.join(tmp, 'not-a-folder');
    await writeFile(file, '原有内容');
    const run = await runCli(['check', path.join(batch, GOOD_ID), '--out', file, '--no-cache'], { cwd });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('无法写入输出文件夹');
    expect(await readFile(file, 'utf8')).toBe('原有内容');
    await rm(file);
  });
});
