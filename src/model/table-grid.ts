import type { Cell, TableBlock } from './document.js';

/** One slot of a table grid: the cell covering it, and whether the slot is that cell's top-left one. */
export interface GridSlot {
  cell: Cell;
  /** True at the cell's own (top-left) slot; false at slots its spans cover. */
  origin: boolean;
  /** True where the cell stands in a row above and spans down to this one. */
  above: boolean;
}

/** A table placed on its grid: `rows[r][c]` is the slot at row r, column c (null where no cell stands). */
export interface TableGrid {
  rows: (GridSlot | null)[][];
  /** Number of grid columns. */
  width: number;
}

/**
 * Places a table's cells on its grid from their column and row spans: a cell spanning two
 * columns covers two slots, a cell spanning rows covers the slots below it, so every later cell
 * of those rows moves right. Cells are referenced, never copied.
 */
export function tableGrid(table: Pick<TableBlock, 'rows'>): TableGrid {
  const rows: (GridSlot | null)[][] = table.rows.map(() => []);
  table.rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row.cells) {
      while (rows[r][c]) c++;
      for (let dr = 0; dr < cell.rowSpan && r + dr < rows.length; dr++) {
        for (let dc = 0; dc < cell.colSpan; dc++) rows[r + dr][c + dc] = { cell, origin: dr === 0 && dc === 0, above: dr > 0 };
      }
      c += cell.colSpan;
    }
  });
  const width = Math.max(0, ...rows.map((r) => r.length));
  for (const r of rows) for (let c = 0; c < width; c++) r[c] ??= null;
  return { rows, width };
}
