/**
 * The content of one PDF page in reading order: tables ruled by the page's own lines (each text
 * run in the cell containing its centre, empty cells kept), ruling-free tables from text
 * alignment, and paragraphs rebuilt from the remaining lines. Coordinates are PDF points.
 */
import { cellAt, findGrids, type RuledGrid } from './pdf-grid.js';
import { splitLooseTables } from './pdf-loose-tables.js';
import { boxText, groupLines, type PdfLine, type TextRun } from './pdf-lines.js';
import { isTextLine, reflow, type Paragraph, type TextMetrics } from './pdf-reflow.js';
import type { Rulings } from './pdf-rulings.js';

/** A table cell as read from the page: text (lines joined, "\n" between paragraphs) and spans. */
export interface PageCell {
  text: string;
  colSpan: number;
  rowSpan: number;
  /** Its last line runs to the cell's right edge: the text may go on (in the cell's next part, after a page break). */
  full?: boolean;
  /** An image (a seal or signature pasted in as a picture) is centred in the cell. */
  image?: true;
}

/** One unit of a page in reading order. */
export type PageUnit = { kind: 'table'; rows: PageCell[][] } | { kind: 'paragraph'; paragraph: Paragraph };

/** A page after its ruled tables are filled: those tables and the lines of the other text. */
export interface PageLayout {
  tables: { top: number; rows: PageCell[][] }[];
  lines: PdfLine[];
}

/**
 * True when the lines of a page could belong to a ruled table: a line split into cells, or two
 * baselines closer than a line (a cell vertically centred beside a wrapped one). Only such pages
 * have their vector graphics read, which costs about as much as reading the text again.
 */
export function mayHoldTable(lines: readonly PdfLine[]): boolean {
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].cells.length > 1) return true;
    if (i > 0 && lines[i - 1].y - lines[i].y < CLOSE_BASELINES_EM * Math.min(lines[i].size, lines[i - 1].size)) return true;
  }
  return false;
}

/** Baselines closer than this (em) are not consecutive lines of running text. */
const CLOSE_BASELINES_EM = 0.8;

/**
 * Splits a page's runs between its ruled tables and running lines. `lines` are the page's runs
 * grouped into lines (returned as they are when there are no ruled tables); `rulings` are null
 * when the page's graphics were not read.
 */
export function layoutPage(runs: readonly TextRun[], lines: PdfLine[], rulings: Rulings | null): PageLayout {
  const grids = rulings ? findGrids(rulings) : [];
  if (grids.length === 0) return { tables: [], lines };
  const inCells = grids.map((g) => g.cells.map((): TextRun[] => []));
  const rest: TextRun[] = [];
  for (const run of runs) {
    const pieces = run.str.trim() === '' ? [run] : splitAtColumns(run, grids);
    for (const piece of pieces) {
      const cx = piece.x + piece.width / 2;
      const cy = piece.y + 0.3 * piece.size;
      let placed = false;
      for (let g = 0; g < grids.length && !placed; g++) {
        const cell = cellAt(grids[g], cx, cy);
        if (cell >= 0) {
          inCells[g][cell].push(piece);
          placed = true;
        }
      }
      if (!placed) rest.push(piece);
    }
  }
  // Images centred in a cell mark it (seals and signatures pasted in); a page-sized one is a background.
  const imaged = grids.map(() => new Set<number>());
  for (const [x0, y0, x1, y1] of rulings?.images ?? []) {
    for (let g = 0; g < grids.length; g++) {
      const cell = cellAt(grids[g], (x0 + x1) / 2, (y0 + y1) / 2);
      const [cx0, cy0, cx1, cy1] = cell >= 0 ? grids[g].cells[cell].box : [0, 0, 0, 0];
      if (cell >= 0 && (x1 - x0) * (y1 - y0) <= 4 * (cx1 - cx0) * (cy1 - cy0)) imaged[g].add(cell);
    }
  }
  const tables = grids.map((grid, g) => ({ top: grid.ys[0], rows: gridRows(grid, inCells[g], imaged[g]) }));
  return { tables, lines: groupLines(rest) };
}

