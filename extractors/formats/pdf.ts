import { createRequire } from 'node:module';
import path from 'node:path';
import { AnnotationMode, getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Block, PageInfo } from '../../src/model/document.js';
import { tableGrid } from '../../src/model/table-grid.js';
import { normalizeText } from '../../src/text/normalize.js';
import { assessTextQuality } from '../../src/text/quality.js';
import { isPageFurniture } from '../../src/text/page-furniture.js';
import { hasCheckbox, parseCheckboxes } from '../../src/text/checkboxes.js';
import { UnreadableFileError, type FormatResult } from './format-result.js';
import { groupLines, joinWrappedText, toRuns, type PdfTextItem } from './pdf-lines.js';
import { layoutPage, mayHoldTable, pageUnits, type PageCell, type PageLayout, type PageUnit } from './pdf-page.js';
import { continuesOnNextPage, textMetrics, type Paragraph, type TextMetrics } from './pdf-reflow.js';
import { collectRulings } from './pdf-rulings.js';
import type { OcrPage } from '../ocr/page.js';
import { appendOcrPage, docOcrConfidence } from './ocr-blocks.js';
import type { OcrService } from './ocr.js';
import { OcrWindow } from './ocr-window.js';
import { pdfPageImage } from './pdf-image.js';
import { DEFAULT_LIMITS, LimitExceededError, type Limits } from '../../src/model/limits.js';

const require = createRequire(import.meta.url);
const PDFJS_DIR = path.dirname(require.resolve('pdfjs-dist/package.json'));

/**
 * Adobe CMaps of the installed pdfjs-dist, as a plain path with a trailing separator (pdf.js in
 * Node reads `cMapUrl + name + '.bcmap'` from disk; a file:// URL does not work). Without them,
 * text in non-embedded CJK fonts (STSong-Light …) comes out empty.
 */
export const CMAP_DIR = `${path.join(PDFJS_DIR, 'cmaps')}${path.sep}`;
const STANDARD_FONTS_DIR = `${path.join(PDFJS_DIR, 'standard_fonts')}${path.sep}`;

/** Options of the PDF reader. */
export interface ReadPdfOptions {
  /** OCR engine for pages without a usable text layer; null or absent leaves them unreadable. */
  ocr?: OcrService | null;
  /** Budgets (pixels per image; pages are admitted for OCR by the OCR service). */
  limits?: Pick<Limits, 'imagePixels'>;
}

/**
 * Reads a PDF page by page: tables from the page's ruling lines (cells with spans, empty cells
 * kept) or, without rulings, from text alignment; the other lines rebuilt into paragraphs by
 * their geometry (margins and pitch measured over the document; a paragraph broken by a page
 * break is joined when the geometry shows it continues); per-page quality. pdf-parse's getText
 * joins table cells with plain spaces, so the positioned text and the operator list of the same
 * pdfjs-dist are read directly. Pages without a
 * text layer, or whose text is garbage, are OCR'd when an engine is given (born-digital pages
 * never are): their image is taken while the next pages are read, and recognised in the engine's
 * workers meanwhile, at most `workers + 1` pages of a document in flight.
 */
