/**
 * Small PDFs laid out the way word processors export them, for the PDF reader's tests: text placed
 * line by line in the non-embedded STSong-Light font (CJK 1 em, ASCII 0.5 em wide), tables whose
 * borders are stroked lines (LibreOffice) or thin filled rectangles (Word) or absent, with cell
 * text wrapped over several lines, centred or vertically centred, and merged cells.
 */
import { addStSongFont, num, PdfObjects, ucs2Hex } from '../../../corpora/generator/writers/pdf-file.js';

/** A4 in points. */
export const A4 = { width: 595.28, height: 841.89 };

/** One line of text: baseline origin (x, y) and font size in points. */
export interface PlacedText {
  x: number;
  y: number;
  size: number;
  text: string;
}

/** The drawing of one page. */
export interface FixturePage {
  texts: PlacedText[];
  /** Stroked straight lines [x0, y0, x1, y1]. */
  strokes: [number, number, number, number][];
  /** Filled rectangles [x, y, width, height]. */
  fills: [number, number, number, number][];
  /** Pictures (a one-pixel red image, as a pasted-in seal) placed at [x, y, width, height]. */
  images?: [number, number, number, number][];
}

export const emptyPage = (): FixturePage => ({ texts: [], strokes: [], fills: [] });

/** Width of a string in points: printable ASCII half an em, everything else one em. */
export function textWidth(text: string, size: number): number {
  let em = 0;
  for (const ch of text) em += ch.charCodeAt(0) >= 0x20 && ch.charCodeAt(0) <= 0x7e ? 0.5 : 1;
  return em * size;
}

/** The PDF of the pages (one content stream each, text as one text object per line). */
export function buildPdf(pages: FixturePage[]): Buffer {
  const objects = new PdfObjects();
  const catalog = objects.reserve();
  const pagesNum = objects.reserve();
  const font = addStSongFont(objects);
  const picture = objects.addStream('\xff\x00\x00', '/Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceRGB /BitsPerComponent 8');
  const kids = pages.map((page) => {
    const ops: string[] = [];
    for (const [x0, y0, x1, y1] of page.strokes) ops.push(`0.5 w ${num(x0)} ${num(y0)} m ${num(x1)} ${num(y1)} l S`);
    for (const [x, y, w, h] of page.fills) ops.push(`${num(x)} ${num(y)} ${num(w)} ${num(h)} re f`);
    for (const t of page.texts) ops.push(`BT /F1 ${num(t.size)} Tf ${num(t.x)} ${num(t.y)} Td ${ucs2Hex(t.text)} Tj ET`);
    for (const [x, y, w, h] of page.images ?? []) ops.push(`q ${num(w)} 0 0 ${num(h)} ${num(x)} ${num(y)} cm /Im1 Do Q`);
    const content = objects.addStream(ops.join('\n'));
    return objects.add(
      `<< /Type /Page /Parent ${pagesNum} 0 R /MediaBox [0 0 ${A4.width} ${A4.height}] ` +
        `/Resources << /Font << /F1 ${font} 0 R >> /XObject << /Im1 ${picture} 0 R >> /ProcSet [/PDF /Text /ImageC] >> /Contents ${content} 0 R >>`,
    );
  });
  objects.set(pagesNum, `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`);
  objects.set(catalog, `<< /Type /Catalog /Pages ${pagesNum} 0 R >>`);
  return objects.toBuffer(catalog);
}

/** A table cell of the fixture: its text (wrapped to the cell; "\n" breaks a line), spans and alignment. */
export interface FixtureCell {
  text: string;
  colSpan?: number;
  rowSpan?: number;
  /** Horizontal alignment (default left). */
  align?: 'left' | 'center';
  /** Vertical alignment (default middle, as Chinese forms set it). */
  valign?: 'top' | 'middle';
}

/** How table borders are drawn. */
export type Borders = 'stroke' | 'fill' | 'none';

export interface TableOptions {
  x: number;
  top: number;
  widths: number[];
  size?: number;
  /** Baseline distance of lines inside a cell (points). */
  pitch?: number;
  padding?: number;
  borders?: Borders;
}

/**
 * Draws a table on `page`, rows given cell by cell left to right (slots covered by an earlier
 * rowSpan are skipped). Returns the y of its bottom edge.
 */
