/**
 * Seals and signatures on a page image: red seal impressions (red-pixel mask, connected components
 * merged into clusters, roughly round, within a size range) and which rows of a signature table
 * carry a seal or handwriting. Pure functions over masks (the red-ink mask from splitPage, the ink mask).
 */
import type { Box, RedMask } from './pixels.js';

/** A red seal impression found on a page. */
export interface Seal {
  /** Bounding box in pixels, origin top-left. */
  box: Box;
  /** Red pixels in the cluster. */
  pixels: number;
  /** 0–1: how round it looks (ring coverage and empty corners). */
  roundness: number;
}

export interface SealOptions {
  /** Smallest seal diameter in pixels (default 0.45 in at `dpi`). */
  minDiameter?: number;
  /** Largest seal diameter in pixels (default 2.2 in at `dpi`). */
  maxDiameter?: number;
  /** Resolution of the image (default 200). */
  dpi?: number;
  /** Lowest roundness accepted (default 0.6). */
  minRoundness?: number;
}

/** Fewer red mask pixels than this: no seal to look for. */
const MIN_RED_PIXELS = 50;

export interface Component {
  box: Box;
  pixels: number;
  /** Sum of `weights` over the component's pixels (0 when no weights were given). */
  weight: number;
}

/** 8-connected components of a mask (iterative flood fill); `weights` (one per pixel) are summed per component. */
export function components(mask: Uint8Array, width: number, height: number, minPixels = 1, weights?: Float32Array): Component[] {
  const seen = new Uint8Array(mask.length);
  const stack = new Int32Array(mask.length);
  const out: Component[] = [];
  for (let start = 0; start < mask.length; start++) {
    if (!mask[start] || seen[start]) continue;
    let top = 0;
    stack[top++] = start;
    seen[start] = 1;
    let x0 = width;
    let y0 = height;
    let x1 = 0;
    let y1 = 0;
    let n = 0;
    let weight = 0;
    while (top > 0) {
      const i = stack[--top];
      const x = i % width;
      const y = (i - x) / width;
      n++;
      if (weights) weight += weights[i];
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
      for (let dy = -1; dy <= 1; dy++) {
        const ny = y + dy;
        if (ny < 0 || ny >= height) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const nx = x + dx;
          if (nx < 0 || nx >= width) continue;
          const j = ny * width + nx;
          if (mask[j] && !seen[j]) {
            seen[j] = 1;
            stack[top++] = j;
          }
        }
      }
    }
    if (n >= minPixels) out.push({ box: [x0, y0, x1 + 1, y1 + 1], pixels: n, weight });
  }
  return out;
}

/** Merges components whose boxes come within `gap` pixels of each other (a seal's ring, star and characters). */
function cluster(parts: Component[], gap: number): Component[] {
  const items = parts.map((p) => ({ box: [...p.box] as Box, pixels: p.pixels, weight: p.weight }));
  let merged = true;
  while (merged) {
    merged = false;
    for (let i = 0; i < items.length; i++) {
      for (let j = i + 1; j < items.length; j++) {
        const a = items[i].box;
        const b = items[j].box;
        if (a[0] - gap <= b[2] && b[0] - gap <= a[2] && a[1] - gap <= b[3] && b[1] - gap <= a[3]) {
          items[i] = { box: [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])], pixels: items[i].pixels + items[j].pixels, weight: items[i].weight + items[j].weight };
          items.splice(j, 1);
          merged = true;
          j--;
        }
      }
    }
  }
  return items;
}

/**
 * Roundness of the red pixels inside a box: the share of 36 rim sectors that hold red pixels
 * (a seal's ring or a filled disc covers them all) times the share of red pixels that lie inside
 * the inscribed ellipse (the corners of a round seal's box are empty).
 */
function roundnessOf(mask: Uint8Array, width: number, box: Box): number {
  const [x0, y0, x1, y1] = box;
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const rx = (x1 - x0) / 2;
  const ry = (y1 - y0) / 2;
  const sectors = new Uint8Array(36);
  let inside = 0;
  let all = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      if (!mask[y * width + x]) continue;
      all++;
      const nx = (x + 0.5 - cx) / rx;
      const ny = (y + 0.5 - cy) / ry;
      const r = Math.hypot(nx, ny);
      if (r <= 1.08) inside++;
      if (r >= 0.7 && r <= 1.08) sectors[Math.min(35, Math.floor(((Math.atan2(ny, nx) + Math.PI) / (2 * Math.PI)) * 36))] = 1;
    }
  }
  if (all === 0) return 0;
  const rim = sectors.reduce((a, b) => a + b, 0) / 36;
  return rim * (inside / all);
}

/** The red-mask scale for a resolution: halved above 150 dpi (seals are large; half the pixels suffice). */
export function redScaleForDpi(dpi: number): 1 | 2 {
  return dpi > 150 ? 2 : 1;
}

/**
 * Red seal impressions on a page's red-ink mask (see splitPage; take the scale from
 * redScaleForDpi), top to bottom; boxes and pixel counts at the page's full resolution.
 */
