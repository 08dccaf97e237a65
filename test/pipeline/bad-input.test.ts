import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONDITIONS } from '../../checks/conditions/index.js';
import { PACKS } from '../../checks/packs/index.js';
import type { Report } from '../../src/model/report.js';
import { checkBatch } from '../../src/pipeline/run.js';
import { writeEncryptedPdfStub } from '../../corpora/generator/writers/pdf-writer.js';

const run = promisify(execFile);
const ROOT = path.join(import.meta.dirname, '..', '..');
const GOOD = path.join(ROOT, 'corpora', 'sample', 'henan-01-complete-docx');
const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);

let batch = '';
let reports: Report[] = [];

async function submission(name: string, files: Record<string, Buffer | string>): Promise<void> {
  const dir = path.join(batch, name);
  await mkdir(dir, { recursive: true });
  for (const [file, bytes] of Object.entries(files)) await writeFile(path.join(dir, file), bytes);
}

beforeAll(async () => {
  batch = await mkdtemp(path.join(os.tmpdir(), 'filings-bad-'));
  const docx = await readFile(path.join(GOOD, '附件1-构建建议书.docx'));
  const pdf = await readFile(path.join(ROOT, 'corpora', 'sample', 'henan-02-complete-pdf', '附件4-联盟协议书.pdf'));
  await cp(GOOD, path.join(batch, 'a-good'), { recursive: true });
  await submission('b-truncated-docx', { '建议书.docx': docx.subarray(0, 900) });
  await submission('c-corrupt-pdf', { '协议书.pdf': Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(400, 0x41)]) });
  await submission('d-encrypted-pdf', { '协议书.pdf': writeEncryptedPdfStub() });
  await submission('e-empty', { '章程.docx': Buffer.alloc(0) });
  await submission('f-old-word', { '申请表.doc': OLE2, '章程.wps': OLE2 });
  await submission('g-wrong-extension', { '协议书.docx': pdf });
  await submission('h-no-files', {});
  reports = await checkBatch(batch, { packs: PACKS, conditions: CONDITIONS, cacheDir: null });
}, 120_000);

const byId = (id: string) => reports.find((r) => r.submission.id === id)!;
const errors = (id: string) => byId(id).messages.filter((m) => m.level === 'error').map((m) => m.text).join(' | ');

describe('bad input never stops the batch', () => {
  it('checks every submission, the good one included', () => {
    expect(reports.map((r) => r.submission.id)).toEqual(['a-good', 'b-truncated-docx', 'c-corrupt-pdf', 'd-encrypted-pdf', 'e-empty', 'f-old-word', 'g-wrong-extension', 'h-no-files']);
    expect(byId('a-good').verdict).toBe('pass');
  });

  it('says a truncated DOCX is damaged', () => expect(errors('b-truncated-docx')).toMatch(/DOCX 文件已损坏/u));
  it('says a corrupt PDF is damaged', () => expect(errors('c-corrupt-pdf')).toMatch(/PDF 文件已损坏/u));
  it('says an encrypted PDF needs a password', () => expect(errors('d-encrypted-pdf')).toMatch(/已加密/u));
  it('says an empty file is empty', () => expect(errors('e-empty')).toMatch(/文件为空/u));
  it('asks for .doc and .wps to be converted to DOCX or PDF', () => {
    expect(errors('f-old-word')).toMatch(/\.doc\).*转换为 DOCX 或 PDF/u);
    expect(errors('f-old-word')).toMatch(/WPS.*转换为 DOCX 或 PDF/u);
  });
  it('reads a PDF named .docx as the PDF it is (format sniffed from bytes)', () => {
    const doc = byId('g-wrong-extension').submission.documents[0];
    expect(doc).toMatchObject({ format: 'pdf', kind: 'agreement', quality: 'good' });
  });
  it('reports a submission with no files', () => expect(errors('h-no-files')).toMatch(/没有文件/u));
  it('never passes a submission whose files could not be read', () => {
    for (const id of ['b-truncated-docx', 'c-corrupt-pdf', 'd-encrypted-pdf', 'e-empty', 'f-old-word', 'h-no-files']) expect(byId(id).verdict, id).not.toBe('pass');
  });
});

describe('the filings command line', () => {
  const cli = (...args: string[]) => run(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src', 'cli.ts'), ...args], { cwd: ROOT }).then(() => 0, (e: { code: number }) => e.code);

  it('exits 1 when a batch has failing or unreadable submissions, and writes the batch files', async () => {
    const out = await mkdtemp(path.join(os.tmpdir(), 'filings-out-'));
    expect(await cli('check', batch, '--out', out, '--quiet', '--no-cache')).toBe(1);
    const summary = JSON.parse(await readFile(path.join(out, 'summary.json'), 'utf8'));
    expect(summary.rows).toHaveLength(8);
    expect(await readFile(path.join(out, 'red-flags.md'), 'utf8')).toContain('d-encrypted-pdf');
    expect(JSON.parse(await readFile(path.join(out, 'a-good', 'report.json'), 'utf8')).verdict).toBe('pass');
  });

  it('exits 0 when every submission passes', async () => {
    const out = await mkdtemp(path.join(os.tmpdir(), 'filings-out-'));
    expect(await cli('check', path.join(batch, 'a-good'), '--out', out, '--quiet', '--no-cache')).toBe(0);
  });

  it('exits 2 for an unknown pack or a missing path', async () => {
    expect(await cli('check', batch, '--pack', 'no-such-pack', '--quiet')).toBe(2);
    expect(await cli('check', path.join(batch, 'does-not-exist'), '--quiet')).toBe(2);
  });
});
