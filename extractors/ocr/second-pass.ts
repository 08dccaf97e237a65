/**
 * The second OCR reading: the regions of a page that decide verdicts (reread-targets.ts) are read
 * again by the more accurate engine (PP-OCR), each from a clean copy of its own pixels, and the
 * readings are merged into the page's items (merge-readings.ts).
 */
import type { PpLine } from './paddle/pp-ocr.js';
import { mergeInto, type Readable } from './merge-readings.js';
import type { Target } from './reread-targets.js';
import type { Box, GrayImage } from './pixels.js';
import { components } from './seals.js';

/** What the second pass needs of an engine: line recognition, and line detection for a band it cannot split. */
export interface SecondReader {
  recognizeLine(gray: GrayImage, box: Box): Promise<PpLine>;
  detect(gray: GrayImage, region: Box): Promise<Box[]>;
}

/**
 * Reads the targets again with `reader` from `gray` (the page as the first reading saw it, `mask`
 * its ink) and merges each second reading into its item (text, confidence, words, readings).
 * Returns how many targets were left unread because the page's `deadline` (ms since the epoch) passed.
 * Each region is read from a copy of its own pixels with specks taken out, so that neither dust nor
 * the neighbouring cell is read as text.
 */
export async function readSecondPass(reader: SecondReader, gray: GrayImage, mask: Uint8Array, targets: readonly Target[], dpi: number, deadline = Infinity): Promise<number> {
  const read: { target: Target; lines: PpLine[] }[] = [];
  let left = 0;
  for (const target of targets) {
    // Past the page's time budget, the rest keeps its first reading.
    if (Date.now() > deadline) {
      left++;
      continue;
    }
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
    if (lines.length > 0) read.push({ target, lines });
  }

  // Parts of one line are merged from its end to its start, so the indexes of the parts before stay valid.
  const byItem = new Map<Readable, typeof read>();
  for (const r of read) byItem.set(r.target.item, [...(byItem.get(r.target.item) ?? []), r]);
  for (const parts of byItem.values()) {
    parts.sort((p, q) => (q.target.span?.[0] ?? 0) - (p.target.span?.[0] ?? 0));
    for (const { target, lines } of parts) mergeInto(target.item, lines, target.span);
  }
  return left;
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