export function findSeals(red: RedMask, options: SealOptions = {}): Seal[] {
  if (red.count < MIN_RED_PIXELS) return [];
  const k = red.scale;
  const dpi = (options.dpi ?? 200) / k;
  const minD = (options.minDiameter ?? dpi * k * 0.45) / k;
  const maxD = (options.maxDiameter ?? dpi * k * 2.2) / k;
  const minRoundness = options.minRoundness ?? 0.6;
  const { data: mask, width, height } = red;
  const parts = components(mask, width, height, 3);
  const out: Seal[] = [];
  for (const c of cluster(parts, Math.max(2, Math.round(dpi * 0.04)))) {
    const w = c.box[2] - c.box[0];
    const h = c.box[3] - c.box[1];
    if (Math.max(w, h) < minD) continue;
    // A seal impression is mostly paper: a solid red block (a coloured header, a photo) is not one.
    if (c.pixels > 0.75 * w * h) continue;
    const sized = Math.min(w, h) >= minD && Math.max(w, h) <= maxD && w / h >= 0.6 && w / h <= 1.67;
    const roundness = sized ? roundnessOf(mask, width, c.box) : 0;
    if (sized && roundness >= minRoundness && w / h >= 0.8 && w / h <= 1.25) {
      out.push({ box: c.box, pixels: c.pixels, roundness: Math.round(roundness * 100) / 100 });
      continue;
    }
    // Overlapping seals (two signed rows close together) merge into one cluster: look for rings in it.
    const rings = ringsIn(mask, width, c.box, minD / 2, maxD / 2)
      .map((box) => ({ box, pixels: countIn(mask, width, box), roundness: Math.round(roundnessOf(mask, width, box) * 100) / 100 }))
      .filter((s) => s.roundness >= minRoundness * 0.8);
    if (rings.length >= 2 || (rings.length === 1 && !(sized && roundness >= minRoundness))) out.push(...rings);
    // An oval seal (finance, contract seals) is one cluster with no ring of a single radius.
    else if (sized && roundness >= minRoundness) out.push({ box: c.box, pixels: c.pixels, roundness: Math.round(roundness * 100) / 100 });
  }
  return out
    .map((s) => (k === 1 ? s : { ...s, box: s.box.map((v) => v * k) as Box, pixels: s.pixels * k * k }))
    .sort((a, b) => a.box[1] - b.box[1] || a.box[0] - b.box[0]);
}

function countIn(mask: Uint8Array, width: number, box: Box): number {
  let n = 0;
  for (let y = box[1]; y < box[3]; y++) for (let x = box[0]; x < box[2]; x++) n += mask[y * width + x];
  return n;
}

/**
 * Circles in a region of a mask by a Hough transform on its edge pixels (red pixels next to paper),
 * at half resolution: peaks whose votes cover at least half the circumference, strongest first,
 * each suppressing centres closer than its radius.
 */
function ringsIn(mask: Uint8Array, width: number, region: Box, minR: number, maxR: number): Box[] {
  const f = 2;
  const [rx0, ry0, rx1, ry1] = region;
  const w = Math.ceil((rx1 - rx0) / f);
  const h = Math.ceil((ry1 - ry0) / f);
  const at = (x: number, y: number) => x >= rx0 && y >= ry0 && x < rx1 && y < ry1 && mask[y * width + x] === 1;
  const edges: [number, number][] = [];
  for (let y = ry0; y < ry1; y += f) {
    for (let x = rx0; x < rx1; x += f) {
      if (!at(x, y)) continue;
      if (!at(x - f, y) || !at(x + f, y) || !at(x, y - f) || !at(x, y + f)) edges.push([(x - rx0) / f, (y - ry0) / f]);
    }
  }
  const r0 = Math.max(4, Math.floor(minR / f));
  const r1 = Math.ceil(maxR / f);
  const radii: number[] = [];
  for (let r = r0; r <= r1; r += Math.max(1, Math.round(r / 25))) radii.push(r);
  const found: { cx: number; cy: number; r: number; votes: number }[] = [];
  const acc = new Uint16Array(w * h);
  const candidates: { cx: number; cy: number; r: number; score: number }[] = [];
  for (const r of radii) {
    // Votes one pixel apart along the circle, so the true centre is never stepped over.
    const steps = Math.ceil(2 * Math.PI * r * 1.2);
    const cos = Array.from({ length: steps }, (_, k) => Math.cos((2 * Math.PI * k) / steps));
    const sin = Array.from({ length: steps }, (_, k) => Math.sin((2 * Math.PI * k) / steps));
    acc.fill(0);
    for (const [ex, ey] of edges) {
      let last = -1;
      for (let k = 0; k < steps; k++) {
        const cx = Math.round(ex + r * cos[k]);
        const cy = Math.round(ey + r * sin[k]);
        if (cx < 0 || cy < 0 || cx >= w || cy >= h) continue;
        const i = cy * w + cx;
        if (i === last) continue;
        last = i;
        acc[i]++;
      }
    }
    for (let i = 0; i < acc.length; i++) {
      // Votes are edge pixels at half resolution; a ring has two edges (inner and outer).
      const score = acc[i] / (2 * Math.PI * r);
      if (score >= 0.5) candidates.push({ cx: i % w, cy: Math.floor(i / w), r, score });
    }
  }
  candidates.sort((a, b) => b.score - a.score);
  for (const c of candidates) {
    if (found.some((o) => Math.hypot(o.cx - c.cx, o.cy - c.cy) < Math.max(o.r, c.r))) continue;
    found.push({ cx: c.cx, cy: c.cy, r: c.r, votes: c.score });
  }
  return found.map((c) => {
    const pad = 3;
    const box: Box = [
      Math.max(rx0, Math.round(rx0 + (c.cx - c.r) * f) - pad),
      Math.max(ry0, Math.round(ry0 + (c.cy - c.r) * f) - pad),
      Math.min(rx1, Math.round(rx0 + (c.cx + c.r) * f) + pad),
      Math.min(ry1, Math.round(ry0 + (c.cy + c.r) * f) + pad),
    ];
    return box;
  });
}

