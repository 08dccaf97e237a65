/**
 * Ruling lines of a PDF page from its vector graphics: axis-parallel stroked segments and thin
 * filled rectangles (Word and LibreOffice draw table borders either way), in PDF points, origin
 * bottom-left, after the current transformation matrix (save / restore / cm and form XObjects).
 */
import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A horizontal (pos = y, from/to = x) or vertical (pos = x, from/to = y) segment, from < to. */
export interface Segment {
  pos: number;
  from: number;
  to: number;
}

/** The rulings of a page, and where it places images (seals and signatures pasted in as pictures). */
export interface Rulings {
  horizontal: Segment[];
  vertical: Segment[];
  /** Boxes [x0, y0, x1, y1] of the images painted on the page, in points. */
  images: [number, number, number, number][];
}

/** Operators that paint an image into the unit square of the current transformation. */
const IMAGES = new Set<number>([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject, OPS.paintImageXObjectRepeat]);

/** pdf.js's operator list (the fields used here). */
export interface OperatorList {
  fnArray: ArrayLike<number>;
  argsArray: ArrayLike<unknown>;
}

/** A filled shape thinner than this (points) is a ruling line. */
const THIN_PT = 2.5;
/** Segments shorter than this (points) are ignored (dots, glyph strokes, tick marks). */
const MIN_LENGTH_PT = 3;
/** A segment whose ends differ across its direction by less than this (points) is axis-parallel. */
const SKEW_PT = 0.8;
/** Collinear segments closer than this (points) are merged. */
const JOIN_PT = 1.5;

/** pdf.js path drawing codes inside a constructPath buffer (DrawOPS). */
const MOVE_TO = 0;
const LINE_TO = 1;
const CURVE_TO = 2;
const CLOSE_PATH = 3;

