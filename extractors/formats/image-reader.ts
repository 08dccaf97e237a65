/** Image files read into blocks by OCR; without an engine every page is unreadable. */
import type { Block, PageInfo } from '../../src/model/document.js';
import { ocrPageImage } from '../ocr/page.js';
import { UnreadableFileError, type FormatResult } from './format-result.js';
import { decodeImageFile } from './image.js';
import { appendOcrPage, docOcrConfidence } from './ocr-blocks.js';
import type { OcrService } from './ocr.js';
import { LimitExceededError } from '../../src/model/limits.js';
import type { ImagePage } from './image.js';

export async function readImage(bytes: Buffer, format: 'png' | 'jpeg' | 'tiff', ocr: OcrService | null, maxPixels = Infinity): Promise<FormatResult> {
  let pages;
  try {
    pages = await decodeImageFile(bytes, format, maxPixels);
  } catch (err) {
    if (err instanceof LimitExceededError) throw new UnreadableFileError(err.message, 'limit');
    throw new UnreadableFileError(`图片文件已损坏或格式不受支持，无法读取（${(err as Error)?.message ?? String(err)}）`, 'corrupt');
  }
  if (pages.length === 0) throw new UnreadableFileError('图片文件中没有可读取的图像', 'corrupt');
  const blocks: Block[] = [];
  const infos: PageInfo[] = [];
  const messages: string[] = [];
  if (!ocr) {
    pages.forEach((_, i) => infos.push({ number: i + 1, quality: 'unreadable', chars: 0, reason: '图片需要文字识别（OCR），本次运行已关闭 OCR（--no-ocr）' }));
    return { blocks, pages: infos, messages };
  }
  // Pages are recognised in parallel (the engine's workers), then laid out in page order.
  const results = await Promise.all(pages.map((p) => admitThenRead(ocr, p).catch((err: unknown) => (err instanceof Error ? err : new Error(String(err))))));
  results.forEach((result, i) => {
    if (result instanceof LimitExceededError) {
      infos.push({ number: i + 1, quality: 'unreadable', chars: 0, reason: result.message });
      messages.push(`第 ${i + 1} 页未识别：${result.message}`);
    } else if (result instanceof Error) {
      infos.push({ number: i + 1, quality: 'unreadable', chars: 0, reason: `文字识别失败：${result.message}` });
      messages.push(`第 ${i + 1} 页文字识别失败：${result.message}`);
    } else infos.push(appendOcrPage(result, i + 1, blocks, messages));
  });
  const ocrConfidence = docOcrConfidence(infos);
  return { blocks, pages: infos, messages, ...(ocrConfidence !== undefined ? { ocrConfidence } : {}) };
}

/** OCR of one page once the service admits it (a spent page budget rejects with LimitExceededError). */
async function admitThenRead(ocr: OcrService, page: ImagePage) {
  await ocr.admitPage?.();
  return ocrPageImage(ocr, page.image, page.dpi);
}