/** A row of a signature table as laid out on the page image: the row box and its cells' boxes. */
export interface RowBoxes {
  box: Box;
  cells?: Box[];
}

/** What is on one row of a signature page besides its printed text. */
export interface RowMarks {
  /** The seal attached to this row (its centre lies in the row, or the row is the nearest one). */
  seal: Seal | null;
  /** Index of the cell the seal's centre lies in, when cells are given. */
  sealCell?: number;
  /** Cells (by index) holding handwriting: ink that is not printed text. */
  handwriting: number[];
}

export interface InkLayer {
  /** Ink mask (1 = ink) of the page, red ink and table rules already removed. */
  mask: Uint8Array;
  width: number;
  /** Boxes of printed text recognised with good confidence (their ink is not handwriting). */
  printed?: readonly Box[];
  /** Share of a cell's inner area that must be unexplained ink to count as handwriting (default 0.006; speckle noise of a scan is about 0.002). */
  minShare?: number;
}

/**
 * Which rows of a signature table carry a seal or handwriting. Each seal goes to exactly one row:
 * the one its centre falls in, else the nearest by vertical distance when it overlaps rows at all.
 */
export function marksOnRows(rows: readonly RowBoxes[], seals: readonly Seal[], ink?: InkLayer): RowMarks[] {
  const out: RowMarks[] = rows.map(() => ({ seal: null, handwriting: [] }));
  for (const seal of seals) {
    const cx = (seal.box[0] + seal.box[2]) / 2;
    const cy = (seal.box[1] + seal.box[3]) / 2;
    let best = -1;
    let bestDistance = Infinity;
    rows.forEach((row, i) => {
      const [x0, y0, x1, y1] = row.box;
      if (seal.box[2] <= x0 || seal.box[0] >= x1 || seal.box[3] <= y0 || seal.box[1] >= y1) return;
      const distance = cy >= y0 && cy < y1 ? 0 : Math.min(Math.abs(cy - y0), Math.abs(cy - y1));
      if (distance < bestDistance) {
        bestDistance = distance;
        best = i;
      }
    });
    if (best < 0) continue;
    const target = out[best];
    if (target.seal && target.seal.pixels >= seal.pixels) continue;
    target.seal = seal;
    const cells = rows[best].cells;
    if (cells) {
      const cell = cells.findIndex((b) => cx >= b[0] && cx < b[2]);
      if (cell >= 0) target.sealCell = cell;
      else delete target.sealCell;
    }
  }
  if (ink) {
    const minShare = ink.minShare ?? 0.006;
    rows.forEach((row, i) => {
      (row.cells ?? []).forEach((cell, c) => {
        if (unexplainedInk(ink, cell) >= minShare) out[i].handwriting.push(c);
      });
    });
  }
  return out;
}

/** Share of a cell's inner area (a margin trimmed off each side) that is ink outside printed-text boxes. */
function unexplainedInk(ink: InkLayer, cell: Box): number {
  const mx = Math.max(2, Math.round((cell[2] - cell[0]) * 0.04));
  const my = Math.max(2, Math.round((cell[3] - cell[1]) * 0.12));
  const [x0, y0, x1, y1] = [cell[0] + mx, cell[1] + my, cell[2] - mx, cell[3] - my];
  if (x1 <= x0 || y1 <= y0) return 0;
  const printed = (ink.printed ?? []).filter((b) => b[0] < x1 && b[2] > x0 && b[1] < y1 && b[3] > y0);
  let n = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      if (!ink.mask[y * ink.width + x]) continue;
      if (printed.some((b) => x >= b[0] && x < b[2] && y >= b[1] && y < b[3])) continue;
      n++;
    }
  }
  return n / ((x1 - x0) * (y1 - y0));
}
