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
/** Items whose baselines differ by less than this share of the font size are on one line. */
const SAME_LINE_EM = 0.5;

/** Lines of a page, top to bottom, each a list of cells left to right. */
export function groupLines(items: readonly PdfTextItem[]): PdfCell[][] {
  const sorted = items
    .filter((i) => i.str.length > 0)
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
      return cells;
    })
    .filter((cells) => cells.length > 0);
}

function toCell(c: { parts: string[]; x0: number; x1: number; y: number; size: number }): PdfCell {
  return { text: c.parts.join(''), box: [c.x0, c.y - c.size * 0.2, c.x1, c.y + c.size * 0.8] };
}
