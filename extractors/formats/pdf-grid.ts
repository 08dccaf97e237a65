/**
 * Table grids from ruling lines: connected horizontal and vertical rulings form a table; their
 * positions give the row and column boundaries, and a missing inner border merges grid slots into
 * one cell (colSpan / rowSpan). Coordinates are PDF points, origin bottom-left.
 */
import type { Rulings, Segment } from './pdf-rulings.js';

/** One cell of a ruled grid: top-left grid slot, spans, and its box [x0, y0, x1, y1] in points. */
export interface GridCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  box: [number, number, number, number];
}

/** A ruled table: column boundaries left to right, row boundaries top to bottom, cells row-major. */
export interface RuledGrid {
  xs: number[];
  ys: number[];
  cells: GridCell[];
  /** `owner[r][c]` is the index in `cells` of the cell covering grid slot (r, c). */
  owner: number[][];
}

/** Rulings this close (points) to each other meet or share a boundary. */
const TOL_PT = 2;
/** Boundaries closer than this (points) are one (double borders, cell padding lines). */
const MIN_GAP_PT = 4;
/** A border must cover this share of a slot's side to separate two slots. */
const COVER = 0.6;
/** Above this many horizontal × vertical pairs the page is a drawing, not a form: no grids. */
const MAX_PAIRS = 250_000;

/** The table grids of a page (at least two cells each), top to bottom. */
export function findGrids(rulings: Rulings): RuledGrid[] {
  const { horizontal: h, vertical: v } = rulings;
  if (h.length === 0 || v.length === 0 || h.length * v.length > MAX_PAIRS) return [];
  const parent = Array.from({ length: h.length + v.length }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  const touches = new Uint8Array(h.length + v.length);
  for (let i = 0; i < h.length; i++) {
    for (let j = 0; j < v.length; j++) {
      if (v[j].pos < h[i].from - TOL_PT || v[j].pos > h[i].to + TOL_PT) continue;
      if (h[i].pos < v[j].from - TOL_PT || h[i].pos > v[j].to + TOL_PT) continue;
      parent[find(i)] = find(h.length + j);
      touches[i] = touches[h.length + j] = 1;
    }
  }
  const groups = new Map<number, { h: Segment[]; v: Segment[] }>();
  for (let i = 0; i < h.length + v.length; i++) {
    if (!touches[i]) continue;
    const root = find(i);
    const group = groups.get(root) ?? { h: [], v: [] };
    if (i < h.length) group.h.push(h[i]);
    else group.v.push(v[i - h.length]);
    groups.set(root, group);
  }
  const grids: RuledGrid[] = [];
  for (const group of groups.values()) {
    const grid = buildGrid(group.h, group.v);
    if (grid && grid.cells.length >= 2) grids.push(grid);
  }
  return grids.sort((a, b) => b.ys[0] - a.ys[0]);
}

function buildGrid(h: Segment[], v: Segment[]): RuledGrid | null {
  // Outer edges come from the other direction's extent too: tables without side borders, or a
  // continuation on the next page without a top border, still have their full width and height.
  const xs = cluster([...v.map((s) => s.pos), Math.min(...h.map((s) => s.from)), Math.max(...h.map((s) => s.to))]);
  const ys = cluster([...h.map((s) => s.pos), Math.min(...v.map((s) => s.from)), Math.max(...v.map((s) => s.to))]).reverse();
  const cols = xs.length - 1;
  const rows = ys.length - 1;
  if (cols < 1 || rows < 1) return null;
  const vAt = byBoundary(v, xs);
  const hAt = byBoundary(h, ys);
  const covered = (segments: Segment[], from: number, to: number): boolean => {
    let sum = 0;
    for (const s of segments) sum += Math.max(0, Math.min(to, s.to) - Math.max(from, s.from));
    return sum >= COVER * (to - from);
  };
  /** A border right of column c in row r. */
  const rightBorder = (r: number, c: number): boolean => covered(vAt[c + 1], ys[r + 1], ys[r]);
  /** A border below row r in column c. */
  const bottomBorder = (r: number, c: number): boolean => covered(hAt[r + 1], xs[c], xs[c + 1]);

  const owner: number[][] = Array.from({ length: rows }, () => new Array<number>(cols).fill(-1));
  const cells: GridCell[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (owner[r][c] >= 0) continue;
      let colSpan = 1;
      while (c + colSpan < cols && owner[r][c + colSpan] < 0 && !rightBorder(r, c + colSpan - 1)) colSpan++;
      let rowSpan = 1;
      const open = (rr: number): boolean => {
        for (let cc = c; cc < c + colSpan; cc++) if (owner[rr + 1][cc] >= 0 || bottomBorder(rr, cc)) return false;
        return true;
      };
      while (r + rowSpan < rows && open(r + rowSpan - 1)) rowSpan++;
      const index = cells.length;
      cells.push({ row: r, col: c, rowSpan, colSpan, box: [xs[c], ys[r + rowSpan], xs[c + colSpan], ys[r]] });
      for (let rr = r; rr < r + rowSpan; rr++) for (let cc = c; cc < c + colSpan; cc++) owner[rr][cc] = index;
    }
  }
  return { xs, ys, cells, owner };
}

/** Segments listed under the boundary nearest to each (boundaries sorted either way). */
function byBoundary(segments: Segment[], bounds: number[]): Segment[][] {
  const out = bounds.map((): Segment[] => []);
  for (const s of segments) {
    let best = 0;
    for (let i = 1; i < bounds.length; i++) if (Math.abs(bounds[i] - s.pos) < Math.abs(bounds[best] - s.pos)) best = i;
    out[best].push(s);
  }
  return out;
}

/** Sorted values grouped where they lie within MIN_GAP_PT of each other; each group's mean, ascending. */
function cluster(values: number[]): number[] {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  const out: number[] = [];
  let sum = 0;
  let count = 0;
  let last = -Infinity;
  for (const value of sorted) {
    if (count > 0 && value - last > MIN_GAP_PT) {
      out.push(sum / count);
      sum = 0;
      count = 0;
    }
    sum += value;
    count++;
    last = value;
  }
  if (count > 0) out.push(sum / count);
  return out;
}

/** The cell of `grid` containing point (x, y), or -1 (index into `grid.cells`). */
export function cellAt(grid: RuledGrid, x: number, y: number): number {
  const { xs, ys } = grid;
  if (x < xs[0] || x > xs[xs.length - 1] || y > ys[0] || y < ys[ys.length - 1]) return -1;
  let c = 0;
  while (c < xs.length - 2 && x > xs[c + 1]) c++;
  let r = 0;
  while (r < ys.length - 2 && y < ys[r + 1]) r++;
  return grid.owner[r][c];
}
