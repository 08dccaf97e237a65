/**
 * The second OCR reading: the regions of a page that decide verdicts are read again by the more
 * accurate engine (PP-OCR) and the two readings are merged.
 *
 * Regions read again (at most MAX_SECOND_READS per page, in this order):
 * 1. every cell holding text or ink in a ruled table that is a signature table (a cell asks for a
 *    signature or seal, or a seal lies on one of its rows): unit names, signer names, dates;
 * 2. every cell or line holding digits or a long letter-and-digit code (credit codes, counts,
 *    amounts, dates), or naming a code;
 * 3. every cell or line read below the fact confidence threshold, and every cell with ink but no text.
 * Cells and lines holding tick boxes are left as they are: their boxes are read from pixels.
 *
 * Merging (per character, aligned by edit distance): where the readings agree the text stands with
 * the higher of the two confidences; where they disagree the text is the second reading's, the
 * item keeps both readings, and each differing character takes the lower confidence, except where
 * the first reading was itself below the threshold (a weak first reading is what the second one
 * replaces). A cell the first reading left empty takes the second reading as it is.
 */
import type { Reading } from '../../src/model/document.js';
import { MIN_FACT_CONFIDENCE } from '../../src/model/fact.js';
import { alignChars } from '../../src/text/align.js';
import { hasCheckbox } from '../../src/text/checkboxes.js';
import { fixOcrText } from '../../src/text/ocr-fixes.js';
import type { LaidCell, LaidItem, OcrWord } from './layout.js';
import type { PpChar, PpLine } from './paddle/pp-ocr.js';
import { inkShare, type Box, type GrayImage } from './pixels.js';
import { components } from './seals.js';

/** What the second pass needs of an engine: line recognition, and line detection for a band it cannot split. */
export interface SecondReader {
  recognizeLine(gray: GrayImage, box: Box): Promise<PpLine>;
  detect(gray: GrayImage, region: Box): Promise<Box[]>;
}

/** At most this many regions of a page are read again. */
export const MAX_SECOND_READS = 80;
/** A cell asking for a signature, a seal or a signing date. */
const SIGNATURE_CELL = /签字|签名|签章|盖章|公章|法定代表人|负责人|日期/u;
/** Text holding a number or a code, or naming a code. */
const NUMERIC = /[0-9０-９]|[A-Za-z]{2,}\d|信用代码|代码/u;
/** Cells are read inside their rules, this many pixels in. */
const CELL_INSET = 3;

/** Text of an item of the page that can be read again: a cell, or a line outside tables. */
type Readable = LaidCell | Extract<LaidItem, { kind: 'line' }>;

interface Target {
  item: Readable;
  /** Where its ink is looked for: a cell inside its rules, a line with a margin. */
  region: Box;
  priority: number;
}

/** The regions of a laid-out page to read again, most important first. */
export function secondPassTargets(items: readonly LaidItem[], mask: Uint8Array, width: number, height: number, seals: readonly { box: Box }[]): Target[] {
  const targets: Target[] = [];
  const signatureTables = new Set<number>();
  for (const item of items) {
    if (item.kind !== 'row' || !item.grid) continue;
    if (item.cells.some((c) => SIGNATURE_CELL.test(c.text)) || seals.some((s) => overlaps(s.box, item.box))) signatureTables.add(item.table);
  }
  const consider = (item: Readable, region: Box, inSignatureTable: boolean) => {
    if (region[2] - region[0] < 8 || region[3] - region[1] < 8) return;
    // Tick boxes are read from their pixels (erased from the page the engines read), never again.
    if (hasCheckbox(item.text)) return;
    if (item.text === '' && inkShare(mask, width, region) <= 0.004) return;
    let priority = 0;
    if (inSignatureTable) priority = 3;
    else if (NUMERIC.test(item.text)) priority = 2;
    else if (item.text === '' || item.confidence < MIN_FACT_CONFIDENCE) priority = 1;
    if (priority > 0) targets.push({ item, region, priority });
  };
  for (const item of items) {
    if (item.kind === 'line') consider(item, grown(item.box, width, height), false);
    else for (const cell of item.cells) consider(cell, item.grid ? inset(cell.box) : grown(cell.box, width, height), item.grid && signatureTables.has(item.table));
  }
  return targets.sort((a, b) => b.priority - a.priority).slice(0, MAX_SECOND_READS);
}