export async function readPdf(bytes: Buffer, options: ReadPdfOptions = {}): Promise<FormatResult> {
  const ocr = options.ocr ?? null;
  const { imagePixels } = options.limits ?? DEFAULT_LIMITS;
  const task = getDocument({
    maxImageSize: imagePixels,
    data: new Uint8Array(bytes),
    cMapUrl: CMAP_DIR,
    cMapPacked: true,
    standardFontDataUrl: STANDARD_FONTS_DIR,
    verbosity: 0,
    isEvalSupported: false,
    useSystemFonts: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
  });
  try {
    const doc = await task.promise.catch((err: unknown) => {
      throw asUnreadable(err);
    });
    const pages: PageInfo[] = [];
    const contents: (PageLayout | Promise<OcrPage | Error> | null)[] = [];
    const window = ocr ? new OcrWindow(ocr) : null;
    const messages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const runs = toRuns(content.items.filter((i) => 'str' in i) as PdfTextItem[]);
      const quality = assessTextQuality(runs.map((r) => r.str).join('\n'));
      const info: PageInfo = { number: n, quality: quality.verdict === 'good' ? 'good' : 'unreadable', chars: quality.chars };
      if (quality.verdict === 'empty') info.reason = '页面没有文字层（可能是扫描件）';
      if (quality.verdict === 'poor') info.reason = '文字层为乱码或字形编码无法识别';
      pages.push(info);
      if (info.quality === 'good') {
        const lines = groupLines(runs);
        const rulings = mayHoldTable(lines) ? collectRulings(await page.getOperatorList({ annotationMode: AnnotationMode.DISABLE })) : null;
        contents.push(layoutPage(runs, lines, rulings));
      } else if (window) {
        const refused = await window.admit();
        if (refused) {
          info.reason = refused.message;
          contents.push(null);
          page.cleanup();
          continue;
        }
        const image = pdfPageImage(page, imagePixels);
        contents.push(window.read(image));
        // The page is rendered (or failed to be, which is its reading's error) before it is cleaned up.
        await image.catch(() => undefined);
      } else contents.push(null);
      page.cleanup();
    }
    const blocks: Block[] = [];
    const layouts = contents.filter((c): c is PageLayout => c !== null && !(c instanceof Promise));
    const metrics = textMetrics(layouts.map((l) => l.lines.filter((line) => line.cells.length === 1)));
    let open: OpenParagraph | null = null;
    for (let i = 0; i < contents.length; i++) {
      const content = contents[i];
      if (content === null) {
        open = null;
        continue;
      }
      if (!(content instanceof Promise)) {
        open = pageBlocks(pageUnits(content, metrics), i + 1, blocks, open, metrics);
        continue;
      }
      open = null;
      const result = await content;
      if (result instanceof Error) {
        pages[i].reason = result instanceof LimitExceededError ? result.message : `文字识别失败：${result.message}`;
        messages.push(`第 ${i + 1} 页${pages[i].reason}`);
        continue;
      }
      pages[i] = appendOcrPage(result, i + 1, blocks, messages);
    }
    const ocrConfidence = docOcrConfidence(pages);
    return { blocks, pages, messages, ...(ocrConfidence !== undefined ? { ocrConfidence } : {}) };
  } catch (err) {
    throw err instanceof UnreadableFileError ? err : asUnreadable(err);
  } finally {
    await task.destroy().catch(() => undefined);
  }
}

/** The last paragraph block of a page, which the next page's first paragraph may continue. */
interface OpenParagraph {
  block: Extract<Block, { type: 'paragraph' }>;
  paragraph: Paragraph;
  /** Text before normalisation, so a continuation is joined and normalised as a whole. */
  raw: string;
}

/**
 * A row a page break cut in two: the next page's table opens with a row whose filled cells carry on
 * the cells of the last row before the break (same columns), each of which ran to its right edge
 * or ends awaiting its value. Its text is appended to that row's cells; the rest is returned.
 */
function withoutSplitRow(rows: PageCell[][], blocks: Block[]): PageCell[][] {
  const previous = [...blocks].reverse().find((b) => b.type !== 'paragraph' || !isPageFurniture(b.text));
  const head = rows[0];
  if (!head || previous?.type !== 'table' || head.every((c) => c.text.trim() === '')) return rows;
  const last = previous.rows[previous.rows.length - 1];
  const slots = (tableGrid(previous).rows.at(-1) ?? []).map((slot) => slot?.cell ?? null);
  const positions = head.reduce<number[]>((at, c, i) => [...at, i === 0 ? 0 : at[i - 1] + head[i - 1].colSpan], []);
  if (!last || positions[positions.length - 1] + head[head.length - 1].colSpan !== slots.length) return rows;
  const target = (i: number) => slots[positions[i]];
  // The row goes on when each filled cell continues a cell whose text ran to its edge or that ends awaiting its value ("机构代码：").
  const lastFull = fullCells.get(last) ?? [];
  const full = (i: number) => lastFull[last.cells.indexOf(target(i)!)] === true;
  // Or when the row before is numbered (序号) and this one is not: every new row of a numbered list has its number.
  const first = slots[0];
  const numbered = first !== null && last.cells.includes(first) && /^\d{1,3}$/u.test(first.text.trim()) && head[0].text.trim() === '';
  const continues = numbered || head.every((c, i) => c.text.trim() === '' || full(i) || /[:：]$/u.test(target(i)?.text.trim() ?? ''));
  if (!continues) return rows;
  head.forEach((c, i) => {
    const text = normalizeText(c.text);
    const cell = target(i);
    if (text && cell) cell.text = cell.text ? joinWrappedText(cell.text, text) : text;
  });
  fullCells.set(last, last.cells.map((cell) => head.some((c, i) => target(i) === cell && c.full === true)));
  return rows.slice(1);
}

