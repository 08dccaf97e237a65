/**
 * Table rules (ruled lines) of a deskewed page: long horizontal and vertical runs of ink. They
 * give the cell grid of a scanned form, and they are erased before OCR, where they would
 * otherwise come out as "|" and "一" glued to the cell text.
 */
import type { Box, GrayImage } from './pixels.js';

/** A ruled line: its box in pixels (x1, y1 exclusive). */
export interface Rule {
  box: Box;
  orientation: 'h' | 'v';
}

export interface RuleOptions {
  /** Shortest horizontal rule, pixels. */
  minH: number;
  /** Shortest vertical rule, pixels. */
  minV: number;
  /** Gap (pixels) bridged inside one rule (JPEG speckle, broken print). */
  gap?: number;
  /** Thickest line counted as a rule, pixels. */
  maxThickness?: number;
  /**
   * A vertical rule shorter than this (pixels) counts only when both its ends meet horizontal rules
   * (a cell border); shorter free-standing verticals are strokes of large characters (titles).
   */
  freeV?: number;
}

/** Sensible lengths at a resolution: 0.5 in horizontal, 0.22 in vertical (longer than any glyph stroke at ≤ 16 pt). */
export function ruleOptionsForDpi(dpi: number): RuleOptions {
  return { minH: Math.round(dpi * 0.5), minV: Math.round(dpi * 0.22), gap: Math.max(2, Math.round(dpi / 100)), maxThickness: Math.max(4, Math.round(dpi / 25)), freeV: Math.round(dpi * 1.2) };
}

interface Run {
  a: number;
  b: number;
}

/** Runs of ink ≥ minLen along one line of the mask, with gaps ≤ gap bridged. */
function runsOf(get: (i: number) => number, length: number, minLen: number, gap: number): Run[] {
  const out: Run[] = [];
  let start = -1;
  let lastInk = -1;
  for (let i = 0; i <= length; i++) {
    const ink = i < length && get(i) === 1;
    if (ink) {
      if (start < 0) start = i;
      lastInk = i;
    } else if (start >= 0 && i - lastInk > gap) {
      if (lastInk + 1 - start >= minLen) out.push({ a: start, b: lastInk + 1 });
      start = -1;
    }
  }
  if (start >= 0 && lastInk + 1 - start >= minLen) out.push({ a: start, b: lastInk + 1 });
  return out;
}

/** Joins runs on consecutive lines that overlap into rules (a thick line is several runs). */
function joinRuns(perLine: Run[][], orientation: 'h' | 'v', maxThickness: number): Rule[] {
  const open: { a: number; b: number; from: number; to: number }[] = [];
  const done: { a: number; b: number; from: number; to: number }[] = [];
  for (let line = 0; line < perLine.length; line++) {
    for (const run of perLine[line]) {
      const hit = open.find((o) => o.to === line - 1 && run.a < o.b && run.b > o.a);
      if (hit) {
        hit.a = Math.min(hit.a, run.a);
        hit.b = Math.max(hit.b, run.b);
        hit.to = line;
      } else open.push({ ...run, from: line, to: line });
    }
    for (let i = open.length - 1; i >= 0; i--) {
      if (open[i].to < line) done.push(...open.splice(i, 1));
    }
  }
  done.push(...open);
  return done
    .filter((r) => r.to - r.from + 1 <= maxThickness)
    .map((r) => ({ orientation, box: orientation === 'h' ? [r.a, r.from, r.b, r.to + 1] : [r.from, r.a, r.to + 1, r.b] }));
}

/** Horizontal and vertical rules of an ink mask. */
export function findRules(mask: Uint8Array, width: number, height: number, options: RuleOptions): Rule[] {
  const gap = options.gap ?? 2;
  const maxThickness = options.maxThickness ?? 6;
  const rows: Run[][] = [];
  for (let y = 0; y < height; y++) {
    const base = y * width;
    rows.push(runsOf((x) => mask[base + x], width, options.minH, gap));
  }
  // Columns are read from a transposed copy (row-major access is several times faster).
  const transposed = new Uint8Array(mask.length);
  for (let y = 0; y < height; y++) {
    const base = y * width;
    for (let x = 0; x < width; x++) transposed[x * height + y] = mask[base + x];
  }
  const cols: Run[][] = [];
  for (let x = 0; x < width; x++) {
    const base = x * height;
    cols.push(runsOf((y) => transposed[base + y], height, options.minV, gap));
  }
  const hs = joinRuns(rows, 'h', maxThickness);
  const tol = Math.max(3, maxThickness * 2);
  const meets = (x: number, y: number) => hs.some((h) => x >= h.box[0] - tol && x <= h.box[2] + tol && y >= h.box[1] - tol && y <= h.box[3] + tol);
  const vs = joinRuns(cols, 'v', maxThickness).filter((v) => {
    const [x0, y0, x1, y1] = v.box;
    if (options.freeV === undefined || y1 - y0 >= options.freeV) return true;
    const x = (x0 + x1) / 2;
    return meets(x, y0) && meets(x, y1);
  });
  return [...hs, ...vs];
}

