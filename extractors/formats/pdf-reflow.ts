/**
 * Paragraphs rebuilt from the lines of a page by their geometry: a line continues the one above
 * when that line ran to the right text margin (the next line's first word would not have fit),
 * the baselines are one normal line pitch apart for the font size, the size is the same and the
 * line starts at the paragraph's left edge. A first-line indent, a short line, a wider gap, a size
 * change or a centred line (title, page number) starts a new paragraph. Margins and pitch are
 * measured per font size over the whole document, so a page of short lines does not set them.
 */
import { isPageFurniture } from '../../src/text/page-furniture.js';
import { joinWrappedText, wrapsAt, type PdfLine } from './pdf-lines.js';

/** Text margins and line pitch of one font size (points). */
export interface SizeMetrics {
  left: number;
  right: number;
  /** Baseline distance of consecutive lines of a paragraph in this size, or null when unknown. */
  pitch: number | null;
  /** Lines measured, and how many of them end near the right margin. */
  lines: number;
  fullLines: number;
}

/** Margins per font size (key: size rounded to half a point), with the whole text's as fallback. */
export interface TextMetrics {
  bySize: Map<number, SizeMetrics>;
  all: SizeMetrics;
  /** The font size most lines are set in (points). */
  bodySize: number;
}

/** One paragraph: its text (lines joined) and the geometry needed to continue it on the next page. */
export interface Paragraph {
  text: string;
  size: number;
  /** Left edge of the first line and the smallest left edge of any line (points). */
  firstX0: number;
  minX0: number;
  /** Right edge and baseline of the last line (points). */
  lastX1: number;
  lastY: number;
  /** A page number or similar running line, never joined to anything. */
  furniture: boolean;
  /** Centred on the text column (titles, headings). */
  centred: boolean;
  /** Lines joined into the paragraph. */
  lines: number;
}

/** Lines ending this close (em) to the rightmost line's end are measured for the right margin. */
const RIGHT_BAND_EM = 2.5;
/**
 * A font size's own margins are used when it has this many lines, this many of them ending at
 * its right margin, and this share of the whole text's width.
 */
const OWN_MARGINS_LINES = 5;
const OWN_MARGINS_FULL = 3;
const OWN_MARGINS_WIDTH = 0.5;
/**
 * How far (em) short of the right margin a line may end and still have wrapped: ragged-right text
 * breaks before words a line breaker keeps together, so body lines end up to about a character early.
 */
const WRAP_SLACK_EM = 1.5;
/** Font sizes closer than this share are one size (a heading one point larger is not body text). */
const SAME_SIZE_EM = 0.04;
/** Sizes this many times the body size or larger are display type (titles). */
const DISPLAY_SIZE = 1.15;
/** Lines this large (points; 小二 and up) are titles whatever the body size. */
const TITLE_SIZE_PT = 18;
/** A left edge this close (em) to another counts as the same edge. */
const ALIGN_EM = 0.6;
/** A line starting this far (em) right of the left margin is indented. */
const INDENT_EM = 1;
/** Baselines closer than this (em) are not two lines of a paragraph. */
const MIN_PITCH_EM = 0.8;
/** Baselines further apart than this (em) never belong to one paragraph. */
const MAX_PITCH_EM = 2.6;

const sizeKey = (size: number): number => Math.round(size * 2) / 2;
const lineText = (l: PdfLine): string => l.cells.map((c) => c.text).join(' ');
const x0Of = (l: PdfLine): number => l.cells[0].box[0];
const x1Of = (l: PdfLine): number => l.cells[l.cells.length - 1].box[2];

