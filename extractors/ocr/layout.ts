/**
 * OCR words laid out as the PDF reader lays out text: table rows with cells and paragraph lines,
 * in reading order. Words inside a ruled grid (found by rules.ts) go to the grid cell holding their
 * centre, so an empty signature cell stays an empty cell in its column; words elsewhere are grouped
 * into lines by vertical overlap and split into cells at wide gaps (a label and its value).
 */
import type { Reading } from '../../src/model/document.js';
import { fixOcrText } from '../../src/text/ocr-fixes.js';
import type { Box } from './pixels.js';
import type { Grid } from './rules.js';

/** One recognised character with its box and confidence (0–1). */
export interface OcrSymbol {
  text: string;
  confidence: number;
  box: Box;
}

/** One recognised word (a run of characters the recogniser kept together). */
export interface OcrWord {
  text: string;
  /** 0–1. */
  confidence: number;
  box: Box;
  symbols: OcrSymbol[];
}

/** A cell of a laid-out row: text, box (pixels) and the lowest word confidence in it (1 when empty). */
export interface LaidCell {
  text: string;
  box: Box;
  confidence: number;
  words: OcrWord[];
  /** Both readings, when a second reading disagreed with the first (second-pass.ts). */
  readings?: Reading[];
}

export type LaidItem =
  | { kind: 'row'; table: number; grid: boolean; box: Box; cells: LaidCell[] }
  | { kind: 'line'; box: Box; text: string; confidence: number; words: OcrWord[]; readings?: Reading[] };

/** A gap wider than this many line heights starts a new cell on an unruled line. */
export const OCR_CELL_GAP_EM = 1.2;

const ALNUM_END = /[A-Za-z0-9.%]$/u;
const ALNUM_START = /^[A-Za-z0-9]/u;

const height = (b: Box) => b[3] - b[1];
const centreX = (b: Box) => (b[0] + b[2]) / 2;
const centreY = (b: Box) => (b[1] + b[3]) / 2;

function union(boxes: readonly Box[]): Box {
  return [Math.min(...boxes.map((b) => b[0])), Math.min(...boxes.map((b) => b[1])), Math.max(...boxes.map((b) => b[2])), Math.max(...boxes.map((b) => b[3]))];
}

/** Words grouped into visual lines (vertical overlap of at least half the smaller height), top to bottom, each left to right. */
export function groupWordLines(words: readonly OcrWord[]): OcrWord[][] {
  const lines: { words: OcrWord[]; top: number; bottom: number }[] = [];
  for (const w of [...words].sort((a, b) => centreY(a.box) - centreY(b.box))) {
    const line = lines.find((l) => {
      const overlap = Math.min(l.bottom, w.box[3]) - Math.max(l.top, w.box[1]);
      return overlap >= 0.5 * Math.min(l.bottom - l.top, height(w.box));
    });
    if (line) {
      line.words.push(w);
      line.top = Math.min(line.top, w.box[1]);
      line.bottom = Math.max(line.bottom, w.box[3]);
    } else lines.push({ words: [w], top: w.box[1], bottom: w.box[3] });
  }
  return lines.sort((a, b) => a.top - b.top).map((l) => l.words.sort((a, b) => a.box[0] - b.box[0]));
}

/** Text of words on one line: no space between CJK words; a space between two ASCII words apart by more than 0.3 line heights. */
function joinLine(words: readonly OcrWord[]): string {
  let text = '';
  let last: OcrWord | null = null;
  const h = Math.max(1, ...words.map((w) => height(w.box)));
  for (const w of words) {
    if (last && ALNUM_END.test(last.text) && ALNUM_START.test(w.text) && w.box[0] - last.box[2] > 0.3 * h) text += ' ';
    text += w.text;
    last = w;
  }
  return text;
}

/** Lowest confidence of the words that carry content (lone punctuation is ignored); 1 when there are none. */
export function lowestConfidence(words: readonly OcrWord[]): number {
  const content = words.filter((w) => /[\p{L}\p{N}]/u.test(w.text));
  const pool = content.length > 0 ? content : words;
  return pool.length === 0 ? 1 : Math.min(...pool.map((w) => w.confidence));
}

/** A cell from the words in it: lines joined, OCR text repairs applied, lowest word confidence. */
export function cellOf(words: OcrWord[], box: Box): LaidCell {
  const lines = groupWordLines(words);
  let text = '';
  for (const line of lines) {
    const part = joinLine(line);
    text += text && ALNUM_END.test(text) && ALNUM_START.test(part) ? ` ${part}` : part;
  }
  return { text: fixOcrText(text), box, confidence: Math.round(lowestConfidence(words) * 100) / 100, words };
}

/** Lays out the words of a page: grid rows and unruled lines in reading order (top to bottom). */
export function layoutPage(words: readonly OcrWord[], grids: readonly Grid[]): LaidItem[] {
  const placed = new Set<OcrWord>();
  const entries: { top: number; items: LaidItem[] }[] = [];
  let table = 0;
  for (const grid of grids) {
    const rows: LaidItem[] = [];
    for (const row of grid.rows) {
      const cells = row.map((cell) => {
        const inside = words.filter((w) => {
          if (placed.has(w)) return false;
          const x = centreX(w.box);
          const y = centreY(w.box);
          return x >= cell.box[0] && x < cell.box[2] && y >= cell.box[1] && y < cell.box[3];
        });
        inside.forEach((w) => placed.add(w));
        return cellOf(inside, cell.box);
      });
      if (cells.every((c) => c.text === '')) continue;
      rows.push({ kind: 'row', table, grid: true, box: union(row.map((c) => c.box)), cells });
    }
    if (rows.length > 0) {
      entries.push({ top: grid.box[1], items: rows });
      table++;
    }
  }
  const rest = words.filter((w) => !placed.has(w) && w.text.trim() !== '');
  let previousWasRow = false;
  for (const line of groupWordLines(rest)) {
    const h = Math.max(1, ...line.map((w) => height(w.box)));
    const groups: OcrWord[][] = [];
    for (const w of line) {
      const last = groups[groups.length - 1];
      if (last && w.box[0] - last[last.length - 1].box[2] <= OCR_CELL_GAP_EM * h) last.push(w);
      else groups.push([w]);
    }
    const box = union(line.map((w) => w.box));
    const top = box[1];
    if (groups.length >= 2) {
      // Consecutive multi-cell lines form one table, as in the PDF reader.
      if (!previousWasRow) table++;
      const cells = groups.map((g) => cellOf(g, union(g.map((w) => w.box))));
      entries.push({ top, items: [{ kind: 'row', table: table - 1, grid: false, box, cells }] });
      previousWasRow = true;
    } else {
      const cell = cellOf(line, box);
      if (cell.text !== '') entries.push({ top, items: [{ kind: 'line', box, text: cell.text, confidence: cell.confidence, words: line }] });
      previousWasRow = false;
    }
  }
  return entries.sort((a, b) => a.top - b.top).flatMap((e) => e.items);
}
