import { createCanvas } from '@napi-rs/canvas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { imagesToPdf, renderScan } from '../../../corpora/generator/writers/scan-writer.js';
import type { DocSpec } from '../../../corpora/generator/spec.js';
import { findOcrModel, OcrEngine, readDocument } from '../../../extractors/formats/index.js';
import type { Doc } from '../../../src/model/document.js';
import type { SubmissionFile } from '../../../src/model/submission.js';

/** One short signature page: a ruled table, a signed row with a seal and a hand-written name, an unsigned row, tick boxes. */
const SPEC: DocSpec = {
  blocks: [
    { kind: 'heading', level: 2, text: '签署页' },
    { kind: 'paragraph', text: '是否设立专项经费：{{cb:1}}有 {{cb:0}}无' },
    {
      kind: 'table',
      rows: [
        [{ text: '成员单位' }, { text: '法定代表人签字' }, { text: '单位盖章' }],
        [{ text: '兰州理工大学' }, { text: '王建国' }, { text: '（已盖章）' }],
        [{ text: '甘肃省科学院' }, { text: '（签字）' }, { text: '（盖章）' }],
      ],
    },
  ],
};

const file = (name: string, bytes: Buffer, format: SubmissionFile['format']): SubmissionFile => ({ name, bytes, format, sha256: name } as SubmissionFile);
const texts = (doc: Doc) => doc.blocks.flatMap((b) => (b.type === 'table' ? b.rows.map((r) => r.cells.map((c) => c.text).join('|')) : [b.text]));

let engine: OcrEngine;
let scanned: Doc;
const page = renderScan(SPEC, { seed: 'ocr-test', sealed: ['兰州理工大学'], blank: ['（已盖章）'], handwritten: ['王建国'], rotation: 0.5 })[0];

beforeAll(async () => {
  engine = new OcrEngine({ workers: 1 });
  // The page as a one-page image-only PDF: the reader takes the embedded JPEG, not a rendering.
  scanned = await readDocument(file('协议书.pdf', imagesToPdf([page]), 'pdf'), { ocr: engine });
});

afterAll(async () => {
  await engine?.terminate();
});

