/**
 * The regions of an OCR'd page that the second reading reads again (at most MAX_SECOND_READS per
 * page, in this order):
 * 1. every cell holding text or ink in a ruled table that is a signature table (a cell asks for a
 *    signature or seal, or a seal lies on one of its rows): unit names, signer names, dates;
 * 2. every cell or line holding digits or a letter-and-digit code (credit codes, counts, amounts,
 *    dates), or naming a code;
 * 3. every cell or line read below the fact confidence threshold, and every cell with ink but no text.
 * An item longer than LONG_LINE_CHARS is read again only in its visual lines that matter (those
 * holding digits, Latin letters or weakly read characters), and on a long visual line only in
 * those words. Cells and lines holding tick boxes are left as they are (their boxes are read from
 * pixels), and so are the printed labels of signature columns (法定代表人签字, 单位盖章) read well
 * enough to be recognised as such.
 */
import { MIN_FACT_CONFIDENCE } from '../../src/model/fact.js';
import { hasCheckbox } from '../../src/text/checkboxes.js';
import { groupWordLines, type LaidItem, type OcrWord } from './layout.js';
import type { Readable } from './merge-readings.js';
import { inkShare, type Box } from './pixels.js';

/** At most this many regions of a page are read again. */
export const MAX_SECOND_READS = 80;
/** A line with more characters than this is read again in parts. */
export const LONG_LINE_CHARS = 16;
/** A cell asking for a signature, a seal or a signing date. */
const SIGNATURE_CELL = /签字|签名|签章|盖章|公章|法定代表人|负责人|日期/u;
/** Text holding a number or a code, or naming a code. */
const NUMERIC = /[0-9０-９]|[A-Za-z]{2,}\d|信用代码|代码/u;
/** Characters that make a word of a long line worth a second look besides weak ones: digits and Latin letters (codes, amounts, dates). */
const CODE_CHAR = /[0-9０-９A-Za-zＡ-Ｚａ-ｚ]/u;
/** A cell asking for a signature of at most this many characters is a column label (法定代表人签字, 单位盖章). */
const LABEL_CHARS = 8;
/** Cells are read inside their rules, this many pixels in. */
const CELL_INSET = 3;

export interface Target {
  item: Readable;
  /** Where its ink is looked for: a cell inside its rules, a line with a margin. */
  region: Box;
  /** For part of a long line: the [start, end) indexes of its words read again. */
  span?: [number, number];
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
    // A printed request for a signature or seal (法定代表人签字, 单位盖章), read well enough to be recognised as one, is a column's label, not data.
    if (SIGNATURE_CELL.test(item.text) && item.confidence >= MIN_FACT_CONFIDENCE && [...item.text].length <= LABEL_CHARS) return;
    if (item.text === '' && inkShare(mask, width, region) <= 0.004) return;
    let priority = 0;
    if (inSignatureTable) priority = 3;
    else if (NUMERIC.test(item.text)) priority = 2;
    else if (item.text === '' || item.confidence < MIN_FACT_CONFIDENCE) priority = 1;
    if (priority === 0) return;
    if (inSignatureTable || [...item.text].length <= LONG_LINE_CHARS) targets.push({ item, region, priority });
    else targets.push(...partsOf(item, priority, region));
  };
  for (const item of items) {
    if (item.kind === 'line') consider(item, grown(item.box, width, height), false);
    else for (const cell of item.cells) consider(cell, item.grid ? inset(cell.box) : grown(cell.box, width, height), item.grid && signatureTables.has(item.table));
  }
  return targets.sort((a, b) => b.priority - a.priority).slice(0, MAX_SECOND_READS);
}

/**
 * The parts of a long item that matter, as targets over its words (put in reading order, visual
 * line by visual line). A visual line holding a digit, a Latin letter or a weakly read character is
 * read whole when it is short; on a long one, only those words are read (next ones joined), each
 * part cut between words (the first reading's own gaps), never through a character.
 */
function partsOf(item: Readable, priority: number, bounds: Box): Target[] {
  const lines = groupWordLines(item.words);
  item.words = lines.flat();
  const matters = (w: OcrWord) => w.confidence < MIN_FACT_CONFIDENCE || CODE_CHAR.test(w.text);
  const targets: Target[] = [];
  let offset = 0;
  for (const line of lines) {
    const first = offset;
    offset += line.length;
    if (!line.some(matters)) continue;
    const top = Math.min(...line.map((w) => w.box[1]));
    const bottom = Math.max(...line.map((w) => w.box[3]));
    const dy = Math.round((bottom - top) * 0.2);
    const [y0, y1] = [Math.max(bounds[1], top - dy), Math.min(bounds[3], bottom + dy)];
    if ([...line.map((w) => w.text).join('')].length <= LONG_LINE_CHARS) {
      targets.push({ item, region: [bounds[0], y0, bounds[2], y1], span: [first, offset], priority });
      continue;
    }
    const spans: [number, number][] = [];
    line.forEach((w, i) => {
      if (!matters(w)) return;
      const last = spans[spans.length - 1];
      if (last && last[1] === i) last[1] = i + 1;
      else spans.push([i, i + 1]);
    });
    for (const [s, e] of spans) {
      const x0 = s > 0 ? Math.round((line[s - 1].box[2] + line[s].box[0]) / 2) : bounds[0];
      const x1 = e < line.length ? Math.round((line[e - 1].box[2] + line[e].box[0]) / 2) : bounds[2];
      targets.push({ item, region: [Math.max(bounds[0], x0), y0, Math.min(bounds[2], x1), y1], span: [first + s, first + e], priority });
    }
  }
  return targets;
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

function overlaps(a: Box, b: Box): boolean {
  return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
}