/** Which cells of a table's last row ran to their right edge (kept beside the Doc, which has no place for it). */
const fullCells = new WeakMap<object, boolean[]>();

/**
 * Appends a page's units as blocks: tables with their rows and cells, paragraphs normalised.
 * The page's first paragraph is joined to `open` when it continues it. Returns the paragraph the
 * next page may continue (the page's last unit apart from page numbers), or null.
 */
function pageBlocks(units: PageUnit[], page: number, blocks: Block[], open: OpenParagraph | null, metrics: TextMetrics): OpenParagraph | null {
  let last: OpenParagraph | null = null;
  let first = true;
  for (const unit of units) {
    if (unit.kind === 'table') {
      const rows = first ? withoutSplitRow(unit.rows, blocks) : unit.rows;
      first = false;
      last = null;
      if (rows.length === 0) continue;
      const ref = `/blocks/${blocks.length}`;
      const table: Block = {
        type: 'table',
        ref,
        page,
        rows: rows.map((row, r) => ({
          cells: row.map((cell, c) => {
            const text = normalizeText(cell.text);
            return { ref: `${ref}/rows/${r}/cells/${c}`, page, text, colSpan: cell.colSpan, rowSpan: cell.rowSpan, ...(hasCheckbox(text) ? { checkboxes: parseCheckboxes(text) } : {}), ...(cell.image ? { image: true as const } : {}) };
          }),
        })),
      };
      blocks.push(table);
      fullCells.set(table.rows[table.rows.length - 1], rows[rows.length - 1].map((c) => c.full === true));
      continue;
    }
    const { paragraph } = unit;
    if (paragraph.furniture) {
      blocks.push({ type: 'paragraph', ref: `/blocks/${blocks.length}`, page, text: normalizeText(paragraph.text) });
      continue;
    }
    if (first && open && continuesOnNextPage(open.paragraph, paragraph, metrics)) {
      open.raw = joinWrappedText(open.raw, paragraph.text);
      setParagraphText(open.block, normalizeText(open.raw));
      open.paragraph = { ...paragraph, firstX0: open.paragraph.firstX0, minX0: Math.min(open.paragraph.minX0, paragraph.minX0) };
      last = open;
      first = false;
      continue;
    }
    first = false;
    const text = normalizeText(paragraph.text);
    if (text === '') continue;
    const block: OpenParagraph['block'] = { type: 'paragraph', ref: `/blocks/${blocks.length}`, page, text };
    setParagraphText(block, text);
    blocks.push(block);
    last = { block, paragraph, raw: paragraph.text };
  }
  return last;
}

function setParagraphText(block: OpenParagraph['block'], text: string): void {
  block.text = text;
  if (hasCheckbox(text)) block.checkboxes = parseCheckboxes(text);
  else delete block.checkboxes;
}

function asUnreadable(err: unknown): UnreadableFileError {
  const name = (err as { name?: string })?.name ?? '';
  const message = (err as { message?: string })?.message ?? String(err);
  if (name === 'PasswordException') return new UnreadableFileError('PDF 已加密（需要密码），无法读取；请提交未加密的文件', 'encrypted');
  return new UnreadableFileError(`PDF 文件已损坏或不完整，无法读取（${message}）`, 'corrupt');
}