const STROKES = new Set<number>([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
const FILLS = new Set<number>([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

function multiply(m: Matrix, n: ArrayLike<number>): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

/** Collects the ruling lines drawn by a page's operator list. */
export function collectRulings(list: OperatorList): Rulings {
  const horizontal: Segment[] = [];
  const vertical: Segment[] = [];
  const images: [number, number, number, number][] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = IDENTITY;
  const addLine = (x0: number, y0: number, x1: number, y1: number): void => {
    const ax = ctm[0] * x0 + ctm[2] * y0 + ctm[4];
    const ay = ctm[1] * x0 + ctm[3] * y0 + ctm[5];
    const bx = ctm[0] * x1 + ctm[2] * y1 + ctm[4];
    const by = ctm[1] * x1 + ctm[3] * y1 + ctm[5];
    if (Math.abs(ay - by) < SKEW_PT && Math.abs(ax - bx) >= MIN_LENGTH_PT) horizontal.push({ pos: (ay + by) / 2, from: Math.min(ax, bx), to: Math.max(ax, bx) });
    else if (Math.abs(ax - bx) < SKEW_PT && Math.abs(ay - by) >= MIN_LENGTH_PT) vertical.push({ pos: (ax + bx) / 2, from: Math.min(ay, by), to: Math.max(ay, by) });
  };
  const addBox = (box: [number, number, number, number]): void => {
    const [x0, y0, x1, y1] = box;
    const corners = [
      [x0, y0],
      [x1, y0],
      [x0, y1],
      [x1, y1],
    ].map(([x, y]) => [ctm[0] * x + ctm[2] * y + ctm[4], ctm[1] * x + ctm[3] * y + ctm[5]]);
    const xs = corners.map((c) => c[0]);
    const ys = corners.map((c) => c[1]);
    const left = Math.min(...xs);
    const right = Math.max(...xs);
    const bottom = Math.min(...ys);
    const top = Math.max(...ys);
    if (top - bottom <= THIN_PT && right - left >= MIN_LENGTH_PT) horizontal.push({ pos: (top + bottom) / 2, from: left, to: right });
    else if (right - left <= THIN_PT && top - bottom >= MIN_LENGTH_PT) vertical.push({ pos: (left + right) / 2, from: bottom, to: top });
  };

  const { fnArray, argsArray } = list;
  for (let k = 0; k < fnArray.length; k++) {
    const fn = fnArray[k];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? IDENTITY;
    else if (fn === OPS.transform) ctm = multiply(ctm, argsArray[k] as number[]);
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(ctm);
      const matrix = (argsArray[k] as [ArrayLike<number> | null])[0];
      if (matrix && matrix.length === 6) ctm = multiply(ctm, matrix);
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? IDENTITY;
    else if (IMAGES.has(fn)) {
      const xs = [ctm[4], ctm[0] + ctm[4], ctm[2] + ctm[4], ctm[0] + ctm[2] + ctm[4]];
      const ys = [ctm[5], ctm[1] + ctm[5], ctm[3] + ctm[5], ctm[1] + ctm[3] + ctm[5]];
      images.push([Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)]);
    } else if (fn === OPS.constructPath) {
      const [paint, data] = argsArray[k] as [number, [ArrayLike<number> | null]];
      const path = data?.[0];
      if (!path) continue;
      if (STROKES.has(paint)) strokeSegments(path, addLine);
      if (FILLS.has(paint)) for (const box of fillBoxes(path)) addBox(box);
    }
  }
  return { horizontal: mergeCollinear(horizontal), vertical: mergeCollinear(vertical), images };
}

/** Calls `add` for every straight piece of a path (closePath closes the sub-path); curves are skipped. */
function strokeSegments(path: ArrayLike<number>, add: (x0: number, y0: number, x1: number, y1: number) => void): void {
  let sx = 0;
  let sy = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < path.length; ) {
    const op = path[i++];
    if (op === MOVE_TO) {
      sx = cx = path[i++];
      sy = cy = path[i++];
    } else if (op === LINE_TO) {
      const x = path[i++];
      const y = path[i++];
      add(cx, cy, x, y);
      cx = x;
      cy = y;
    } else if (op === CURVE_TO) {
      i += 4;
      cx = path[i++];
      cy = path[i++];
    } else if (op === CLOSE_PATH) {
      if (cx !== sx || cy !== sy) add(cx, cy, sx, sy);
      cx = sx;
      cy = sy;
    } else return;
  }
}

/** Bounding boxes (path space) of the straight-edged sub-paths of a filled path. */
function fillBoxes(path: ArrayLike<number>): [number, number, number, number][] {
  const boxes: [number, number, number, number][] = [];
  let box: [number, number, number, number] | null = null;
  let curved = false;
  const flush = (): void => {
    if (box && !curved) boxes.push(box);
    box = null;
    curved = false;
  };
  const extend = (x: number, y: number): void => {
    if (!box) box = [x, y, x, y];
    else box = [Math.min(box[0], x), Math.min(box[1], y), Math.max(box[2], x), Math.max(box[3], y)];
  };
  for (let i = 0; i < path.length; ) {
    const op = path[i++];
    if (op === MOVE_TO) {
      flush();
      extend(path[i++], path[i++]);
    } else if (op === LINE_TO) extend(path[i++], path[i++]);
    else if (op === CURVE_TO) {
      curved = true;
      i += 6;
    } else if (op !== CLOSE_PATH) break;
  }
  flush();
  return boxes;
}

/** Collinear segments that overlap or nearly touch merged into one; sorted by pos, then from. */
export function mergeCollinear(segments: readonly Segment[]): Segment[] {
  const sorted = [...segments].sort((a, b) => a.pos - b.pos || a.from - b.from);
  const out: Segment[] = [];
  // Segments on one line are grouped first (positions within JOIN_PT), then merged along it.
  let group: Segment[] = [];
  const flushGroup = (): void => {
    group.sort((a, b) => a.from - b.from);
    let current: Segment | null = null;
    for (const s of group) {
      if (current && s.from <= current.to + JOIN_PT) {
        current.to = Math.max(current.to, s.to);
        continue;
      }
      current = { pos: s.pos, from: s.from, to: s.to };
      out.push(current);
    }
    group = [];
  };
  for (const s of sorted) {
    if (group.length > 0 && s.pos - group[0].pos > JOIN_PT) flushGroup();
    group.push(s);
  }
  flushGroup();
  return out.sort((a, b) => a.pos - b.pos || a.from - b.from);
}
