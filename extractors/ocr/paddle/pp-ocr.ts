/**
 * PP-OCRv4 (mobile) on onnxruntime-node, CPU only: text-line detection (DB) and line recognition
 * (CTC). The runtime and the models are loaded on the first read, once per thread that reads; the
 * runtime's own threads are set explicitly (inference runs on the calling thread, which is a reader
 * thread in a batch, never the main one).
 */
import type { InferenceSession } from 'onnxruntime-node';
import type { Box, GrayImage } from '../pixels.js';
import { ctcDecode } from './ctc.js';
import { dbBoxes } from './db-boxes.js';
import { loadPaddleModels, type PaddleModels } from './models.js';
import { detectionTensor, recognitionTensor, REC_MAX_WIDTH, REC_HEIGHT } from './tensors.js';

/** One character read by PP-OCR: its text, probability and box (image pixels). */
export interface PpChar {
  text: string;
  confidence: number;
  box: Box;
}

/** One text line read by PP-OCR. */
export interface PpLine {
  text: string;
  box: Box;
  /** Mean character probability, 0–1 (0 when nothing was read). */
  confidence: number;
  chars: PpChar[];
}

export interface PpOcrOptions {
  /** Models (default: loadPaddleModels() on first use). */
  models?: PaddleModels;
  /** Threads of the runtime per inference (default 1: one reader thread, one core). */
  threads?: number;
}

/** Detection works on regions scaled to at most this many pixels on their longer side. */
const DET_MAX_SIDE = 1536;
/** Lines are cropped with this share of their height added above and below, and on the sides. */
const LINE_PAD_Y = 0.15;
const LINE_PAD_X = 0.3;

interface Sessions {
  /** Detection is loaded on its first use (most second readings never need it). */
  det: () => Promise<InferenceSession>;
  rec: InferenceSession;
  characters: string[];
  Tensor: typeof import('onnxruntime-node').Tensor;
  release: () => Promise<void>;
}

export class PpOcr {
  private sessions: Promise<Sessions> | null = null;
  private released = false;

  constructor(private readonly options: PpOcrOptions = {}) {}

  /** Whether the models have been loaded. */
  get loaded(): boolean {
    return this.sessions !== null;
  }

  private load(): Promise<Sessions> {
    if (this.released) return Promise.reject(new Error('PP-OCR already released'));
    this.sessions ??= (async () => {
      const models = this.options.models ?? loadPaddleModels();
      const ort = await import('onnxruntime-node');
      const threads = Math.max(1, this.options.threads ?? 1);
      const settings: InferenceSession.SessionOptions = { executionProviders: ['cpu'], intraOpNumThreads: threads, interOpNumThreads: 1, graphOptimizationLevel: 'all' };
      // Line widths vary from call to call: without the memory arena, recognition is about a sixth faster and holds less memory.
      const rec = await ort.InferenceSession.create(models.recognition, { ...settings, enableCpuMemArena: false });
      let det: Promise<InferenceSession> | null = null;
      return {
        det: () => (det ??= ort.InferenceSession.create(models.detection, settings)),
        rec,
        characters: models.characters,
        Tensor: ort.Tensor,
        release: async () => {
          await rec.release();
          if (det) await (await det).release();
        },
      };
    })();
    return this.sessions;
  }

  /** Boxes of the text lines in `region` of `gray` (image pixels), top to bottom. */
  async detect(gray: GrayImage, region: Box = [0, 0, gray.width, gray.height]): Promise<Box[]> {
    const s = await this.load();
    const det = await s.det();
    const input = detectionTensor(gray, region, DET_MAX_SIDE);
    const result = await det.run({ [det.inputNames[0]]: new s.Tensor('float32', input.data, [1, 3, input.height, input.width]) });
    const map = result[det.outputNames[0]].data as Float32Array;
    return dbBoxes(map, input.width, input.height).map(({ box }) => [
      Math.max(0, Math.floor(region[0] + box[0] * input.scaleX)),
      Math.max(0, Math.floor(region[1] + box[1] * input.scaleY)),
      Math.min(gray.width, Math.ceil(region[0] + box[2] * input.scaleX)),
      Math.min(gray.height, Math.ceil(region[1] + box[3] * input.scaleY)),
    ]);
  }

