/**
 * OCR'd pages as Doc blocks, shaped like the PDF reader's (paragraph lines, table rows of cells),
 * with OCR provenance on every block and cell:
 * - `bbox`: [x0, y0, x1, y1] in pixels of the page image as read (deskewed), origin top-left;
 * - `confidence`: 0–1, the lowest word confidence of the line or cell (1 for an empty cell);
 *   `weak` and `sound`: where its weakly read words stand, and the lowest confidence of the rest;
 * - `readings`: both readings where the second OCR reading disagreed with the first;
 * - cells of ruled tables: `seal` ({ bbox, roundness }) when a red seal's centre lies in the cell,
 *   `handwriting: true` when the cell holds ink that is not printed text.
 * Pages read by OCR get `ocr: true`, `ocrConfidence`, `image` and `seals` on their PageInfo.
 */
import type { Block, Cell, PageInfo, Row } from '../../src/model/document.js';
import { describeLimit } from '../../src/model/limits.js';
import { hasCheckbox, parseCheckboxes } from '../../src/text/checkboxes.js';
import { normalizeText } from '../../src/text/normalize.js';
import type { OcrPage } from '../ocr/page.js';
import type { Box } from '../ocr/pixels.js';
import { weakSpans } from './ocr-spans.js';

/** Pages whose mean OCR confidence is below this are marked poor (their facts become unknown). */
export const MIN_PAGE_CONFIDENCE = 0.6;
/** A page with fewer recognised characters than this is marked poor (blank or unreadable scan). */
const MIN_PAGE_CHARS = 10;

/** OCR provenance carried by blocks and cells of OCR'd pages (beyond the Doc schema's fields). */
export interface OcrProvenance {
  bbox: Box;
  confidence: number;
}

export interface OcrCellMarks {
  seal?: { bbox: Box; roundness: number };
  handwriting?: true;
}

/** PageInfo of a page read by OCR. */
export type OcrPageInfo = PageInfo & {
  ocr: true;
  ocrConfidence: number;
  image: { width: number; height: number; dpi: number; deskewDeg: number };
  seals: { bbox: Box; roundness: number }[];
};

/** Appends the blocks of one OCR'd page to `blocks` (refs continue from its length) and returns its PageInfo. */
export function appendOcrPage(page: OcrPage, pageNumber: number, blocks: Block[], messages?: string[]): OcrPageInfo {
  if (page.secondPassCut) {
    const { left, seconds } = page.secondPassCut;
    messages?.push(`第 ${pageNumber} 页：第二遍识别超过${describeLimit('ocrSecondsPerPage', seconds)}，其余 ${left} 处只有第一遍识别结果（可用 --limit ocrSecondsPerPage=… 调整）`);
  }
  let table: { rows: Row[]; id: number } | null = null;
  let chars = 0;
  page.items.forEach((item, index) => {
    if (item.kind === 'line') {
      table = null;
      const text = normalizeText(item.text);
      if (!text) return;
      chars += text.replace(/\s/gu, '').length;
      const ref = `/blocks/${blocks.length}`;
      const block = { type: 'paragraph' as const, ref, page: pageNumber, text, ...(hasCheckbox(text) ? { checkboxes: parseCheckboxes(text) } : {}), bbox: item.box, confidence: item.confidence, ...weakSpans(text, item.words), ...(item.readings ? { readings: item.readings } : {}) };
      blocks.push(block);
      return;
    }
    if (!table || table.id !== item.table) {
      const rows: Row[] = [];
      table = { rows, id: item.table };
      const block = { type: 'table' as const, ref: `/blocks/${blocks.length}`, page: pageNumber, rows, bbox: item.box, confidence: 1 };
      blocks.push(block);
    }
    const tableBlock = blocks[blocks.length - 1] as Block & Partial<OcrProvenance>;
    const rowRef = `${tableBlock.ref}/rows/${table.rows.length}`;
    const marks = page.marks[index];
    const cells: Cell[] = item.cells.map((c, i) => {
      const text = normalizeText(c.text);
      chars += text.replace(/\s/gu, '').length;
      const cell: Cell & OcrProvenance & OcrCellMarks = { ref: `${rowRef}/cells/${i}`, page: pageNumber, text, colSpan: 1, rowSpan: 1, bbox: c.box, confidence: c.confidence, ...weakSpans(text, c.words), ...(c.readings ? { readings: c.readings } : {}) };
      if (hasCheckbox(text)) cell.checkboxes = parseCheckboxes(text);
      if (marks?.seal && marks.sealCell === i) cell.seal = { bbox: marks.seal.box, roundness: marks.seal.roundness };
      if (marks?.handwriting.includes(i)) cell.handwriting = true;
      return cell;
    });
    // A seal whose centre lies outside every cell of its row (on a rule) goes to the last cell.
    if (marks?.seal && marks.sealCell === undefined && cells.length > 0) (cells[cells.length - 1] as Cell & OcrCellMarks).seal = { bbox: marks.seal.box, roundness: marks.seal.roundness };
    const image = page.crops?.[index];
    table.rows.push(image ? { cells, image } : { cells });
    if (tableBlock.bbox) tableBlock.bbox = [Math.min(tableBlock.bbox[0], item.box[0]), Math.min(tableBlock.bbox[1], item.box[1]), Math.max(tableBlock.bbox[2], item.box[2]), Math.max(tableBlock.bbox[3], item.box[3])];
    tableBlock.confidence = Math.min(tableBlock.confidence ?? 1, ...cells.map((c) => (c as Cell & OcrProvenance).confidence));
  });
  const good = page.confidence >= MIN_PAGE_CONFIDENCE && chars >= MIN_PAGE_CHARS;
  const info: OcrPageInfo = {
    number: pageNumber,
    quality: good ? 'good' : 'poor',
    chars,
    ocr: true,
    ocrConfidence: page.confidence,
    image: { width: page.width, height: page.height, dpi: page.dpi, deskewDeg: page.deskewDeg },
    seals: page.seals.map((s) => ({ bbox: s.box, roundness: s.roundness })),
  };
  if (!good) info.reason = chars < MIN_PAGE_CHARS ? '扫描页未识别出文字（空白页或图像无法识别）' : `扫描页文字识别置信度低（${Math.round(page.confidence * 100)}%）`;
  return info;
}

/** Character-weighted mean OCR confidence over OCR'd pages, or undefined when none was OCR'd. */
export function docOcrConfidence(pages: readonly PageInfo[]): number | undefined {
  const ocr = pages.filter((p): p is OcrPageInfo => (p as Partial<OcrPageInfo>).ocr === true);
  if (ocr.length === 0) return undefined;
  const chars = ocr.reduce((n, p) => n + Math.max(1, p.chars), 0);
  return Math.round((ocr.reduce((s, p) => s + p.ocrConfidence * Math.max(1, p.chars), 0) / chars) * 1000) / 1000;
}
