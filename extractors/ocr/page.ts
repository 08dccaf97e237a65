/**
 * One page image through OCR: grey without red ink, deskew, table rules found and erased, words
 * recognised, tick boxes read from pixels, words laid out as rows and lines, seals found and
 * attached to the rows of ruled tables together with handwriting.
 */
import { LimitExceededError } from '../../src/model/limits.js';
import { PSM, type OcrService } from '../formats/ocr.js';
import { cropDataUri } from './crop.js';
import { secondPassTargets } from './reread-targets.js';
import { readSecondPass } from './second-pass.js';
import { checkboxWords, eraseCheckboxes, findCheckboxes } from './checkbox-pixels.js';
import { cellOf, layoutPage, type LaidCell, type LaidItem } from './layout.js';
import { estimateSkew, inkMask, inkShare, otsuOfHistogram, resampleGray, rotateGray, splitPage, type Box, type GrayImage, type PageImage } from './pixels.js';
import { eraseRules, findGrids, findRules, ruleOptionsForDpi } from './rules.js';
import { findSeals, marksOnRows, redScaleForDpi, type RowMarks, type Seal } from './seals.js';

/** Words below this confidence do not count as printed text when looking for handwriting. */
const PRINTED_MIN_CONFIDENCE = 0.6;
/** Printed-text boxes are grown by this share of their height on every side when looking for handwriting. */
const PRINTED_PAD = 0.2;
/** Grid cells read again on their own when their words are below this confidence, or when they hold ink but no text. */
const REREAD_BELOW = 0.5;
/** A cell that had no text takes the second reading only at this confidence (handwriting and seal remnants read as noise). */
const REREAD_ACCEPT_EMPTY = 0.45;
/** A printed placeholder of a signature form: （签字）, （盖章）, (签章) … however well it was read. */
const PLACEHOLDER = /^[（(][^（()）]{1,4}[)）]$/u;
/** At most this many cells per page are read again. */
const MAX_REREADS = 40;
/** Skew below this many degrees is left alone. */
const MIN_SKEW_DEG = 0.15;
/**
 * Pages scanned finer than MAX_OCR_DPI are read at OCR_DPI: at 200 dpi a line of body text is
 * already about as tall as the recogniser's input, while page analysis costs grow with the pixels
 * (a 300 dpi page read at 200 dpi takes about a fifth less time, with no more errors).
 */
export const OCR_DPI = 200;
const MAX_OCR_DPI = 250;

export interface OcrPage {
  /** Size of the (deskewed, working-resolution) image all boxes refer to. */
  width: number;
  height: number;
  dpi: number;
  /** Rotation applied before reading, degrees (the scan's skew, undone). */
  deskewDeg: number;
  /** Character-weighted mean word confidence 0–1. */
  confidence: number;
  words: number;
  items: LaidItem[];
  /** Marks per row item (same index as `items`; undefined for lines and unruled rows). */
  marks: (RowMarks | undefined)[];
  /** An image of each signature row (a row with a seal or handwriting), as a JPEG data URI (same index as `items`). */
  crops: (string | undefined)[];
  seals: Seal[];
  ms: number;
  /** Regions the second reading did not reach within the page's time budget of `seconds` (they keep the first reading). */
  secondPassCut?: { left: number; seconds: number };
}

