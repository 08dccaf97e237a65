/** Image files read into blocks by OCR; without an engine every page is unreadable. */
import type { Block, PageInfo } from '../../src/model/document.js';
import type { OcrPage } from '../ocr/page.js';
import { UnreadableFileError, type FormatResult } from './format-result.js';
import { openImageFile } from './image.js';
import type { ImageFile, ImagePage } from './image-page.js';
import { appendOcrPage, docOcrConfidence } from './ocr-blocks.js';
import type { OcrService } from './ocr.js';
import { OcrWindow } from './ocr-window.js';
import { LimitExceededError } from '../../src/model/limits.js';

/** A page of an image file that could not be decoded (the file's other pages are still read). */
class UndecodablePageError extends Error {}

export async function readImage(bytes: Buffer, format: 'png' | 'jpeg' | 'tiff', ocr: OcrService | null, maxPixels = Infinity): Promise<FormatResult> {
  let file: ImageFile;
  try {
    file = await openImageFile(bytes, format, maxPixels);
  } catch (err) {
    if (err instanceof LimitExceededError) throw new UnreadableFileError(err.message, 'limit');
    throw new UnreadableFileError(`图片文件已损坏或格式不受支持，无法读取（${(err as Error)?.message ?? String(err)}）`, 'corrupt');
  }
  if (file.pages === 0) throw new UnreadableFileError('图片文件中没有可读取的图像', 'corrupt');
  const blocks: Block[] = [];
  const infos: PageInfo[] = [];
  const messages: string[] = [];
  if (!ocr) {
    for (let i = 0; i < file.pages; i++) infos.push({ number: i + 1, quality: 'unreadable', chars: 0, reason: '图片需要文字识别（OCR），本次运行已关闭 OCR（--no-ocr）' });
    return { blocks, pages: infos, messages };
  }
  // Each page is decoded once admitted and recognised in the window, then laid out in page order.
  const window = new OcrWindow(ocr);
  const results: Promise<OcrPage | Error>[] = [];
  for (let i = 0; i < file.pages; i++) {
    const refused = await window.admit();
    results.push(refused ? Promise.resolve(refused) : window.read(decodePage(file, i)));
  }
  (await Promise.all(results)).forEach((result, i) => {
    if (!(result instanceof Error)) return void infos.push(appendOcrPage(result, i + 1, blocks, messages));
    // A spent budget and an undecodable page say why themselves; anything else is a failed reading.
    const reason = result instanceof LimitExceededError || result instanceof UndecodablePageError ? result.message : `文字识别失败：${result.message}`;
    infos.push({ number: i + 1, quality: 'unreadable', chars: 0, reason });
    messages.push(result instanceof LimitExceededError ? `第 ${i + 1} 页未识别：${reason}` : `第 ${i + 1} 页${reason}`);
  });
  const ocrConfidence = docOcrConfidence(infos);
  return { blocks, pages: infos, messages, ...(ocrConfidence !== undefined ? { ocrConfidence } : {}) };
}

/** A page of the file, decoded; a failure to decode is that page's UndecodablePageError. */
async function decodePage(file: ImageFile, index: number): Promise<ImagePage> {
  try {
    return await file.page(index);
  } catch (err) {
    throw new UndecodablePageError(`图像无法解码（${(err as Error)?.message ?? String(err)}）`);
  }
}
