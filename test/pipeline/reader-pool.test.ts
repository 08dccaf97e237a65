import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_LIMITS, type Limits } from '../../src/model/limits.js';
import type { SubmissionFile } from '../../src/model/submission.js';
import type { Doc } from '../../src/model/document.js';
import { OcrBudget } from '../../src/pipeline/ocr-budget.js';
import { ReaderPool } from '../../src/pipeline/reader-pool.js';
import { craftDocx, tinyParagraphs } from '../hostile/craft-docx.js';

const SAMPLE = path.join(import.meta.dirname, '..', '..', 'corpora', 'sample');
const GOOD_DOCX = readFileSync(path.join(SAMPLE, 'henan-01-complete-docx', '附件1-构建建议书.docx'));
const GOOD_PDF = readFileSync(path.join(SAMPLE, 'henan-02-complete-pdf', '附件4-联盟协议书.pdf'));

function file(name: string, bytes: Buffer, format: SubmissionFile['format']): SubmissionFile {
  return { name, bytes, sha256: createHash('sha256').update(bytes).digest('hex'), format };
}

const pools: ReaderPool[] = [];
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

/** A pool under these limits, and how each read is given them. */
function open(given: Partial<Limits>, size = 1): { read: (f: SubmissionFile) => Promise<Doc> } {
  const limits = { ...DEFAULT_LIMITS, ...given };
  const p = new ReaderPool({ size, heapMb: limits.readerHeapMb });
  pools.push(p);
  return { read: (f) => p.read(f, { budget: new OcrBudget(limits), limits, ocr: null }) };
}

describe('ReaderPool', () => {
  it('stops its idle threads on trim, giving their heaps back, and starts new ones for the next reads', async () => {
    const pool = new ReaderPool({ size: 2, heapMb: DEFAULT_LIMITS.readerHeapMb });
    pools.push(pool);
    const read = (f: SubmissionFile) => pool.read(f, { budget: new OcrBudget(DEFAULT_LIMITS), limits: DEFAULT_LIMITS, ocr: null });
    await Promise.all([read(file('建议书.docx', GOOD_DOCX, 'docx')), read(file('协议书.pdf', GOOD_PDF, 'pdf'))]);
    expect(pool.threads).toBe(2);
    await pool.trim();
    await vi.waitFor(() => expect(pool.threads).toBe(0));
    await expect(read(file('协议书.pdf', GOOD_PDF, 'pdf'))).resolves.toMatchObject({ origin: { format: 'pdf' } });
    expect(pool.threads).toBe(1);
  });

  it('reads a file into the same Doc in a worker thread as a reader would', async () => {
    const doc = await open({}).read(file('建议书.docx', GOOD_DOCX, 'docx'));
    expect(doc.origin.format).toBe('docx');
    expect(doc.blocks.length).toBeGreaterThan(5);
  });

  it('passes an unreadable file’s own message through', async () => {
    await expect(open({}).read(file('a.docx', GOOD_DOCX.subarray(0, 500), 'docx'))).rejects.toMatchObject({ code: 'corrupt', message: expect.stringMatching(/DOCX 文件已损坏/u) });
  });

  it('stops a file that reads past the time limit, names the limit, and reads the next file on a fresh thread', async () => {
    const p = open({ secondsPerDocument: 0.05 });
    const slow = p.read(file('协议书.pdf', GOOD_PDF, 'pdf'));
    await expect(slow).rejects.toMatchObject({ code: 'limit', message: expect.stringMatching(/单个文件读取时间上限/u) });
    // A generous limit again: the pool is not broken by the stopped thread.
    const q = open({});
    await expect(q.read(file('协议书.pdf', GOOD_PDF, 'pdf'))).resolves.toMatchObject({ origin: { format: 'pdf' } });
  });

  it('turns a file that exhausts the reader’s heap into that file’s error, and the same pool reads the next file', async () => {
    // Within the unpacking budgets (raised here) but far beyond a 160 MB heap once parsed.
    const bomb = craftDocx({ 'word/document.xml': tinyParagraphs(400_000) });
    const p = open({ readerHeapMb: 160, xmlElements: 100_000_000, docxPartBytes: 1024 ** 3 });
    await expect(p.read(file('炸弹.docx', bomb, 'docx'))).rejects.toMatchObject({ code: 'limit', message: expect.stringMatching(/单个文件读取内存上限 160 MB/u) });
    await expect(p.read(file('建议书.docx', GOOD_DOCX, 'docx'))).resolves.toMatchObject({ origin: { format: 'docx' } });
  }, 120_000);
});

describe('OcrBudget', () => {
  it('admits pages up to the per-file limit, then names that limit', () => {
    const budget = new OcrBudget({ ocrPagesPerFile: 2, ocrPagesPerSubmission: 10 });
    budget.admit('a.pdf');
    budget.admit('a.pdf');
    expect(() => budget.admit('a.pdf')).toThrow(/单个文件文字识别页数上限 2/u);
    expect(() => budget.admit('b.pdf')).not.toThrow();
  });
  it('admits pages of all files up to the per-submission limit', () => {
    const budget = new OcrBudget({ ocrPagesPerFile: 10, ocrPagesPerSubmission: 3 });
    for (const f of ['a', 'b', 'c']) budget.admit(f);
    expect(() => budget.admit('d')).toThrow(/单份申报文字识别页数上限 3/u);
  });
});
