import type { Cell, Doc, Reading } from './document.js';
import { evidence, type Evidence } from './evidence.js';
import { isPageFurniture } from '../text/page-furniture.js';

/** One line of a Doc in reading order: a heading, paragraph, list item, or a table row with its cells. */
export interface Line {
  kind: 'heading' | 'paragraph' | 'listItem' | 'row';
  /** Text; for rows the cells joined with tabs. */
  text: string;
  ref: string;
  page?: number;
  /** Heading level (headings only). */
  level?: number;
  /** Cells of a table row. */
  cells?: Cell[];
  /** Ref of the table a row belongs to. */
  tableRef?: string;
  /** Index of the row within its table. */
  rowIndex?: number;
  /** Region on the page image (OCR). */
  bbox?: [number, number, number, number];
  /** 0–1 OCR confidence (absent for born-digital text). */
  confidence?: number;
  /** Weakly read words [start, end, confidence] and the lowest confidence of the rest (OCR paragraphs). */
  weak?: [number, number, number][];
  sound?: number;
  /** Both OCR readings where they disagreed: the item's, or for a row its cells' joined as the row's text is. */
  readings?: Reading[];
}

const linesCache = new WeakMap<Doc, Line[]>();

/** The Doc flattened to lines in reading order, page numbers left out (computed once per Doc). */
export function docLines(doc: Doc): Line[] {
  const cached = linesCache.get(doc);
  if (cached) return cached;
  const lines: Line[] = [];
  for (const b of doc.blocks) {
    if (b.type === 'table') {
      b.rows.forEach((row, i) => {
        if (row.cells.length === 0) return;
        const ref = `${b.ref}/rows/${i}`;
        const line: Line = { kind: 'row', text: row.cells.map((c) => c.text).join('\t'), ref, page: row.cells[0].page ?? b.page, cells: row.cells, tableRef: b.ref, rowIndex: i };
        const confidences = row.cells.map((c) => c.confidence).filter((c): c is number => c !== undefined);
        if (confidences.length > 0) line.confidence = Math.min(...confidences);
        const readings = rowReadings(row.cells);
        if (readings) line.readings = readings;
        lines.push(line);
      });
    } else {
      // Page numbers and counts belong to no text: they would run into the paragraphs and answers around them.
      if (isPageFurniture(b.text)) continue;
      const line: Line = { kind: b.type, text: b.text, ref: b.ref };
      if (b.page !== undefined) line.page = b.page;
      if (b.type === 'heading') line.level = b.level;
      if (b.bbox) line.bbox = b.bbox;
      if (b.confidence !== undefined) line.confidence = b.confidence;
      if (b.weak) line.weak = b.weak;
      if (b.sound !== undefined) line.sound = b.sound;
      if (b.readings) line.readings = b.readings;
      lines.push(line);
    }
  }
  linesCache.set(doc, lines);
  return lines;
}

/** A row's two readings, its cells joined with tabs, when a cell's readings disagreed (each engine's text where it has one, else the cell's text). */
function rowReadings(cells: readonly Cell[]): Reading[] | undefined {
  if (!cells.some((c) => c.readings)) return undefined;
  return (['pp-ocr', 'tesseract'] as const).map((engine) => {
    const parts = cells.map((c) => c.readings?.find((r) => r.engine === engine) ?? { text: c.text, confidence: c.confidence ?? 1 });
    return { engine, text: parts.map((p) => p.text).join('\t'), confidence: Math.min(...parts.map((p) => p.confidence)) };
  });
}

/** The whole text of a Doc, lines joined by newlines. */
export function docText(doc: Doc): string {
  return docLines(doc).map((l) => l.text).join('\n');
}

/** Evidence pointing at a line, cell or any located item of a Doc (with its page-image region when OCR read it). */
export function evidenceAt(doc: Doc, at: { ref: string; page?: number; bbox?: [number, number, number, number]; readings?: Reading[] }, quote: string): Evidence {
  const e = evidence(doc.origin.file, at.ref, quote, at.page);
  if (at.bbox) e.bbox = at.bbox;
  if (at.readings) e.readings = at.readings;
  return e;
}

/**
 * OCR confidence of a part of a line or cell (1 for born-digital text): the weakest word read
 * inside the part, else the lowest confidence of the item's soundly read words.
 */
export function spanConfidence(at: { text: string; confidence?: number; weak?: [number, number, number][]; sound?: number }, part: string): number {
  if (at.confidence === undefined) return 1;
  if (!at.weak) return at.confidence;
  const start = at.text.indexOf(part);
  if (start < 0) return at.confidence;
  const end = start + part.length;
  const inside = at.weak.filter(([s, e]) => s < end && e > start).map(([, , c]) => c);
  return inside.length > 0 ? Math.min(...inside) : at.sound ?? at.confidence;
}

/** Evidence for the whole document (used when a fact is absent: "looked here"). */
export function documentEvidence(doc: Doc, quote = '（全文）'): Evidence {
  return evidence(doc.origin.file, '', quote);
}

/** Pages of the Doc that could not be read. */
export function unreadablePages(doc: Doc): number[] {
  return (doc.pages ?? []).filter((p) => p.quality !== 'good').map((p) => p.number);
}