/** Margins and pitch per font size from the text lines of every page (top to bottom per page). */
export function textMetrics(pages: readonly (readonly PdfLine[])[]): TextMetrics {
  const groups = new Map<number, { x0: number[]; x1: number[]; pitches: number[]; chars: number }>();
  const all = { x0: [] as number[], x1: [] as number[], pitches: [] as number[] };
  for (const lines of pages) {
    lines.forEach((line, i) => {
      const key = sizeKey(line.size);
      const g = groups.get(key) ?? { x0: [], x1: [], pitches: [], chars: 0 };
      groups.set(key, g);
      g.chars += lineText(line).replace(/\s+/gu, '').length;
      g.x0.push(x0Of(line));
      g.x1.push(x1Of(line));
      all.x0.push(x0Of(line));
      all.x1.push(x1Of(line));
      const prev = lines[i - 1];
      if (prev && sizeKey(prev.size) === key) {
        const d = prev.y - line.y;
        if (d >= MIN_PITCH_EM * line.size && d <= MAX_PITCH_EM * line.size) g.pitches.push(d);
      }
    });
  }
  const bySize = new Map<number, SizeMetrics>();
  let bodySize = 0;
  for (const [key, g] of groups) {
    bySize.set(key, metricsOf(g, key));
    // The body is the size most text is set in (by characters: a two-line title must not outweigh two lines of text).
    if (g.chars > (groups.get(bodySize)?.chars ?? 0)) bodySize = key;
  }
  return { bySize, all: metricsOf(all, 10), bodySize };
}

function metricsOf(g: { x0: number[]; x1: number[]; pitches: number[] }, size: number): SizeMetrics {
  if (g.x0.length === 0) return { left: 0, right: 0, pitch: null, lines: 0, fullLines: 0 };
  const x0 = [...g.x0].sort((a, b) => a - b);
  const left = x0[Math.floor((x0.length - 1) * 0.05)];
  // Right margin: the median right edge of the lines ending within RIGHT_BAND_EM of the rightmost,
  // so that punctuation hanging past the margin and short last lines do not set it.
  const max = Math.max(...g.x1);
  const band = g.x1.filter((x) => x >= max - RIGHT_BAND_EM * size).sort((a, b) => a - b);
  const right = band[Math.floor((band.length - 1) / 2)];
  return { left, right, pitch: linePitch(g.pitches), lines: g.x0.length, fullLines: band.length };
}

/**
 * The line pitch: the smallest baseline distance (half-point buckets) shared by at least two line
 * pairs and a tenth of them. Paragraph spacing makes larger distances; where every paragraph is
 * one line those may be the most common, so the smallest frequent one is taken.
 */
function linePitch(pitches: readonly number[]): number | null {
  const counts = new Map<number, number>();
  for (const p of pitches) counts.set(Math.round(p * 2) / 2, (counts.get(Math.round(p * 2) / 2) ?? 0) + 1);
  const min = Math.max(2, 0.1 * pitches.length);
  let best: number | null = null;
  for (const [p, n] of counts) if (n >= min && (best === null || p < best)) best = p;
  return best;
}

function metricsFor(m: TextMetrics, size: number): SizeMetrics {
  const own = m.bySize.get(sizeKey(size));
  const usable = own && own.lines >= OWN_MARGINS_LINES && own.fullLines >= OWN_MARGINS_FULL && own.right - own.left >= OWN_MARGINS_WIDTH * (m.all.right - m.all.left);
  return usable ? own : { ...m.all, pitch: own?.pitch ?? null };
}

function isCentred(x0: number, x1: number, size: number, sm: SizeMetrics): boolean {
  return x0 > sm.left + 2 * size && Math.abs((x0 + x1) / 2 - (sm.left + sm.right) / 2) < 1.5 * size;
}

/**
 * True when `line` reads as running text rather than a one-line table: it stands centred (a
 * heading set with wide spaces), or it is a wrapped line of a paragraph, continuing the full line
 * `prev` or continued by `next` (a wide gap inside a sentence).
 */
