import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { discover, ingest, IngestError } from '../../src/pipeline/ingest.js';

const SAMPLE = path.join(import.meta.dirname, '..', '..', 'corpora', 'sample');

describe('ingest', () => {
  it('treats a folder of sub-folders as a batch, one submission each, sorted by name', async () => {
    const sources = await discover(SAMPLE);
    expect(sources.length).toBeGreaterThanOrEqual(12);
    expect(sources.map((s) => s.id)).toEqual([...sources.map((s) => s.id)].sort((a, b) => a.localeCompare(b)));
  });

  it('treats a folder holding documents as one submission, reading submission.json and skipping expected.json', async () => {
    const [s] = await ingest(path.join(SAMPLE, 'henan-01-complete-docx'));
    expect(s.id).toBe('henan-01-complete-docx');
    expect(s.meta.pack).toBe('henan-2020-alliance-application');
    expect(s.files.map((f) => f.name)).not.toContain('expected.json');
    expect(s.files.every((f) => f.format === 'docx' && f.sha256.length === 64)).toBe(true);
  });

  it('reads a .zip submission (nested folders included, __MACOSX skipped)', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'filings-zip-'));
    const zip = new JSZip();
    const src = path.join(SAMPLE, 'henan-01-complete-docx');
    zip.file('材料/附件1-构建建议书.docx', await readFile(path.join(src, '附件1-构建建议书.docx')));
    zip.file('__MACOSX/._junk', 'x');
    zip.file('submission.json', JSON.stringify({ pack: 'henan-2020-alliance-application' }));
    await writeFile(path.join(dir, 'henan-zip.zip'), await zip.generateAsync({ type: 'nodebuffer' }));
    const [s] = await ingest(dir);
    expect(s.id).toBe('henan-zip');
    expect(s.files.map((f) => f.name)).toEqual(['材料/附件1-构建建议书.docx']);
    expect(s.meta.pack).toBe('henan-2020-alliance-application');
  });

  it('keeps a bad submission.json as a message, not a crash', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'filings-meta-'));
    await cp(path.join(SAMPLE, 'henan-01-complete-docx'), path.join(dir, 's'), { recursive: true });
    await writeFile(path.join(dir, 's', 'submission.json'), '{ not json');
    const [s] = await ingest(path.join(dir, 's'));
    expect(s.meta).toEqual({});
    expect(s.messages.map((m) => m.text).join()).toMatch(/submission\.json 不是有效的 JSON/u);
  });

  it('rejects a path that does not exist, and an empty batch, with a clear message', async () => {
    await expect(discover('/no/such/folder')).rejects.toBeInstanceOf(IngestError);
    const empty = await mkdtemp(path.join(os.tmpdir(), 'filings-empty-'));
    await mkdir(path.join(empty, '.hidden'));
    await expect(discover(empty)).rejects.toThrow(/found none/u);
  });
});
