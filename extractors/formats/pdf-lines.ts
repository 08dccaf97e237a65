/**
 * Positioned text runs of a PDF page grouped into lines and cells: runs on one baseline form a
 * line; a horizontal gap wider than CELL_GAP_EM font sizes (or a wide whitespace run, which pdf.js
 * inserts over such gaps) starts a new cell. Also the text helpers shared by table cells and
 * paragraphs: how wrapped lines are joined and whether a line break was a wrap.
 * Coordinates are PDF points, origin bottom-left.
 */

/** A text item as pdf.js getTextContent returns it (the fields used here). */
export interface PdfTextItem {
  str: string;
  /** [a, b, c, d, e, f]: e, f are the baseline origin in points. */
  transform: number[];
  /** Advance width in points. */
  width: number;
  /** Font height in points. */
  height: number;
  hasEOL?: boolean;
}

/** A text run placed on the page: baseline origin (x, y), advance width and font size, points. */
export interface TextRun {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/** One cell of a line: its text and box [x0, y0, x1, y1] in points (origin bottom-left). */
export interface PdfCell {
  text: string;
  box: [number, number, number, number];
}

/** One line of a page: its cells left to right, baseline y and font size (points). */
export interface PdfLine {
  cells: PdfCell[];
  y: number;
  size: number;
}

/** A gap wider than this many font sizes separates two cells. */
export const CELL_GAP_EM = 1.0;
/** A gap wider than this many font sizes inside a cell becomes a space. */
export const SPACE_GAP_EM = 0.15;
/** Quote marks set as items of their own; some producers place them off their text, so they are dropped. */
const LONE_QUOTE = /^[“”‘’"']+$/u;
/** Items whose baselines differ by less than this share of the font size are on one line. */
const SAME_LINE_EM = 0.5;

/** The text runs of pdf.js items (empty items and lone quote marks dropped). */
export function toRuns(items: readonly PdfTextItem[]): TextRun[] {
  const runs: TextRun[] = [];
  for (const i of items) {
    if (i.str.length === 0 || LONE_QUOTE.test(i.str)) continue;
    runs.push({ str: i.str, x: i.transform[4], y: i.transform[5], width: i.width, size: Math.max(1, i.height || Math.abs(i.transform[3]) || 10) });
  }
  return runs;
}

/**
 * Lines of runs, top to bottom. With `splitCells` (the default) a wide gap starts a new cell;
 * without it every line is one cell and wide gaps become a space.
 */
export function groupLines(runs: readonly TextRun[], splitCells = true): PdfLine[] {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: TextRun[][] = [];
  for (const run of sorted) {
    // Lines are created top to bottom, so only the last few can still be within reach.
    let line: TextRun[] | undefined;
    for (let k = lines.length - 1; k >= 0; k--) {
      const first = lines[k][0];
      if (first.y - run.y > 2 * Math.max(first.size, run.size)) break;
      if (Math.abs(first.y - run.y) < SAME_LINE_EM * Math.max(first.size, run.size)) {
        line = lines[k];
        break;
      }
    }
    if (line) line.push(run);
    else lines.push([run]);
  }
  const out: PdfLine[] = [];
  for (const line of lines.sort((a, b) => b[0].y - a[0].y)) {
    line.sort((a, b) => a.x - b.x);
    const cells: PdfCell[] = [];
    let current: { parts: string[]; x0: number; x1: number; y: number; size: number } | null = null;
    let pendingSpace = false;
    for (const run of line) {
      const blank = run.str.trim() === '';
      const gap = current ? run.x - current.x1 : 0;
      const size = Math.max(current?.size ?? 0, run.size);
      if (blank) {
        if (current && run.width > CELL_GAP_EM * size) {
          if (splitCells) {
            cells.push(toCell(current));
            current = null;
          } else pendingSpace = true;
        }
        continue;
      }
      if (current && gap > CELL_GAP_EM * size && splitCells) {
        cells.push(toCell(current));
        current = null;
      }
      if (!current) current = { parts: [run.str], x0: run.x, x1: run.x + run.width, y: run.y, size: run.size };
      else {
        if (pendingSpace || gap > SPACE_GAP_EM * size) current.parts.push(' ');
        current.parts.push(run.str);
        current.x1 = Math.max(current.x1, run.x + run.width);
        current.size = size;
      }
      pendingSpace = false;
    }
    if (current) cells.push(toCell(current));
    if (cells.length > 0) out.push({ cells, y: line[0].y, size: Math.max(...line.map((i) => i.size)) });
  }
  return out;
}

function toCell(c: { parts: string[]; x0: number; x1: number; y: number; size: number }): PdfCell {
  return { text: c.parts.join('').trim(), box: [c.x0, c.y - c.size * 0.2, c.x1, c.y + c.size * 0.8] };
}

/** Closing punctuation that may not start a line, so it travels with the character before it. */
const NO_LINE_START = /^[，。、；：？！）》」』】〕”’,.;:?!)\]%]/u;