describe('OCR of scanned pages', () => {
  it('uses the LSTM-only best_int model shipped in node_modules', () => {
    const model = findOcrModel();
    expect(model.variant).toBe('4.0.0_best_int');
    expect(model.langPath).toContain('@tesseract.js-data/chi_sim');
  });

  it('reads a scanned signature page into rows with bbox, confidence and an OCR page marker', () => {
    expect(scanned.origin.format).toBe('pdf');
    expect(scanned.pages?.[0]).toMatchObject({ number: 1, quality: 'good', ocr: true, image: { dpi: 200 } });
    expect(scanned.quality.ocrConfidence).toBeGreaterThan(0.6);
    const lines = texts(scanned);
    expect(lines).toContain('签署页');
    expect(lines.some((l) => l.startsWith('成员单位|法定代表人签字'))).toBe(true);
    expect(lines).toContain('甘肃省科学院|(签字)|(盖章)');
    const table = scanned.blocks.find((b) => b.type === 'table');
    const cell = table?.type === 'table' ? (table.rows[0].cells[0] as unknown as { bbox: number[]; confidence: number }) : null;
    expect(cell?.bbox).toHaveLength(4);
    expect(cell?.confidence).toBeGreaterThan(0.6);
  });

  it('attaches the seal and the hand-written signature to the signed row only', () => {
    const table = scanned.blocks.find((b) => b.type === 'table');
    if (table?.type !== 'table') throw new Error('no table');
    const rows = table.rows.map((r) => r.cells as unknown as { text: string; seal?: { bbox: number[] }; handwriting?: boolean }[]);
    const signed = rows.find((r) => r[0].text === '兰州理工大学')!;
    const unsigned = rows.find((r) => r[0].text === '甘肃省科学院')!;
    expect(signed[2].seal?.bbox).toHaveLength(4);
    expect(signed[1].handwriting === true || signed[1].text !== '').toBe(true);
    expect(unsigned.some((c) => c.seal)).toBe(false);
    expect(unsigned.some((c) => c.handwriting)).toBe(false);
    // The printed unit names are not handwriting, although the word boxes of the recogniser miss some of their strokes.
    const header = rows.find((r) => r[0].text === '成员单位')!;
    expect(header[0].handwriting).toBeFalsy();
    expect(header[1].handwriting).toBeFalsy();
    expect(signed[0].handwriting).toBeFalsy();
    expect(unsigned[0].handwriting).toBeFalsy();
    expect((scanned.pages?.[0] as unknown as { seals: unknown[] }).seals).toHaveLength(1);
  });

  it('keeps an image of the signed row as scanned, for a reviewer to see, and none of the unsigned row', () => {
    const table = scanned.blocks.find((b) => b.type === 'table');
    if (table?.type !== 'table') throw new Error('no table');
    const signed = table.rows.find((r) => r.cells[0].text === '兰州理工大学')!;
    const unsigned = table.rows.find((r) => r.cells[0].text === '甘肃省科学院')!;
    expect(signed.image).toMatch(/^data:image\/jpeg;base64,[A-Za-z0-9+/=]{1000,}$/u);
    expect(unsigned.image).toBeUndefined();
  });

  it('reads a 300 dpi scan at the 200 dpi working resolution, seals and signatures still on the signed row', async () => {
    const fine = renderScan(SPEC, { seed: 'ocr-test-300', dpi: 300, sealed: ['兰州理工大学'], blank: ['（已盖章）'], handwritten: ['王建国'], rotation: 0.5 })[0];
    const doc = await readDocument(file('协议书-300.pdf', imagesToPdf([fine]), 'pdf'), { ocr: engine });
    const info = doc.pages?.[0] as unknown as { image: { dpi: number; width: number }; seals: { bbox: number[] }[] };
    expect(info.image.dpi).toBe(200);
    expect(info.image.width).toBe(Math.round(fine.width * (200 / 300)));
    expect(info.seals).toHaveLength(1);
    const rows = doc.blocks.flatMap((b) => (b.type === 'table' ? b.rows.map((r) => r.cells as unknown as { text: string; seal?: { bbox: number[] } }[]) : []));
    const signed = rows.find((r) => r[0].text === '兰州理工大学')!;
    expect(signed[2].seal?.bbox).toEqual(info.seals[0].bbox);
    expect(rows.find((r) => r[0].text === '甘肃省科学院')?.some((c) => c.seal)).toBe(false);
  });

  it('decides tick boxes from their pixels', () => {
    const paragraph = scanned.blocks.find((b) => b.type === 'paragraph' && b.text.includes('专项经费'));
    expect(paragraph?.type === 'paragraph' ? paragraph.checkboxes : undefined).toEqual([
      { state: 'checked', label: '有' },
      { state: 'unchecked', label: '无' },
    ]);
  });

  it('reads a PNG image file the same way, and an image without OCR stays unreadable', async () => {
    const canvas = createCanvas(page.width, page.height);
    const ctx = canvas.getContext('2d');
    const data = ctx.createImageData(page.width, page.height);
    data.data.set(page.rgba);
    ctx.putImageData(data, 0, 0);
    const png = canvas.toBuffer('image/png');
    const off = await readDocument(file('签署页.png', png, 'png'));
    expect(off.origin.format).toBe('image');
    expect(off.pages).toEqual([expect.objectContaining({ number: 1, quality: 'unreadable' })]);
    expect(off.blocks).toEqual([]);
  });

  it('leaves a scanned PDF page unreadable without an engine (--no-ocr)', async () => {
    const doc = await readDocument(file('协议书.pdf', imagesToPdf([page]), 'pdf'));
    expect(doc.pages).toEqual([expect.objectContaining({ number: 1, quality: 'unreadable', reason: '页面没有文字层（可能是扫描件）' })]);
    expect(doc.quality.ocrConfidence).toBeUndefined();
  });
});

describe('OcrEngine.watchPages', () => {
  it('tells every watcher of each page read, and no longer one that stopped watching', async () => {
    const canvas = createCanvas(400, 80);
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, 400, 80);
    ctx.fillStyle = '#000';
    ctx.font = '40px sans-serif';
    ctx.fillText('联盟协议', 20, 55);
    const rgba = ctx.getImageData(0, 0, 400, 80).data;
    const gray = { width: 400, height: 80, data: Uint8Array.from({ length: 400 * 80 }, (_, i) => rgba[i * 4]) };
    const seen: string[] = [];
    const stopA = engine.watchPages((s) => seen.push(`a${s.pages}`));
    engine.watchPages((s) => seen.push(`b${s.pages}`));
    const before = engine.stats.pages;
    await engine.recognize(gray, 200);
    stopA();
    await engine.recognize(gray, 200);
    expect(seen).toEqual([`a${before + 1}`, `b${before + 1}`, `b${before + 2}`]);
  });
});