  /**
   * Reads one text line whose box is given tight (it is padded here). A line too long for one
   * reading is read in pieces cut at the palest column near each piece's end (between characters).
   */
  async recognizeLine(gray: GrayImage, tight: Box): Promise<PpLine> {
    const h = tight[3] - tight[1];
    const box: Box = [tight[0] - LINE_PAD_X * h, tight[1] - LINE_PAD_Y * h, tight[2] + LINE_PAD_X * h, tight[3] + LINE_PAD_Y * h];
    const pieceWidth = Math.floor(((REC_MAX_WIDTH * (box[3] - box[1])) / REC_HEIGHT) * 0.95);
    const chars: PpChar[] = [];
    for (let x = box[0]; x < box[2]; ) {
      const end = x + pieceWidth >= box[2] ? box[2] : palestColumn(gray, [x + pieceWidth * 0.8, tight[1], x + pieceWidth, tight[3]]);
      chars.push(...(await this.recognizePiece(gray, [x, box[1], end, box[3]])));
      x = end;
    }
    return lineOf(chars, tight);
  }

  private async recognizePiece(gray: GrayImage, box: Box): Promise<PpChar[]> {
    const s = await this.load();
    const input = recognitionTensor(gray, box);
    const result = await s.rec.run({ [s.rec.inputNames[0]]: new s.Tensor('float32', input.data, [1, 3, input.height, input.width]) });
    const out = result[s.rec.outputNames[0]];
    const [, steps, classes] = out.dims as number[];
    const step = (box[2] - box[0]) / steps;
    const decoded = ctcDecode(out.data as Float32Array, steps, classes, s.characters);
    // A character's box runs from its first time step to the next character's (a space keeps its gap).
    return decoded.map((c, k) => {
      const next = decoded[k + 1];
      const end = next && next.text !== ' ' && c.text !== ' ' ? next.from : c.to + 1;
      return { text: c.text, confidence: c.confidence, box: [Math.round(box[0] + c.from * step), Math.round(box[1]), Math.round(box[0] + end * step), Math.round(box[3])] };
    });
  }

  /** Reads the text in a region: its lines found by detection, then each recognised, top to bottom. */
  async readRegion(gray: GrayImage, region: Box = [0, 0, gray.width, gray.height]): Promise<PpLine[]> {
    const lines: PpLine[] = [];
    for (const box of await this.detect(gray, region)) {
      const line = await this.recognizeLine(gray, box);
      if (line.text.trim() !== '') lines.push(line);
    }
    return lines;
  }

  /** Releases the sessions (a later read loads them again only if not released). */
  async release(): Promise<void> {
    this.released = true;
    const sessions = this.sessions;
    this.sessions = null;
    if (!sessions) return;
    const s = await sessions.catch(() => null);
    await s?.release();
  }
}

/** The x of the column of `region` with the least ink (the last of equals: cut as late as the gap allows). */
function palestColumn(gray: GrayImage, region: Box): number {
  const x0 = Math.max(0, Math.round(region[0]));
  const x1 = Math.min(gray.width, Math.round(region[2]));
  const y0 = Math.max(0, Math.round(region[1]));
  const y1 = Math.min(gray.height, Math.round(region[3]));
  let best = x1;
  let bestInk = Infinity;
  for (let x = x0; x < x1; x++) {
    let ink = 0;
    for (let y = y0; y < y1; y++) ink += 255 - gray.data[y * gray.width + x];
    if (ink <= bestInk) {
      bestInk = ink;
      best = x;
    }
  }
  return x1 > x0 ? best : region[2];
}

function lineOf(chars: PpChar[], box: Box): PpLine {
  const text = chars.map((c) => c.text).join('').replace(/\s+/gu, ' ').trim();
  const content = chars.filter((c) => c.text.trim() !== '');
  const confidence = content.length === 0 ? 0 : content.reduce((s, c) => s + c.confidence, 0) / content.length;
  return { text, box, confidence: Math.round(confidence * 1000) / 1000, chars: content };
}