/** Width in em of one character: half for printable ASCII, one for everything else. */
function charEm(ch: string): number {
  const code = ch.charCodeAt(0);
  return code >= 0x20 && code <= 0x7e ? 0.5 : 1;
}

/** Longest unbreakable token counted (em; an 18-character code and its punctuation fit): a longer one is broken anywhere by layout engines. */
const MAX_TOKEN_EM = 12;

/**
 * Width (points) of what a line starts with and a line breaker keeps together: a run of Latin
 * letters and digits, or one character with the closing punctuation after it.
 */
export function firstTokenWidth(text: string, size: number): number {
  const latin = /^[A-Za-z0-9][A-Za-z0-9.\-_/]*/u.exec(text);
  const chars = [...text];
  let em = 0;
  let i = 0;
  if (latin) for (const ch of latin[0]) (em += charEm(ch)), i++;
  else if (chars.length > 0) (em = charEm(chars[0])), (i = 1);
  // Punctuation that may not start a line travels with the token before it ("916203…895；").
  for (; i < chars.length && NO_LINE_START.test(chars[i]); i++) em += charEm(chars[i]);
  return Math.min(em, MAX_TOKEN_EM) * size;
}

/**
 * True when a line ending at `right` was broken because `next` did not fit before `limit` (a
 * wrap, not an explicit line end). `slackEm` allows for justification and measuring error.
 */
export function wrapsAt(right: number, next: string, size: number, limit: number, slackEm = 0.5): boolean {
  return right + firstTokenWidth(next, size) > limit - slackEm * size;
}

/** Two pieces of wrapped text joined: a space only between Latin words (digits join: a number broken by a narrow cell). */
export function joinWrappedText(a: string, b: string): string {
  if (a === '') return b;
  if (b === '') return a;
  // Words wrap at spaces; a number wraps only where its cell is too narrow for it, so digits join.
  if (/[0-9]$/u.test(a) && /^[0-9]/u.test(b)) return a + b;
  return /[A-Za-z0-9]$/u.test(a) && /^[A-Za-z0-9]/u.test(b) ? `${a} ${b}` : a + b;
}

/**
 * The text of a box (a table cell) from its lines, top to bottom: a line that wrapped is joined to
 * the next; a line that ended short of the box's text width keeps a "\n" after it.
 */
export function boxText(lines: readonly PdfLine[], box: readonly number[]): string {
  if (lines.length === 0) return '';
  const texts = lines.map((l) => l.cells.map((c) => c.text).join(' '));
  if (lines.length === 1) return texts[0];
  const x0s = lines.map((l) => l.cells[0].box[0]);
  const x1s = lines.map((l) => l.cells[l.cells.length - 1].box[2]);
  // Padding: the smallest indent of a line; for centred text the widest line sets it.
  const pad = Math.max(0, Math.min(...x0s.map((x) => x - box[0])));
  const limit = box[2] - pad;
  let out = texts[0];
  for (let i = 1; i < lines.length; i++) {
    const size = Math.max(lines[i - 1].size, lines[i].size);
    out = wrapsAt(x1s[i - 1], texts[i], size, limit) ? joinWrappedText(out, texts[i]) : `${out}\n${texts[i]}`;
  }
  return out;
}
