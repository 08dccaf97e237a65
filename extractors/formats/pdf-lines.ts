/**
 * Positioned text items of a PDF page grouped into lines and cells: items on one baseline form a
 * line; a horizontal gap wider than CELL_GAP_EM font sizes (or a wide whitespace item, which pdf.js
 * inserts over such gaps) starts a new cell. Coordinates are PDF points, origin bottom-left.
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

/** One cell of a line: its text and box [x0, y0, x1, y1] in points (origin bottom-left). */
export interface PdfCell {
  text: string;
  box: [number, number, number, number];
}

/** A gap wider than this many font sizes separates two cells. */
export const CELL_GAP_EM = 1.0;
/** A gap wider than this many font sizes inside a cell becomes a space. */
export const SPACE_GAP_EM = 0.15;
/** Quote marks set as items of their own; some producers place them off their text, so they are dropped. */
const LONE_QUOTE = /^[“”‘’"']+$/u;
/** Items whose baselines differ by less than this share of the font size are on one line. */
const SAME_LINE_EM = 0.5;

/** One line of a page: its cells left to right, baseline y and font size (points). */
export interface PdfLine {
  cells: PdfCell[];
  y: number;
  size: number;
}

/** Lines of a page, top to bottom. */
export function groupLines(items: readonly PdfTextItem[]): PdfLine[] {
  const sorted = items
    .filter((i) => i.str.length > 0 && !LONE_QUOTE.test(i.str))
    .map((i) => ({ ...i, x: i.transform[4], y: i.transform[5], size: Math.max(1, i.height || Math.abs(i.transform[3]) || 10) }))
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: (typeof sorted)[] = [];
  for (const item of sorted) {
    const line = lines.find((l) => Math.abs(l[0].y - item.y) < SAME_LINE_EM * Math.max(l[0].size, item.size));
    if (line) line.push(item);
    else lines.push([item]);
  }
  return lines
    .sort((a, b) => b[0].y - a[0].y)
    .map((line) => {
      line.sort((a, b) => a.x - b.x);
      const cells: PdfCell[] = [];
      let current: { parts: string[]; x0: number; x1: number; y: number; size: number } | null = null;
      for (const item of line) {
        const blank = item.str.trim() === '';
        const gap = current ? item.x - current.x1 : 0;
        const size = Math.max(current?.size ?? 0, item.size);
        if (blank) {
          if (current && item.width > CELL_GAP_EM * size) {
            cells.push(toCell(current));
            current = null;
          }
          continue;
        }
        if (current && gap > CELL_GAP_EM * size) {
          cells.push(toCell(current));
          current = null;
        }
        if (!current) current = { parts: [item.str], x0: item.x, x1: item.x + item.width, y: item.y, size: item.size };
        else {
          if (gap > SPACE_GAP_EM * size) current.parts.push(' ');
          current.parts.push(item.str);
          current.x1 = Math.max(current.x1, item.x + item.width);
          current.size = size;
        }
      }
      if (current) cells.push(toCell(current));
      return { cells, y: line[0].y, size: Math.max(...line.map((i) => i.size)) };
    })
    .filter((l) => l.cells.length > 0);
}

/** Baselines closer than this many font sizes belong to one wrapped paragraph or cell. */
export const WRAP_GAP_EM = 1.75;
/** How close (points) two left edges must be to count as aligned. */
const ALIGN_PT = 2.5;

/**
 * Joins lines that continue the one above: text wrapped inside table cells (every cell of the
 * line starts where a cell of the row above starts) and paragraphs wrapped at the right edge.
 */
export function joinWrapped(lines: readonly PdfLine[]): PdfLine[] {
  if (lines.length === 0) return [];
  const left = Math.min(...lines.map((l) => l.cells[0].box[0]));
  const right = Math.max(...lines.map((l) => l.cells[l.cells.length - 1].box[2]));
  const out: PdfLine[] = [];
  let last: PdfLine | null = null;
  let lastY = 0;
  for (const line of lines) {
    const close = last !== null && lastY - line.y < WRAP_GAP_EM * Math.max(line.size, last.size);
    if (last && close) {
      const targets = line.cells.map((c) => last!.cells.find((p) => Math.abs(p.box[0] - c.box[0]) < ALIGN_PT));
      const inTable = last.cells.length > 1 && targets.every((t) => t !== undefined);
      const prev = last.cells[last.cells.length - 1];
      const reflow = last.cells.length === 1 && line.cells.length === 1 && Math.abs(line.cells[0].box[0] - left) < ALIGN_PT && prev.box[2] > right - 1.5 * line.size;
      if (inTable || reflow) {
        line.cells.forEach((c, i) => appendTo(reflow ? prev : targets[i]!, c));
        lastY = line.y;
        continue;
      }
    }
    last = { cells: line.cells.map((c) => ({ text: c.text, box: [...c.box] as PdfCell['box'] })), y: line.y, size: line.size };
    out.push(last);
    lastY = line.y;
  }
  return out;
}

function appendTo(target: PdfCell, next: PdfCell): void {
  const joiner = /[A-Za-z0-9]$/u.test(target.text) && /^[A-Za-z0-9]/u.test(next.text) ? ' ' : '';
  target.text += joiner + next.text;
  target.box = [Math.min(target.box[0], next.box[0]), Math.min(target.box[1], next.box[1]), Math.max(target.box[2], next.box[2]), target.box[3]];
}

function toCell(c: { parts: string[]; x0: number; x1: number; y: number; size: number }): PdfCell {
  return { text: c.parts.join(''), box: [c.x0, c.y - c.size * 0.2, c.x1, c.y + c.size * 0.8] };
}