function inset(b: Box): Box {
  return [b[0] + CELL_INSET, b[1] + CELL_INSET, b[2] - CELL_INSET, b[3] - CELL_INSET];
}

/** A line's box with a margin of a fifth of its height above and below and one height on the sides. */
function grown(b: Box, width: number, height: number): Box {
  const h = b[3] - b[1];
  const dy = Math.round(h * 0.2);
  return [Math.max(0, b[0] - h), Math.max(0, b[1] - dy), Math.min(width, b[2] + h), Math.min(height, b[3] + dy)];
}

/**
 * Reads the targets again with `reader` from `gray` (the page as the first reading saw it, `mask`
 * its ink) and merges each second reading into its item (text, confidence, words, readings).
 * Each region is read from a copy of its own pixels with specks taken out, so that neither dust nor
 * the neighbouring cell is read as text.
 */
export async function readSecondPass(reader: SecondReader, gray: GrayImage, mask: Uint8Array, targets: readonly Target[], dpi: number): Promise<void> {
  for (const target of targets) {
    const region = cleanRegion(gray, mask, target.region, dpi);
    if (!region) continue;
    const lines: PpLine[] = [];
    for (const band of inkLines(region.mask, region.gray.width, [0, 0, region.gray.width, region.gray.height], dpi)) {
      const tall = band[3] - band[1] > dpi * 0.45;
      const boxes = tall ? await reader.detect(region.gray, band) : [band];
      for (const box of boxes) {
        const line = await reader.recognizeLine(region.gray, box);
        if (line.text !== '') lines.push(shiftLine(line, region.x, region.y));
      }
    }
    if (lines.length > 0) mergeInto(target.item, lines);
  }
}

/** Ink components smaller than this many pixels at 200 dpi are specks (a printed full stop has about 25). */
const SPECK_PIXELS_AT_200 = 9;

/** A copy of a region of the page and of its ink, specks whitened; null for a region too small to hold text. */
function cleanRegion(gray: GrayImage, mask: Uint8Array, box: Box, dpi: number): { gray: GrayImage; mask: Uint8Array; x: number; y: number } | null {
  const x0 = Math.max(0, Math.round(box[0]));
  const y0 = Math.max(0, Math.round(box[1]));
  const x1 = Math.min(gray.width, Math.round(box[2]));
  const y1 = Math.min(gray.height, Math.round(box[3]));
  const width = x1 - x0;
  const height = y1 - y0;
  if (width < 8 || height < 8) return null;
  const data = new Uint8Array(width * height);
  const ink = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    data.set(gray.data.subarray((y0 + y) * gray.width + x0, (y0 + y) * gray.width + x1), y * width);
    ink.set(mask.subarray((y0 + y) * gray.width + x0, (y0 + y) * gray.width + x1), y * width);
  }
  const speck = Math.max(2, Math.round(SPECK_PIXELS_AT_200 * (dpi / 200) ** 2));
  for (const c of components(ink, width, height)) {
    if (c.pixels >= speck) continue;
    for (let y = c.box[1]; y < c.box[3]; y++) {
      for (let x = c.box[0]; x < c.box[2]; x++) {
        ink[y * width + x] = 0;
        data[y * width + x] = 255;
      }
    }
  }
  return { gray: { width, height, data }, mask: ink, x: x0, y: y0 };
}

function shiftLine(line: PpLine, dx: number, dy: number): PpLine {
  const shift = (b: Box): Box => [b[0] + dx, b[1] + dy, b[2] + dx, b[3] + dy];
  return { ...line, box: shift(line.box), chars: line.chars.map((c) => ({ ...c, box: shift(c.box) })) };
}

/**
 * Text lines of a region from its ink: runs of pixel rows holding ink (gaps of less than a
 * fiftieth of an inch closed), each narrowed to the columns holding ink. Runs lower than a
 * twenty-fifth of an inch are specks.
 */