function gridRows(grid: RuledGrid, runs: TextRun[][], imaged: ReadonlySet<number>): PageCell[][] {
  const rows: PageCell[][] = Array.from({ length: grid.ys.length - 1 }, () => []);
  grid.cells.forEach((cell, k) => {
    const lines = groupLines(runs[k], false);
    const text = boxText(lines, cell.box);
    const pageCell: PageCell = { text, colSpan: cell.colSpan, rowSpan: cell.rowSpan };
    if (endsFull(lines, cell.box)) pageCell.full = true;
    if (imaged.has(k)) pageCell.image = true;
    rows[cell.row].push(pageCell);
  });
  return rows.filter((r) => r.length > 0);
}

/** The box's last line reaches its right edge (less the padding its lines keep on the left), within a character. */
function endsFull(lines: readonly PdfLine[], box: readonly number[]): boolean {
  const last = lines[lines.length - 1];
  if (!last) return false;
  const pad = Math.max(0, Math.min(...lines.map((l) => l.cells[0].box[0] - box[0])));
  return last.cells[last.cells.length - 1].box[2] + 1.5 * last.size > box[2] - pad;
}

/** Characters' share of a run's width: half for printable ASCII, one for everything else. */
function charWeights(str: string): number[] {
  return [...str].map((ch) => (ch.charCodeAt(0) >= 0x20 && ch.charCodeAt(0) <= 0x7e ? 0.5 : 1));
}

/** A run laid across a column border of a grid (one text object over two cells) split at it. */
function splitAtColumns(run: TextRun, grids: readonly RuledGrid[]): TextRun[] {
  const y = run.y + 0.3 * run.size;
  const grid = grids.find((g) => y <= g.ys[0] && y >= g.ys[g.ys.length - 1] && run.x < g.xs[g.xs.length - 1] && run.x + run.width > g.xs[0]);
  if (!grid) return [run];
  const inner = grid.xs.slice(1, -1).filter((x) => x > run.x + 0.3 * run.size && x < run.x + run.width - 0.3 * run.size);
  if (inner.length === 0) return [run];
  const chars = [...run.str];
  const weights = charWeights(run.str);
  const unit = run.width / weights.reduce((a, b) => a + b, 0);
  const out: TextRun[] = [];
  let start = 0;
  let x = run.x;
  let pieceX = run.x;
  let border = 0;
  for (let i = 0; i < chars.length; i++) {
    const mid = x + (weights[i] * unit) / 2;
    if (border < inner.length && mid > inner[border]) {
      if (i > start) out.push({ ...run, str: chars.slice(start, i).join(''), x: pieceX, width: x - pieceX });
      start = i;
      pieceX = x;
      while (border < inner.length && mid > inner[border]) border++;
    }
    x += weights[i] * unit;
  }
  out.push({ ...run, str: chars.slice(start).join(''), x: pieceX, width: run.x + run.width - pieceX });
  return out;
}

/** The page's units in reading order: tables where they stand, text between them reflowed. */
export function pageUnits(layout: PageLayout, metrics: TextMetrics): PageUnit[] {
  const units: PageUnit[] = [];
  const tables = [...layout.tables].sort((a, b) => b.top - a.top);
  let t = 0;
  let pending: PdfLine[] = [];
  const flushText = (): void => {
    let lines: PdfLine[] = [];
    const flushLines = (): void => {
      for (const paragraph of reflow(lines, metrics)) units.push({ kind: 'paragraph', paragraph });
      lines = [];
    };
    for (const unit of splitLooseTables(pending, (line, prev, next) => isTextLine(line, prev, next, metrics))) {
      if (unit.kind === 'line') {
        lines.push(unit.line);
        continue;
      }
      flushLines();
      units.push({ kind: 'table', rows: unit.rows.map((r) => r.map((text) => ({ text, colSpan: 1, rowSpan: 1 }))) });
    }
    flushLines();
    pending = [];
  };
  for (const line of layout.lines) {
    while (t < tables.length && tables[t].top > line.y) {
      flushText();
      units.push({ kind: 'table', rows: tables[t++].rows });
    }
    pending.push(line);
  }
  flushText();
  while (t < tables.length) units.push({ kind: 'table', rows: tables[t++].rows });
  return units;
}