export function isTextLine(line: PdfLine, prev: PdfLine | undefined, next: PdfLine | undefined, m: TextMetrics): boolean {
  if (isCentredLine(line, m)) return true;
  const asParagraph = (l: PdfLine): Paragraph => ({ text: lineText(l), size: l.size, firstX0: x0Of(l), minX0: x0Of(l), lastX1: x1Of(l), lastY: l.y, furniture: false, centred: false, lines: 2 });
  if (prev && prev.cells.length === 1 && continues(asParagraph(prev), line, lineText(line), metricsFor(m, line.size), false)) return true;
  return next !== undefined && next.cells.length === 1 && continues(asParagraph(line), next, lineText(next), metricsFor(m, next.size), false);
}

/** True when the line (all its cells) stands centred on the text column of its font size. */
function isCentredLine(line: PdfLine, m: TextMetrics): boolean {
  return isCentred(x0Of(line), x1Of(line), line.size, metricsFor(m, line.size));
}

/** Lines (top to bottom, one cell each or joined) rebuilt into paragraphs. */
export function reflow(lines: readonly PdfLine[], m: TextMetrics): Paragraph[] {
  const out: Paragraph[] = [];
  let open: Paragraph | null = null;
  for (const line of lines) {
    const text = lineText(line);
    const x0 = x0Of(line);
    const x1 = x1Of(line);
    const sm = metricsFor(m, line.size);
    const centred = isCentred(x0, x1, line.size, sm);
    const furniture = centred && isPageFurniture(text, true);
    // A centred line continues only a title in a display size whose first line filled the column.
    // Display size: well above the body's, or a title size outright (a page of tables has little body text to measure).
    const display = (line.size >= DISPLAY_SIZE * m.bodySize && m.bodySize > 0) || line.size >= TITLE_SIZE_PT;
    const joinable = open && !open.furniture && (centred ? display && open.lines === 1 : !open.centred);
    if (open && joinable && continues(open, line, text, sm, centred)) {
      open.text = joinWrappedText(open.text, text);
      open.minX0 = Math.min(open.minX0, x0);
      open.lastX1 = x1;
      open.lastY = line.y;
      open.lines++;
      continue;
    }
    open = { text, size: line.size, firstX0: x0, minX0: x0, lastX1: x1, lastY: line.y, furniture, centred, lines: 1 };
    out.push(open);
  }
  return out;
}

function continues(p: Paragraph, line: PdfLine, text: string, sm: SizeMetrics, centred: boolean): boolean {
  const size = line.size;
  if (Math.abs(p.size - size) > SAME_SIZE_EM * size) return false;
  const d = p.lastY - line.y;
  const maxPitch = Math.min(MAX_PITCH_EM * size, sm.pitch !== null ? sm.pitch * 1.15 + 0.5 : 2.3 * size);
  if (d < MIN_PITCH_EM * size || d > maxPitch) return false;
  if (!wrapsAt(p.lastX1, text, size, sm.right, WRAP_SLACK_EM)) return false;
  if (centred) return true;
  const x0 = x0Of(line);
  if (x0 - p.minX0 >= ALIGN_EM * size) return false;
  // An indented line after a one-line paragraph is a new first line, not a wrap (unless the
  // paragraph itself started left of it).
  return !(p.lines === 1 && x0 >= sm.left + INDENT_EM * size && x0 > p.firstX0 - INDENT_EM * size);
}

/**
 * True when `next`, the first paragraph of a page, continues `prev`, the last one of the page
 * before: same size, `prev` started with a first-line indent and ran to the right margin, and
 * `next` starts at the left margin (not indented, not centred).
 */
export function continuesOnNextPage(prev: Paragraph, next: Paragraph, m: TextMetrics): boolean {
  if (prev.furniture || next.furniture || prev.centred || next.centred) return false;
  const size = next.size;
  if (Math.abs(prev.size - size) > SAME_SIZE_EM * size) return false;
  const sm = metricsFor(m, size);
  if (prev.firstX0 < sm.left + INDENT_EM * size) return false;
  if (Math.abs(next.firstX0 - sm.left) > ALIGN_EM * size || next.firstX0 - prev.minX0 > ALIGN_EM * size) return false;
  return wrapsAt(prev.lastX1, next.text, size, sm.right, WRAP_SLACK_EM);
}