/** Reads one page image scanned at `sourceDpi`. */
export async function ocrPageImage(engine: OcrService, source: PageImage, sourceDpi: number): Promise<OcrPage> {
  const deadline = engine.secondsPerPage === undefined ? Infinity : Date.now() + engine.secondsPerPage * 1000;
  const split = splitPage(source, redScaleForDpi(sourceDpi));
  // One threshold for the page: reducing it or turning it by a few degrees leaves the grey histogram as it was.
  const threshold = otsuOfHistogram(split.histogram);
  // Seals are found on the red ink as scanned; their boxes follow the page to the working resolution and the deskew.
  const sealsAsScanned = findSeals(split.red, { dpi: sourceDpi });
  const working = atWorkingResolution(split.gray, sourceDpi);
  const { dpi, factor } = working;
  let gray = working.gray;
  const skew = estimateSkew(gray, threshold);
  const deskewDeg = Math.abs(skew) >= MIN_SKEW_DEG ? -skew : 0;
  if (deskewDeg !== 0) gray = rotateGray(gray, deskewDeg);
  const seals = sealsAsScanned.map((s) => ({ ...s, box: rotateBox(scaleBox(s.box, factor), deskewDeg, gray.width, gray.height), pixels: Math.round(s.pixels * factor * factor) }));
  const mask = inkMask(gray, threshold);
  const rules = findRules(mask, gray.width, gray.height, ruleOptionsForDpi(dpi));
  const grids = findGrids(rules, Math.max(4, Math.round(dpi / 30)));
  const clean = { width: gray.width, height: gray.height, data: new Uint8Array(gray.data) };
  eraseRules(clean, rules);
  // From here on the mask is the ink of the cleaned page: rule pixels are paper.
  eraseRules({ width: gray.width, height: gray.height, data: mask }, rules, 0);
  const checkboxes = findCheckboxes(mask, clean.width, clean.height, dpi);
  eraseCheckboxes(clean, checkboxes);
  // A page without ink (a blank page) has nothing to recognise: the engine is not asked.
  const result = mask.includes(1) || checkboxes.length > 0 ? await beforeDeadline(engine.recognize(clean, dpi), deadline, engine.secondsPerPage) : { words: [], confidence: 0, ms: 0 };
  const words = [...result.words, ...checkboxWords(checkboxes)];
  const items = layoutPage(words, grids);
  // The second engine re-reads what decides verdicts; without it, weak cells are read again by the first.
  if (!engine.second) await rereadCells(engine, clean, mask, items, dpi);
  // Printed text as the first reading found it: a second reading of handwriting must not hide it.
  const printed = printedBoxes(items);
  let secondPassLeft = 0;
  if (engine.second) {
    secondPassLeft = await readSecondPass(engine.second, clean, mask, secondPassTargets(items, mask, clean.width, clean.height, seals), dpi, deadline);
    printed.push(...placeholderBoxes(items));
  }
  const gridRows = items.map((item, i) => ({ item, i })).filter(({ item }) => item.kind === 'row' && item.grid);
  const rowMarks = marksOnRows(
    gridRows.map(({ item }) => ({ box: item.box, cells: item.kind === 'row' ? item.cells.map((c) => c.box) : [] })),
    seals,
    { mask, width: clean.width, printed },
  );
  const marks: (RowMarks | undefined)[] = items.map(() => undefined);
  gridRows.forEach(({ i }, k) => {
    marks[i] = rowMarks[k];
  });
  // What a reviewer looks at to judge a signature row: the row as scanned.
  const crops = items.map((item, i) => (marks[i]?.seal || (marks[i]?.handwriting.length ?? 0) > 0 ? cropDataUri(gray, item.box) : undefined));
  return { width: gray.width, height: gray.height, dpi, deskewDeg, confidence: result.confidence, words: words.length, items, marks, crops, seals, ms: result.ms, ...(secondPassLeft > 0 ? { secondPassCut: { left: secondPassLeft, seconds: engine.secondsPerPage ?? 0 } } : {}) };
}

/** The first reading, unless the page's time budget runs out first (the engine finishes that page in the background; its result is dropped). */
async function beforeDeadline<T>(work: Promise<T>, deadline: number, seconds: number | undefined): Promise<T> {
  if (deadline === Infinity) return work;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new LimitExceededError('ocrSecondsPerPage', seconds ?? 0, '本页识别超时')), Math.max(0, deadline - Date.now()));
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** The grey page at OCR_DPI when it was scanned finer than MAX_OCR_DPI, else as it is; `factor` is the scale applied. */
function atWorkingResolution(gray: GrayImage, dpi: number): { gray: GrayImage; dpi: number; factor: number } {
  if (dpi <= MAX_OCR_DPI) return { gray, dpi, factor: 1 };
  const factor = OCR_DPI / dpi;
  return { gray: resampleGray(gray, Math.max(1, Math.round(gray.width * factor)), Math.max(1, Math.round(gray.height * factor))), dpi: OCR_DPI, factor };
}

function scaleBox(b: Box, factor: number): Box {
  return factor === 1 ? b : [Math.floor(b[0] * factor), Math.floor(b[1] * factor), Math.ceil(b[2] * factor), Math.ceil(b[3] * factor)];
}

/**
 * Page segmentation sometimes drops a short cell (a lone digit, "（盖章）" beside a seal) or misreads
 * it: such grid cells are cropped and read again as a single line; the better reading is kept.
 */
async function rereadCells(engine: OcrService, gray: GrayImage, mask: Uint8Array, items: LaidItem[], dpi: number): Promise<void> {
  const cells: LaidCell[] = [];
  for (const item of items) {
    if (item.kind !== 'row' || !item.grid) continue;
    for (const cell of item.cells) {
      const [x0, y0, x1, y1] = cell.box;
      const inner: Box = [x0 + 3, y0 + 3, x1 - 3, y1 - 3];
      const weak = cell.text !== '' && cell.confidence < REREAD_BELOW;
      const missed = cell.text === '' && inner[2] > inner[0] && inner[3] > inner[1] && inkShare(mask, gray.width, inner) > 0.004;
      if (weak || missed) cells.push(cell);
    }
  }
  await Promise.all(
    cells.slice(0, MAX_REREADS).map(async (cell) => {
      const [x0, y0, x1, y1] = cell.box;
      const pad = 3;
      const crop = cropGray(gray, [x0 + pad, y0 + pad, x1 - pad, y1 - pad], Math.round(dpi / 20));
      if (!crop) return;
      const lines = Math.max(1, Math.round((y1 - y0) / (dpi * 0.3)));
      const result = await engine.recognize(crop.image, dpi, { psm: lines > 1 ? PSM.SINGLE_BLOCK : PSM.SINGLE_LINE, part: true });
      if (result.words.length === 0) return;
      const words = result.words.map((w) => ({
        ...w,
        box: shift(w.box, crop.dx, crop.dy),
        symbols: w.symbols.map((s) => ({ ...s, box: shift(s.box, crop.dx, crop.dy) })),
      }));
      const again = cellOf(words, cell.box);
      const better = cell.text === '' ? again.confidence >= REREAD_ACCEPT_EMPTY : again.confidence > cell.confidence;
      if (again.text !== '' && better) Object.assign(cell, again);
    }),
  );
}

