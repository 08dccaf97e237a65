/**
 * Tables drawn without ruling lines, from text alignment alone: a run of lines split into several
 * cells is a table; its columns are the x-extents of those cells merged across the run; a line
 * whose cells all continue wrapped cells of the row above (or sits between the lines of that row,
 * as a vertically centred cell does) joins that row. Empty columns give empty cells.
 */
import { boxText, wrapsAt, type PdfLine } from './pdf-lines.js';

/** A ruling-free table (rows of cell texts, one per column) or a line of running text. */
export type LooseUnit = { kind: 'table'; top: number; rows: string[][] } | { kind: 'line'; line: PdfLine };

/** Two cells' extents closer than this (em) belong to one column. */
const COLUMN_GAP_EM = 0.3;
/** Baselines closer than this share of the row's line pitch (or 0.8 em) are one row. */
const SAME_ROW_PITCH = 0.6;
/** A continuation line is at most this many line pitches below the row's last line. */
const MAX_STEP_PITCH = 1.3;
/** Consecutive multi-cell lines further apart than this (em) are separate tables. */
const MAX_ROW_GAP_EM = 4;

/**
 * Lines (top to bottom) split into ruling-free tables and running-text lines. A lone multi-cell
 * line that `isText` accepts (given the lines above and below it) is text, its cells joined with a space.
 */
export function splitLooseTables(lines: readonly PdfLine[], isText: (line: PdfLine, prev: PdfLine | undefined, next: PdfLine | undefined) => boolean): LooseUnit[] {
  const out: LooseUnit[] = [];
  let i = 0;
  while (i < lines.length) {
    const first = lines[i];
    if (first.cells.length < 2) {
      out.push({ kind: 'line', line: first });
      i++;
      continue;
    }
    const run: PdfLine[] = [first];
    let columns = mergeColumns([], first);
    let j = i + 1;
    for (; j < lines.length; j++) {
      const line = lines[j];
      const prev = run[run.length - 1];
      const d = prev.y - line.y;
      if (line.cells.length >= 2) {
        if (d > MAX_ROW_GAP_EM * Math.max(prev.size, line.size)) break;
        columns = mergeColumns(columns, line);
      } else {
        const col = slotOf(columns, line.cells[0].box);
        if (col < 0 || d > MAX_ROW_GAP_EM * line.size) break;
        columns[col] = [Math.min(columns[col][0], line.cells[0].box[0]), Math.max(columns[col][1], line.cells[0].box[2])];
      }
      run.push(line);
    }
    const rows = assembleRows(run, columns);
    // Trailing lines that formed rows of their own (one cell, no multi-cell line) are text.
    let used = run.length;
    while (rows.length > 0 && rows[rows.length - 1].lines.every((l) => l.cells.length === 1)) {
      used -= rows.pop()!.lines.length;
    }
    if (rows.length === 1 && used === 1 && isText(first, lines[i - 1], lines[i + 1])) {
      out.push({ kind: 'line', line: { ...first, cells: [{ text: first.cells.map((c) => c.text).join(' '), box: [first.cells[0].box[0], first.cells[0].box[1], first.cells[first.cells.length - 1].box[2], first.cells[0].box[3]] }] } });
    } else {
      out.push({ kind: 'table', top: first.y + first.size, rows: rows.map((r) => r.texts) });
    }
    i += used;
  }
  return out;
}

/**
 * The column a lone cell belongs to: the one it overlaps most (or the nearest), provided the cell
 * stays clear of the columns on either side; -1 otherwise.
 */
function slotOf(columns: readonly [number, number][], box: readonly number[]): number {
  let best = -1;
  let bestScore = -Infinity;
  columns.forEach(([a, b], k) => {
    const score = Math.min(b, box[2]) - Math.max(a, box[0]);
    if (score > bestScore) [best, bestScore] = [k, score];
  });
  if (best < 0) return -1;
  const clearLeft = best === 0 || box[0] > columns[best - 1][1];
  const clearRight = best === columns.length - 1 || box[2] < columns[best + 1][0];
  return clearLeft && clearRight ? best : -1;
}

