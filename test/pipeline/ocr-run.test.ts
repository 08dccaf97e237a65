import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONDITIONS } from '../../checks/conditions/index.js';
import { PACKS } from '../../checks/packs/index.js';
import { imagesToPdf, renderScan } from '../../corpora/generator/writers/scan-writer.js';
import { OcrEngine } from '../../extractors/formats/index.js';
import { checkBatch, type Progress } from '../../src/pipeline/run.js';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'filings-ocr-run-'));
  const sub = path.join(dir, 'batch', 'scan-01');
  await mkdir(sub, { recursive: true });
  const pages = renderScan({ blocks: [{ kind: 'heading', level: 2, text: '证明材料' }, { kind: 'paragraph', text: '兹证明甘肃省光伏材料产业技术创新联盟成员单位共九家。' }] }, { seed: 'run', rotation: 0 });
  await writeFile(path.join(sub, '证明材料.pdf'), imagesToPdf(pages));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const run = async (options: { ocr?: boolean; cacheDir?: string }) => {
  let last: Progress | null = null;
  const reports = await checkBatch(path.join(dir, 'batch'), { ...options, packs: PACKS, conditions: CONDITIONS, onProgress: (p) => (last = p) });
  return { reports, progress: last as unknown as Progress };
};

describe('checkBatch with OCR', () => {
  it('OCRs a scanned page once; the re-run of the unchanged batch comes from the cache without OCR', async () => {
    const cacheDir = path.join(dir, 'cache');
    const first = await run({ cacheDir });
    expect(first.progress.ocrPages).toBe(1);
    expect(first.progress.ocrPending).toBe(0);
    const doc = first.reports[0].submission.documents[0];
    expect(doc).toMatchObject({ file: '证明材料.pdf', quality: 'good', pages: 1 });
    const second = await run({ cacheDir });
    expect(second.progress.cachedFiles).toBe(1);
    expect(second.progress.ocrPages).toBe(0);
    expect(second.reports[0].submission.documents[0]).toMatchObject({ quality: 'good', kind: doc.kind });
  });

  it('leaves scanned pages unreadable with ocr: false (--no-ocr), and caches that apart', async () => {
    const { reports, progress } = await run({ ocr: false, cacheDir: path.join(dir, 'cache') });
    expect(progress.ocrPages).toBe(0);
    expect(progress.cachedFiles).toBe(0);
    expect(reports[0].submission.documents[0]).toMatchObject({ quality: 'unreadable', unreadablePages: [1] });
  });

  it('uses an engine the caller owns for every run and leaves it running: its workers start once', async () => {
    const engine = new OcrEngine({ workers: 1 });
    try {
      for (const round of [1, 2]) {
        const reports = await checkBatch(path.join(dir, 'batch'), { cacheDir: null, ocrEngine: engine, packs: PACKS, conditions: CONDITIONS });
        expect(reports[0].submission.documents[0], `run ${round}`).toMatchObject({ quality: 'good', pages: 1 });
        expect(engine.stats.pages, `run ${round}`).toBe(round);
        expect(engine.started, `run ${round}`).toBe(true);
      }
    } finally {
      await engine.terminate();
    }
  });

  it('refuses an engine whose second reading is not the run\'s', async () => {
    const engine = new OcrEngine({ workers: 1, secondPass: false });
    try {
      await expect(checkBatch(path.join(dir, 'batch'), { cacheDir: null, ocrEngine: engine, packs: PACKS, conditions: CONDITIONS })).rejects.toThrow(/second reading on, got one with it off/u);
      expect(engine.started).toBe(false);
    } finally {
      await engine.terminate();
    }
  });
});
