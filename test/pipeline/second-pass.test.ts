/**
 * The second OCR reading through the whole pipeline: a scanned agreement signed by hand and sealed
 * (the sample generator's scan writer), checked with and without it.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONDITIONS } from '../../checks/conditions/index.js';
import { PACKS } from '../../checks/packs/index.js';
import { agreementSpec } from '../../corpora/generator/agreement-docs.js';
import { GANSU_CASES } from '../../corpora/generator/scenarios.js';
import { imagesToPdf, renderScan } from '../../corpora/generator/writers/scan-writer.js';
import { OcrEngine, readDocument } from '../../extractors/formats/index.js';
import type { Doc, Reading } from '../../src/model/document.js';
import type { Report } from '../../src/model/report.js';
import { checkBatch } from '../../src/pipeline/run.js';
import { reportMarkdown } from '../../src/report/formatters/markdown.js';

const CASE = GANSU_CASES.find((k) => k.id === 'gansu-08-scanned-agreement-signed')!;
const signers = CASE.members.map((m) => m.rep);
let dir: string;
let pdf: Buffer;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'filings-second-pass-'));
  const spec = agreementSpec({ ...CASE, ...CASE.agreement, signatureStyle: 'gansu' });
  const pages = renderScan(spec, { seed: 'second-pass', sealed: CASE.members.map((m) => m.name), blank: ['（已盖章）'], handwritten: signers });
  pdf = imagesToPdf(pages.slice(-1));
  await mkdir(path.join(dir, 'batch', 'scan'), { recursive: true });
  await writeFile(path.join(dir, 'batch', 'scan', '联盟协议（扫描件）.pdf'), pdf);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function readingsOf(doc: Doc): Reading[][] {
  return doc.blocks.flatMap((b) => [...(b.readings ? [b.readings] : []), ...(b.type === 'table' ? b.rows.flatMap((r) => r.cells.flatMap((c) => (c.readings ? [c.readings] : []))) : [])]);
}

const read = async (secondPass: boolean) => {
  const engine = new OcrEngine({ workers: 2, secondPass });
  try {
    return await readDocument({ name: 'a.pdf', bytes: pdf, sha256: `a-${secondPass}`, format: 'pdf' }, { ocr: engine });
  } finally {
    await engine.terminate();
  }
};

describe('the second OCR reading', () => {
  it('reads every hand-written signer name of the signature page', async () => {
    const text = (await read(true)).blocks.map((b) => (b.type === 'table' ? b.rows.map((r) => r.cells.map((c) => c.text).join(' ')).join('\n') : b.text)).join('\n');
    for (const name of signers) expect(text).toContain(name);
  }, 120_000);

  it('keeps both readings where the engines disagreed, and none when it is off', async () => {
    const [on, off] = [await read(true), await read(false)];
    const disagreements = readingsOf(on);
    expect(disagreements.length).toBeGreaterThan(0);
    for (const r of disagreements) expect(r.map((x) => x.engine)).toEqual(['pp-ocr', 'tesseract']);
    expect(readingsOf(off)).toEqual([]);
  }, 120_000);

  it('loads no model for a document without scanned pages', async () => {
    const engine = new OcrEngine({ workers: 1 });
    try {
      const folder = path.join('corpora', 'sample', 'gansu-01-complete-docx');
      const docx = await readFile(path.join(folder, (await readdir(folder)).find((f) => f.endsWith('.docx'))!));
      await readDocument({ name: 'a.docx', bytes: docx, sha256: 'docx', format: 'docx' }, { ocr: engine });
      expect((engine.second as unknown as { loaded: boolean }).loaded).toBe(false);
    } finally {
      await engine.terminate();
    }
  });

  it('gives the evidence of a signed row both readings in report.json and report.md, and the same verdict as one reading', async () => {
    const run = (ocrSecondPass: boolean) => checkBatch(path.join(dir, 'batch'), { ocrSecondPass, pack: 'gansu-2020-alliance-formation', packs: PACKS, conditions: CONDITIONS });
    const [[on], [off]] = [await run(true), await run(false)];
    const evidence = (r: Report) => JSON.stringify(r.facts);
    expect(evidence(on)).toContain('"engine":"pp-ocr"');
    expect(evidence(off)).not.toContain('"engine":"pp-ocr"');
    expect(reportMarkdown(on)).toMatch(/两种识别结果不一致：PP-OCR「[^」]+」（置信度 \d+%），Tesseract「/u);
    expect(on.conditions.find((c) => c.id === 'agreement.signed')?.status).toBe(off.conditions.find((c) => c.id === 'agreement.signed')?.status);
  }, 240_000);
});
