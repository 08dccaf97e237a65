import type { Doc } from '../../src/model/document.js';
import type { SubmissionFile } from '../../src/model/submission.js';
import { readDocx } from './docx.js';
import { ZipEntryError } from './zip.js';
import { readPdf } from './pdf.js';
import { UnreadableFileError, type FormatResult } from './format-result.js';
import { readImage } from './image-reader.js';
import type { OcrService } from './ocr.js';
import { DEFAULT_LIMITS, LimitExceededError, type Limits } from '../../src/model/limits.js';

export { UnreadableFileError } from './format-result.js';
export { CMAP_DIR } from './pdf.js';
export { findOcrModel, OcrEngine, OcrUnavailableError, withOcr, type OcrService, type OcrStats } from './ocr.js';

/** Version of the format readers; part of the cache key, bump when their output changes. */
export const EXTRACTOR_VERSION = '6';

function nestedArchive(kind: string): string {
  return `这是压缩包（${kind}）：申报材料中的压缩包不会解开；请直接提交其中的 DOCX 或 PDF 文件`;
}

const UNSUPPORTED: Record<string, string> = {
  doc: '不支持旧版 Word (.doc) 格式，请转换为 DOCX 或 PDF 后重新提交',
  wps: '不支持 WPS 格式，请转换为 DOCX 或 PDF 后重新提交',
  zip: nestedArchive('ZIP'),
  rar: nestedArchive('RAR'),
  '7z': nestedArchive('7z'),
  xlsx: '这是 Excel 表格（.xlsx），不是 Word 文档；请转换为 DOCX 或 PDF 后重新提交',
  pptx: '这是 PowerPoint 演示文稿（.pptx），不是 Word 文档；请转换为 DOCX 或 PDF 后重新提交',
  odt: '这是 OpenDocument 文本（.odt）；请转换为 DOCX 或 PDF 后重新提交',
  ods: '这是 OpenDocument 表格（.ods）；请转换为 DOCX 或 PDF 后重新提交',
  odp: '这是 OpenDocument 演示文稿（.odp）；请转换为 DOCX 或 PDF 后重新提交',
  'office-encrypted': '文件已加密（设有打开密码的 Word 等 Office 文档），无法读取；请去除密码后重新提交',
  empty: '文件为空（0 字节）',
  unknown: '无法识别的文件格式，请提交 DOCX 或 PDF',
};

/** Options of readDocument. */
export interface ReadOptions {
  /** OCR engine for images and scanned PDF pages; null or absent: no OCR (those pages stay unreadable). */
  ocr?: OcrService | null;
  /** Budgets of the run (default DEFAULT_LIMITS). */
  limits?: Limits;
}

/** Reads one file into a Doc; throws UnreadableFileError with a Chinese message when it cannot. */
export async function readDocument(file: SubmissionFile, options: ReadOptions = {}): Promise<Doc> {
  let result: FormatResult;
  const limits = options.limits ?? DEFAULT_LIMITS;
  const ocr = options.ocr ? withPageTime(options.ocr, limits.ocrSecondsPerPage) : null;
  if (file.format === 'docx') result = await readDocxSafely(file.bytes, limits);
  else if (file.format === 'pdf') result = await readPdf(file.bytes, { ocr, limits });
  else if (file.format === 'png' || file.format === 'jpeg' || file.format === 'tiff') result = await readImage(file.bytes, file.format, ocr, limits.imagePixels);
  else throw new UnreadableFileError(UNSUPPORTED[file.format] ?? UNSUPPORTED.unknown, file.format === 'empty' ? 'empty' : 'unsupported');
  const unreadable = (result.pages ?? []).filter((p) => p.quality !== 'good').length;
  const total = result.pages?.length ?? 0;
  const format = file.format === 'docx' ? 'docx' : file.format === 'pdf' ? 'pdf' : 'image';
  const doc: Doc = {
    id: file.sha256,
    origin: { file: file.name, format, ...(total ? { pages: total } : {}) },
    quality: { textLayer: unreadable === 0 ? 'good' : unreadable === total ? 'none' : 'partial', ...(result.ocrConfidence !== undefined ? { ocrConfidence: result.ocrConfidence } : {}) },
    blocks: result.blocks,
    messages: result.messages,
  };
  if (result.pages) doc.pages = result.pages;
  return doc;
}

/** The OCR service with the run's time budget per page. */
function withPageTime(ocr: OcrService, secondsPerPage: number): OcrService {
  return {
    workers: ocr.workers,
    ...(ocr.second ? { second: ocr.second } : {}),
    secondsPerPage,
    recognize: (gray, dpi, options) => ocr.recognize(gray, dpi, options),
    ...(ocr.admitPage ? { admitPage: () => ocr.admitPage!() } : {}),
  };
}

/** readDocx with its failures as UnreadableFileError: a budget keeps its message naming the limit, an encrypted part says so, anything else is a damaged DOCX. */
async function readDocxSafely(bytes: Buffer, limits: Limits): Promise<FormatResult> {
  try {
    return await readDocx(bytes, limits);
  } catch (err) {
    if (err instanceof LimitExceededError) throw new UnreadableFileError(err.message, 'limit');
    if (err instanceof ZipEntryError && err.code === 'encrypted') throw new UnreadableFileError(`DOCX 文件已加密，无法读取（${err.message}）`, 'encrypted');
    const message = (err as Error)?.message ?? String(err);
    throw new UnreadableFileError(`DOCX 文件已损坏或不完整，无法读取（${message}）`, 'corrupt');
  }
}
