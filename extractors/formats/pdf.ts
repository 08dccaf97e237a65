import { createRequire } from 'node:module';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Block, PageInfo, Row } from '../../src/model/document.js';
import { normalizeText } from '../../src/text/normalize.js';
import { assessTextQuality } from '../../src/text/quality.js';
import { hasCheckbox, parseCheckboxes } from '../../src/text/checkboxes.js';
import { UnreadableFileError, type FormatResult } from './format-result.js';
import { groupLines, joinWrapped, type PdfLine, type PdfTextItem } from './pdf-lines.js';
import { ocrPageImage, type OcrPage } from '../ocr/page.js';
import { appendOcrPage, docOcrConfidence } from './ocr-blocks.js';
import type { OcrEngine } from './ocr.js';
import { pdfPageImage } from './pdf-image.js';

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
  ocr?: OcrEngine | null;
}

/**
 * Reads a PDF page by page: positioned text grouped into lines and cells (runs of multi-cell
 * lines become table rows), with per-page quality. pdf-parse's getText joins table cells with
 * plain spaces, so the positioned text of the same pdfjs-dist is read directly. Pages without a
 * text layer, or whose text is garbage, are OCR'd when an engine is given (born-digital pages
 * never are): their image is taken while the next pages are read, and recognised in the engine's
 * workers meanwhile, at most `workers + 1` pages of a document in flight.
 */
export async function readPdf(bytes: Buffer, options: ReadPdfOptions = {}): Promise<FormatResult> {
  const ocr = options.ocr ?? null;
  const task = getDocument({
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
    const contents: (PdfLine[] | Promise<OcrPage | Error> | null)[] = [];
    const inFlight: Promise<unknown>[] = [];
    const messages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const lines = joinWrapped(groupLines(content.items.filter((i) => 'str' in i) as PdfTextItem[]));
      const text = lines.map((l) => l.cells.map((c) => c.text).join(' ')).join('\n');
      const quality = assessTextQuality(text);
      const info: PageInfo = { number: n, quality: quality.verdict === 'good' ? 'good' : 'unreadable', chars: quality.chars };
      if (quality.verdict === 'empty') info.reason = '页面没有文字层（可能是扫描件）';
      if (quality.verdict === 'poor') info.reason = '文字层为乱码或字形编码无法识别';
      pages.push(info);
      if (info.quality === 'good') contents.push(lines);
      else if (ocr) {
        while (inFlight.length > ocr.workers) await inFlight.shift();
        const image = await pdfPageImage(page).catch((err: unknown) => (err instanceof Error ? err : new Error(String(err))));
        const job = image instanceof Error ? Promise.resolve(image) : ocrPageImage(ocr, image.image, image.dpi).catch((err: unknown) => (err instanceof Error ? err : new Error(String(err))));
        contents.push(job);
        inFlight.push(job);
      } else contents.push(null);
      page.cleanup();
    }
    const blocks: Block[] = [];
    for (let i = 0; i < contents.length; i++) {
      const content = contents[i];
      if (content === null) continue;
      if (Array.isArray(content)) {
        pageBlocks(content, i + 1, blocks);
        continue;
      }
      const result = await content;
      if (result instanceof Error) {
        messages.push(`第 ${i + 1} 页文字识别失败：${result.message}`);
        continue;
      }
      pages[i] = appendOcrPage(result, i + 1, blocks);
    }
    const ocrConfidence = docOcrConfidence(pages);
    return { blocks, pages, messages, ...(ocrConfidence !== undefined ? { ocrConfidence } : {}) };
  } catch (err) {
    throw err instanceof UnreadableFileError ? err : asUnreadable(err);
  } finally {
    await task.destroy().catch(() => undefined);
  }
}

function pageBlocks(lines: PdfLine[], page: number, blocks: Block[]): void {
  let table: Row[] | null = null;
  for (const line of lines) {
    const parts = line.cells.map((c) => normalizeText(c.text)).filter((t) => t.length > 0);
    if (parts.length === 0) continue;
    if (parts.length >= 2) {
      if (!table) {
        table = [];
        blocks.push({ type: 'table', ref: `/blocks/${blocks.length}`, page, rows: table });
      }
      const rowRef = `/blocks/${blocks.length - 1}/rows/${table.length}`;
      table.push({
        cells: parts.map((t, c) => ({ ref: `${rowRef}/cells/${c}`, page, text: t, colSpan: 1, rowSpan: 1, ...(hasCheckbox(t) ? { checkboxes: parseCheckboxes(t) } : {}) })),
      });
      continue;
    }
    table = null;
    const text = parts[0];
    const ref = `/blocks/${blocks.length}`;
    blocks.push(hasCheckbox(text) ? { type: 'paragraph', ref, page, text, checkboxes: parseCheckboxes(text) } : { type: 'paragraph', ref, page, text });
  }
}

function asUnreadable(err: unknown): UnreadableFileError {
  const name = (err as { name?: string })?.name ?? '';
  const message = (err as { message?: string })?.message ?? String(err);
  if (name === 'PasswordException') return new UnreadableFileError('PDF 已加密（需要密码），无法读取；请提交未加密的文件', 'encrypted');
  return new UnreadableFileError(`PDF 文件已损坏或不完整，无法读取（${message}）`, 'corrupt');
}