/**
 * Whitens rule pixels in a grey image, in place, with a 2-pixel margin (the blurred fringe of a
 * scanned line reads as quote marks); with `fill` 0 it clears them from an ink mask instead.
 */
export function eraseRules(gray: GrayImage, rules: readonly Rule[], fill = 255): void {
  const m = 2;
  for (const { box } of rules) {
    const [x0, y0, x1, y1] = box;
    for (let y = Math.max(0, y0 - m); y < Math.min(gray.height, y1 + m); y++) {
      gray.data.fill(fill, y * gray.width + Math.max(0, x0 - m), y * gray.width + Math.min(gray.width, x1 + m));
    }
  }
}

/** One cell of a ruled grid: its box and its row band index. */
export interface GridCell {
  box: Box;
}

/** A ruled table: row bands top to bottom, each with its cells left to right. */
export interface Grid {
  box: Box;
  rows: GridCell[][];
}

/**
 * Ruled tables: horizontal rules that share vertical rules form a table; consecutive horizontal
 * rule levels bound its rows, and the vertical rules crossing a row's middle bound its cells (a
 * missing vertical is a merged cell).
 */
export function findGrids(rules: readonly Rule[], tolerance = 6): Grid[] {
  const hs = rules.filter((r) => r.orientation === 'h').sort((a, b) => a.box[1] - b.box[1]);
  const vs = rules.filter((r) => r.orientation === 'v');
  if (hs.length < 2 || vs.length < 2) return [];
  // Group horizontal rules into tables: a rule joins the table whose vertical rules reach it.
  const grids: { hs: Rule[]; vs: Set<Rule> }[] = [];
  for (const h of hs) {
    const touching = vs.filter((v) => v.box[0] >= h.box[0] - tolerance && v.box[2] <= h.box[2] + tolerance && v.box[1] <= h.box[3] + tolerance && v.box[3] >= h.box[1] - tolerance);
    const grid = grids.find((g) => touching.some((v) => g.vs.has(v)));
    if (grid) {
      grid.hs.push(h);
      touching.forEach((v) => grid.vs.add(v));
    } else if (touching.length > 0) grids.push({ hs: [h], vs: new Set(touching) });
  }
  const out: Grid[] = [];
  for (const g of grids) {
    // Rule levels: horizontal rules within `tolerance` of each other are one level.
    const levels: number[] = [];
    for (const h of g.hs) {
      const mid = (h.box[1] + h.box[3]) / 2;
      if (levels.length === 0 || mid - levels[levels.length - 1] > tolerance) levels.push(mid);
    }
    if (levels.length < 2) continue;
    const verticals = [...g.vs];
    const x0 = Math.min(...g.hs.map((h) => h.box[0]));
    const x1 = Math.max(...g.hs.map((h) => h.box[2]));
    const rows: GridCell[][] = [];
    for (let i = 0; i + 1 < levels.length; i++) {
      const top = levels[i];
      const bottom = levels[i + 1];
      const mid = (top + bottom) / 2;
      const xs = verticals
        .filter((v) => v.box[1] <= mid && v.box[3] >= mid)
        .map((v) => (v.box[0] + v.box[2]) / 2)
        .sort((a, b) => a - b);
      const edges: number[] = [];
      for (const x of [x0, ...xs, x1]) if (edges.length === 0 || x - edges[edges.length - 1] > tolerance) edges.push(x);
      if (edges.length < 2) continue;
      rows.push(edges.slice(0, -1).map((left, c) => ({ box: [Math.round(left), Math.round(top), Math.round(edges[c + 1]), Math.round(bottom)] as Box })));
    }
    if (rows.length > 0) out.push({ box: [Math.round(x0), Math.round(levels[0]), Math.round(x1), Math.round(levels[levels.length - 1])], rows });
  }
  return out;
}
