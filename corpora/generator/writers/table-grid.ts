/**
 * Shared helpers for the DOCX and PDF writers: placing spec table cells on a column grid
 * (honouring colSpan / rowSpan) and splitting text on checkbox markers.
 */
import { CHECKBOX_MARKER } from '../spec.js';
import type { SpecCell } from '../spec.js';

/** A spec cell placed on the grid: its top-left grid position and its spans (all >= 1). */
export interface PlacedCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  text: string;
}

export interface TableGrid {
  /** Number of grid columns: the widest row (in grid columns) or the spec's `columns`, whichever is larger. */
  columns: number;
  /** Number of rows: the spec rows, extended when a rowSpan reaches past the last row. */
  rows: number;
  cells: PlacedCell[];
  /** `owner[r][c]` is the cell covering grid slot (r, c), or undefined when the slot is empty. */
  owner: (PlacedCell | undefined)[][];
}

/**
 * Places cells row by row, left to right. A slot covered by a rowSpan from an earlier row is
 * skipped, so (as the spec says) covered cells are omitted from later rows.
 */
export function layoutTable(rows: SpecCell[][], columns?: number): TableGrid {
  const occupied: boolean[][] = [];
  const cells: PlacedCell[] = [];
  const isTaken = (r: number, c: number): boolean => occupied[r]?.[c] === true;
  const take = (r: number, c: number): void => {
    (occupied[r] ??= [])[c] = true;
  };

  rows.forEach((specRow, r) => {
    let c = 0;
    for (const spec of specRow) {
      while (isTaken(r, c)) c++;
      const colSpan = Math.max(1, Math.floor(spec.colSpan ?? 1));
      const rowSpan = Math.max(1, Math.floor(spec.rowSpan ?? 1));
      const cell: PlacedCell = { row: r, col: c, rowSpan, colSpan, text: spec.text };
      cells.push(cell);
      for (let dr = 0; dr < rowSpan; dr++) {
        for (let dc = 0; dc < colSpan; dc++) take(r + dr, c + dc);
      }
      c += colSpan;
    }
  });

  const rowCount = Math.max(rows.length, ...cells.map((cell) => cell.row + cell.rowSpan));
  const widest = Math.max(1, columns ?? 0, ...cells.map((cell) => cell.col + cell.colSpan));
  const owner: (PlacedCell | undefined)[][] = Array.from({ length: rowCount }, () =>
    new Array<PlacedCell | undefined>(widest).fill(undefined),
  );
  for (const cell of cells) {
    for (let dr = 0; dr < cell.rowSpan; dr++) {
      for (let dc = 0; dc < cell.colSpan; dc++) owner[cell.row + dr][cell.col + dc] = cell;
    }
  }
  return { columns: widest, rows: rowCount, cells, owner };
}

/** A piece of inline text: plain text or a checkbox marker. */
export type InlinePart = { kind: 'text'; text: string } | { kind: 'checkbox'; checked: boolean };

/** Splits text on `{{cb:1}}` / `{{cb:0}}` markers (empty text parts are dropped). */
export function splitCheckboxes(text: string): InlinePart[] {
  const parts: InlinePart[] = [];
  // A fresh regex with the spec's pattern, so that the shared global regex's lastIndex is never touched.
  const marker = new RegExp(CHECKBOX_MARKER.source, 'g');
  let last = 0;
  for (const match of text.matchAll(marker)) {
    const index = match.index ?? 0;
    if (index > last) parts.push({ kind: 'text', text: text.slice(last, index) });
    parts.push({ kind: 'checkbox', checked: match[1] === '1' });
    last = index + match[0].length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}

/** Replaces checkbox markers with the given glyphs. */
export function replaceCheckboxes(text: string, glyphs: [string, string]): string {
  return splitCheckboxes(text)
    .map((part) => (part.kind === 'text' ? part.text : part.checked ? glyphs[0] : glyphs[1]))
    .join('');
}