/** Column extents [x0, x1] with the cells of `line` merged in, left to right. */
function mergeColumns(columns: [number, number][], line: PdfLine): [number, number][] {
  const all = [...columns, ...line.cells.map((c): [number, number] => [c.box[0], c.box[2]])].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [a, b] of all) {
    const last = out[out.length - 1];
    if (last && a <= last[1] + COLUMN_GAP_EM * line.size) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

interface RowDraft {
  lines: PdfLine[];
  /** Per column: the lines of cell text in it so far. */
  parts: PdfLine[][];
  lastY: number;
}

function assembleRows(run: readonly PdfLine[], columns: [number, number][]): { lines: PdfLine[]; texts: string[] }[] {
  const colOf = (x0: number, x1: number): number => {
    const centre = (x0 + x1) / 2;
    let best = 0;
    let bestDistance = Infinity;
    columns.forEach(([a, b], k) => {
      const distance = centre < a ? a - centre : centre > b ? centre - b : 0;
      if (distance < bestDistance) [best, bestDistance] = [k, distance];
    });
    return best;
  };
  const placedLines = run.map((line) => line.cells.map((cell) => ({ col: colOf(cell.box[0], cell.box[2]), line: { cells: [cell], y: line.y, size: line.size } })));
  const pitch = runPitch(run, placedLines.map((p) => p.map((c) => c.col)));
  const rows: RowDraft[] = [];
  run.forEach((line, index) => {
    const placed = placedLines[index];
    const row = rows[rows.length - 1];
    const d = row ? row.lastY - line.y : Infinity;
    const sameRow = d < Math.max(0.8 * line.size, SAME_ROW_PITCH * pitch);
    // A line filling every column is a new row, however narrow its columns.
    const wraps =
      d <= MAX_STEP_PITCH * pitch &&
      new Set(placed.map((p) => p.col)).size < columns.length &&
      placed.every(({ col, line: part }) => {
        const above = row?.parts[col];
        const last = above?.[above.length - 1];
        return last !== undefined && wrapsAt(last.cells[0].box[2], part.cells[0].text, line.size, columns[col][1]);
      });
    const target: RowDraft = row && (sameRow || wraps) ? row : { lines: [], parts: columns.map(() => []), lastY: line.y };
    if (target !== row) rows.push(target);
    target.lines.push(line);
    target.lastY = line.y;
    for (const { col, line: part } of placed) target.parts[col].push(part);
  });
  return rows.map((r) => ({
    lines: r.lines,
    texts: r.parts.map((parts, k) => boxText(mergeSameBaseline(parts), [columns[k][0], 0, columns[k][1], 0])),
  }));
}

/** Parts of one column on the same baseline (two cells that fell in one column) joined with a space. */
function mergeSameBaseline(parts: PdfLine[]): PdfLine[] {
  const out: PdfLine[] = [];
  for (const p of parts) {
    const last = out[out.length - 1];
    if (last && Math.abs(last.y - p.y) < 0.5 * p.size) last.cells = [...last.cells, ...p.cells];
    else out.push({ ...p, cells: [...p.cells] });
  }
  return out;
}

/**
 * The run's line pitch inside a cell: the smallest baseline step of at least 0.9 em between two
 * lines with text in the same column (1.2 em when there is none).
 */
function runPitch(run: readonly PdfLine[], cols: readonly number[][]): number {
  let best = Infinity;
  const lastY = new Map<number, number>();
  run.forEach((line, k) => {
    for (const col of cols[k]) {
      const above = lastY.get(col);
      const d = above === undefined ? Infinity : above - line.y;
      if (d >= 0.9 * line.size && d < best) best = d;
      lastY.set(col, line.y);
    }
  });
  return Number.isFinite(best) ? best : 1.2 * (run[0]?.size ?? 10);
}