export function drawTable(page: FixturePage, rows: FixtureCell[][], o: TableOptions): number {
  const size = o.size ?? 10.5;
  const pitch = o.pitch ?? size * 1.4;
  const pad = o.padding ?? 5.4;
  const borders = o.borders ?? 'stroke';
  const xs = [o.x];
  for (const w of o.widths) xs.push(xs[xs.length - 1] + w);
  // Place cells on the grid.
  const taken = new Set<string>();
  const placed: { cell: FixtureCell; r: number; c: number; rs: number; cs: number }[] = [];
  rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row) {
      while (taken.has(`${r},${c}`)) c++;
      const rs = cell.rowSpan ?? 1;
      const cs = cell.colSpan ?? 1;
      placed.push({ cell, r, c, rs, cs });
      for (let dr = 0; dr < rs; dr++) for (let dc = 0; dc < cs; dc++) taken.add(`${r + dr},${c + dc}`);
      c += cs;
    }
  });
  const linesOf = new Map(placed.map((p) => [p, p.cell.text.split('\n').flatMap((part) => (part === '' ? [''] : wrap(part, xs[p.c + p.cs] - xs[p.c] - 2 * pad, 0, size)))]));
  const need = (p: (typeof placed)[number]): number => Math.max(1, linesOf.get(p)!.length) * pitch + 2 * pad;
  const heights = rows.map((_, r) => Math.max(pitch + 2 * pad, ...placed.filter((p) => p.r === r && p.rs === 1).map(need)));
  const ys = [o.top];
  for (const h of heights) ys.push(ys[ys.length - 1] - h);
  for (const p of placed) {
    const x0 = xs[p.c];
    const x1 = xs[p.c + p.cs];
    const top = ys[p.r];
    const bottom = ys[p.r + p.rs];
    if (borders === 'stroke') {
      page.strokes.push([x0, top, x1, top], [x0, bottom, x1, bottom], [x0, bottom, x0, top], [x1, bottom, x1, top]);
    } else if (borders === 'fill') {
      page.fills.push([x0, top - 0.25, x1 - x0, 0.5], [x0, bottom - 0.25, x1 - x0, 0.5], [x0 - 0.25, bottom, 0.5, top - bottom], [x1 - 0.25, bottom, 0.5, top - bottom]);
    }
    const lines = linesOf.get(p)!;
    const block = lines.length * pitch;
    const firstTop = p.cell.valign === 'top' ? top - pad : (top + bottom) / 2 + block / 2;
    lines.forEach((line, k) => {
      if (line === '') return;
      const w = textWidth(line, size);
      const x = p.cell.align === 'center' ? (x0 + x1 - w) / 2 : x0 + pad;
      const baseline = firstTop - k * pitch - pitch / 2 - size * 0.35;
      page.texts.push({ x, y: baseline, size, text: line });
    });
  }
  return ys[ys.length - 1];
}

/** Official-document body text (GB/T 9704): 仿宋 16 pt, 28.9 pt line pitch, 28 characters a line. */
export const OFFICIAL = { size: 16, pitch: 28.9, left: 79.4, chars: 28 } as const;

/**
 * Sets paragraphs as a word processor does with GB/T 9704 settings: a 2-em first-line indent,
 * every line filled to the right margin (characters 1 em, ASCII 0.5 em; a Latin word is not
 * broken) and the last line short. Returns the baseline below the last line.
 */
export function setParagraphs(page: FixturePage, paragraphs: string[], top: number, o: { size?: number; pitch?: number; left?: number; chars?: number; indentEm?: number } = {}): number {
  const size = o.size ?? OFFICIAL.size;
  const pitch = o.pitch ?? OFFICIAL.pitch;
  const left = o.left ?? OFFICIAL.left;
  const width = (o.chars ?? OFFICIAL.chars) * size;
  const indent = (o.indentEm ?? 2) * size;
  let y = top;
  for (const text of paragraphs) {
    for (const [k, line] of wrap(text, width, indent, size).entries()) {
      page.texts.push({ x: left + (k === 0 ? indent : 0), y, size, text: line });
      y -= pitch;
    }
  }
  return y;
}

/** Lines of `text` filling `width` (the first `indent` narrower); Latin words are kept whole. */
export function wrap(text: string, width: number, indent: number, size: number): string[] {
  const tokens = text.match(/[A-Za-z0-9.]+|[\s\S]/gu) ?? [];
  const lines: string[] = [];
  let line = '';
  let room = width - indent;
  for (const token of tokens) {
    // Closing punctuation hangs past the margin rather than start a line.
    if (textWidth(line + token, size) > room + 0.01 && line !== '' && !/^[，。、；：）」》”]$/u.test(token)) {
      lines.push(line);
      line = '';
      room = width;
    }
    line += token;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** A line centred between the margins of the official text column. */
export function centred(page: FixturePage, text: string, y: number, size: number): void {
  const width = OFFICIAL.chars * OFFICIAL.size;
  page.texts.push({ x: OFFICIAL.left + (width - textWidth(text, size)) / 2, y, size, text });
}