function shift(b: Box, dx: number, dy: number): Box {
  return [b[0] + dx, b[1] + dy, b[2] + dx, b[3] + dy];
}

/** A region of a grey image with a white border of `border` pixels (tesseract reads text touching the edge badly). */
function cropGray(gray: GrayImage, box: Box, border: number): { image: GrayImage; dx: number; dy: number } | null {
  const x0 = Math.max(0, box[0]);
  const y0 = Math.max(0, box[1]);
  const x1 = Math.min(gray.width, box[2]);
  const y1 = Math.min(gray.height, box[3]);
  if (x1 - x0 < 8 || y1 - y0 < 8) return null;
  const width = x1 - x0 + 2 * border;
  const height = y1 - y0 + 2 * border;
  const data = new Uint8Array(width * height).fill(255);
  for (let y = y0; y < y1; y++) data.set(gray.data.subarray(y * gray.width + x0, y * gray.width + x1), (y - y0 + border) * width + border);
  return { image: { width, height, data }, dx: x0 - border, dy: y0 - border };
}

/** Boxes of the words of cells that read as a bracketed placeholder （签字）, （盖章）…: printed, however they were read. */
function placeholderBoxes(items: readonly LaidItem[]): Box[] {
  return items.flatMap((item) => (item.kind === 'row' ? item.cells : [item]).filter((c) => PLACEHOLDER.test(c.text)).map((c) => padded(unionOf(c.words.map((w) => w.box)), PRINTED_PAD)));
}

function unionOf(boxes: readonly Box[]): Box {
  return boxes.length === 0 ? [0, 0, 0, 0] : [Math.min(...boxes.map((b) => b[0])), Math.min(...boxes.map((b) => b[1])), Math.max(...boxes.map((b) => b[2])), Math.max(...boxes.map((b) => b[3]))];
}

/**
 * Boxes of printed text: words read with good confidence, and every word of a cell that is a
 * bracketed placeholder. Word boxes of a line that lie within a character's width of each other
 * are joined and every box is padded a little: the recogniser's boxes of Chinese words are tight
 * and not always contiguous, and the strokes they miss would otherwise read as handwriting.
 */
function printedBoxes(items: readonly LaidItem[]): Box[] {
  const out: Box[] = [];
  for (const item of items) {
    const groups = item.kind === 'row' ? item.cells.map((c) => ({ text: c.text, words: c.words })) : [{ text: item.text, words: item.words }];
    for (const g of groups) {
      const placeholder = PLACEHOLDER.test(g.text);
      const boxes = g.words.filter((w) => placeholder || w.confidence >= PRINTED_MIN_CONFIDENCE).map((w) => w.box);
      out.push(...joinedAlongLine(boxes).map((b) => padded(b, PRINTED_PAD)));
    }
  }
  return out;
}

/** Joins boxes (in reading order) that overlap vertically and stand less than their height apart. */
function joinedAlongLine(boxes: readonly Box[]): Box[] {
  const out: Box[] = [];
  for (const b of [...boxes].sort((p, q) => p[0] - q[0])) {
    const last = out.at(-1);
    const height = last ? Math.max(last[3] - last[1], b[3] - b[1]) : 0;
    const overlap = last ? Math.min(last[3], b[3]) - Math.max(last[1], b[1]) : 0;
    if (last && overlap > 0.5 * Math.min(last[3] - last[1], b[3] - b[1]) && b[0] - last[2] <= height) {
      out[out.length - 1] = [Math.min(last[0], b[0]), Math.min(last[1], b[1]), Math.max(last[2], b[2]), Math.max(last[3], b[3])];
    } else out.push([...b] as Box);
  }
  return out;
}

/** A box grown on every side by `share` of its height. */
function padded(b: Box, share: number): Box {
  const p = Math.round((b[3] - b[1]) * share);
  return [b[0] - p, b[1] - p, b[2] + p, b[3] + p];
}

/** A box moved with its centre by the rotation rotateGray applies (same size, origin top-left). */
function rotateBox(box: Box, deg: number, width: number, height: number): Box {
  if (deg === 0) return box;
  const rad = (deg * Math.PI) / 180;
  const cx = (box[0] + box[2]) / 2 - width / 2;
  const cy = (box[1] + box[3]) / 2 - height / 2;
  const nx = cx * Math.cos(rad) - cy * Math.sin(rad) + width / 2;
  const ny = cx * Math.sin(rad) + cy * Math.cos(rad) + height / 2;
  const hw = (box[2] - box[0]) / 2;
  const hh = (box[3] - box[1]) / 2;
  return [Math.round(nx - hw), Math.round(ny - hh), Math.round(nx + hw), Math.round(ny + hh)];
}