export function inkLines(mask: Uint8Array, width: number, region: Box, dpi: number): Box[] {
  const [x0, y0, x1, y1] = region.map(Math.round) as Box;
  const gap = Math.max(2, Math.round(dpi / 50));
  const minHeight = Math.max(4, Math.round(dpi / 25));
  const rows: boolean[] = [];
  for (let y = y0; y < y1; y++) {
    let n = 0;
    for (let x = x0; x < x1 && n < 2; x++) n += mask[y * width + x];
    rows.push(n >= 2);
  }
  const bands: [number, number][] = [];
  rows.forEach((ink, i) => {
    if (!ink) return;
    const last = bands[bands.length - 1];
    if (last && i - last[1] <= gap) last[1] = i + 1;
    else bands.push([i, i + 1]);
  });
  const out: Box[] = [];
  for (const [top, bottom] of bands) {
    if (bottom - top < minHeight) continue;
    let left = x1;
    let right = x0;
    for (let y = y0 + top; y < y0 + bottom; y++) {
      for (let x = x0; x < x1; x++) {
        if (!mask[y * width + x]) continue;
        if (x < left) left = x;
        if (x + 1 > right) right = x + 1;
      }
    }
    if (right > left) out.push([left, y0 + top, right, y0 + bottom]);
  }
  return out;
}

/** Lines of one region joined as the first reading joins the lines of a cell. */
function joined(lines: readonly PpLine[]): { text: string; chars: PpChar[] } {
  let text = '';
  for (const line of lines) text += text && /[A-Za-z0-9.%]$/u.test(text) && /^[A-Za-z0-9]/u.test(line.text) ? ` ${line.text}` : line.text;
  return { text: fixOcrText(text), chars: lines.flatMap((l) => l.chars) };
}

/** Characters of a text compared across engines: NFKC, no whitespace. */
function compact(text: string): string[] {
  return [...text.normalize('NFKC').replace(/\s+/gu, '')];
}

/** The first reading's characters with their confidences (a word's symbols, else its characters at the word's confidence). */
function firstChars(words: readonly OcrWord[]): { text: string; confidence: number }[] {
  return words.flatMap((w) => {
    const symbols = w.symbols.length > 0 ? w.symbols : [...w.text].map((text) => ({ text, confidence: w.confidence }));
    return symbols.flatMap((s) => compact(s.text).map((text) => ({ text, confidence: s.confidence })));
  });
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/** Merges the second reading `lines` into `item` (see the module comment). */
export function mergeInto(item: Readable, lines: readonly PpLine[]): void {
  const second = joined(lines);
  const secondConfidence = round2(lines.reduce((s, l) => s + l.confidence * l.chars.length, 0) / Math.max(1, lines.reduce((n, l) => n + l.chars.length, 0)));
  const first = firstChars(item.words);
  const a = first.map((c) => c.text);
  const chars = second.chars.flatMap((c) => compact(c.text).map((text) => ({ ...c, text })));
  const b = chars.map((c) => c.text);
  if (a.join('') === b.join('')) {
    // Agreement: the first reading stands, as sure as the surer engine.
    item.words = item.words.map((w) => ({ ...w, confidence: Math.max(w.confidence, secondConfidence) }));
    item.confidence = round2(Math.max(item.confidence, secondConfidence));
    return;
  }
  const confidence = chars.map((c) => c.confidence);
  if (a.length > 0) {
    const weak = (i: number) => first[i].confidence < MIN_FACT_CONFIDENCE;
    let lastA = -1;
    let lastB = -1;
    for (const [i, j] of alignChars(a, b)) {
      if (i !== null && j !== null) {
        confidence[j] = a[i] === b[j] ? Math.max(confidence[j], first[i].confidence) : weak(i) ? confidence[j] : Math.min(confidence[j], first[i].confidence);
        lastA = i;
        lastB = j;
      } else if (j !== null) {
        // A character only the second reading has: no surer than the first reading's neighbour, which saw nothing there.
        const near = Math.max(0, Math.min(first.length - 1, lastA));
        if (!weak(near)) confidence[j] = Math.min(confidence[j], first[near].confidence);
        lastB = j;
      } else if (i !== null && !weak(i)) {
        // A character only the first reading has, read surely: its neighbours in the second reading are in doubt.
        for (const k of [lastB, lastB + 1]) if (k >= 0 && k < confidence.length) confidence[k] = Math.min(confidence[k], first[i].confidence);
      }
    }
  }
  const readings: Reading[] = [{ engine: 'pp-ocr', text: second.text, confidence: secondConfidence }];
  if (item.text !== '') readings.push({ engine: 'tesseract', text: item.text, confidence: item.confidence });
  item.words = chars.map((c, k) => ({ text: c.text, confidence: confidence[k], box: c.box, symbols: [] }));
  item.text = second.text;
  item.confidence = round2(confidence.length > 0 ? Math.min(...confidence) : 0);
  if (item.text !== '' && readings.length > 1) item.readings = readings;
}

function overlaps(a: Box, b: Box): boolean {
  return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
}
