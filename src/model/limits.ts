/**
 * Budgets of one run: how much work a single file or submission may cost before reading stops with
 * a message that names the limit. They are checked while reading (bytes as they are inflated,
 * elements as they are counted, pages before they are rendered), never after the damage is done.
 * Every budget can be changed on the command line (`--limit name=value`).
 */
export interface Limits {
  /** Bytes of one file read from a folder or inflated from one zip entry. */
  fileBytes: number;
  /** Bytes of all files of one submission (folder or zip, after inflation). */
  submissionBytes: number;
  /** Entries of one zip (directories included). */
  zipEntries: number;
  /** Bytes inflated from one part of a DOCX (word/document.xml and the like). */
  docxPartBytes: number;
  /** XML elements in one part of a DOCX. */
  xmlElements: number;
  /** Pixels of one image (width × height), every format, before it is decoded. */
  imagePixels: number;
  /** Pages of one file sent to OCR. */
  ocrPagesPerFile: number;
  /** Pages of one submission sent to OCR. */
  ocrPagesPerSubmission: number;
  /** Wall time to read one document, seconds (OCR included). */
  secondsPerDocument: number;
  /** Wall time of reading one scanned page, both OCR readings, seconds. */
  ocrSecondsPerPage: number;
  /** Heap of the isolated reader of one document, MB. */
  readerHeapMb: number;
}

export const DEFAULT_LIMITS: Readonly<Limits> = {
  fileBytes: 128 * 1024 * 1024,
  submissionBytes: 384 * 1024 * 1024,
  zipEntries: 5000,
  docxPartBytes: 5 * 1024 * 1024,
  xmlElements: 150_000,
  imagePixels: 60_000_000,
  ocrPagesPerFile: 60,
  ocrPagesPerSubmission: 200,
  secondsPerDocument: 600,
  ocrSecondsPerPage: 120,
  readerHeapMb: 512,
};

/** The names users give on the command line and how each is shown in messages (Chinese) with its unit. */
export const LIMIT_LABELS: Readonly<Record<keyof Limits, { label: string; unit: 'bytes' | 'count' | 'seconds' | 'mb' }>> = {
  fileBytes: { label: '单个文件大小', unit: 'bytes' },
  submissionBytes: { label: '单份申报文件总大小', unit: 'bytes' },
  zipEntries: { label: '压缩包条目数', unit: 'count' },
  docxPartBytes: { label: 'DOCX 单个部件解压大小', unit: 'bytes' },
  xmlElements: { label: 'DOCX 单个部件 XML 元素数', unit: 'count' },
  imagePixels: { label: '单张图像像素数', unit: 'count' },
  ocrPagesPerFile: { label: '单个文件文字识别页数', unit: 'count' },
  ocrPagesPerSubmission: { label: '单份申报文字识别页数', unit: 'count' },
  secondsPerDocument: { label: '单个文件读取时间', unit: 'seconds' },
  ocrSecondsPerPage: { label: '单页文字识别时间', unit: 'seconds' },
  readerHeapMb: { label: '单个文件读取内存', unit: 'mb' },
};

/** A limit with its value as a person reads it: 「单个文件大小上限 128 MB」. */
export function describeLimit(name: keyof Limits, value: number): string {
  const { label, unit } = LIMIT_LABELS[name];
  const shown = unit === 'bytes' ? byteSize(value) : unit === 'mb' ? `${value} MB` : unit === 'seconds' ? `${value} 秒` : value.toLocaleString('en-US');
  return `${label}上限 ${shown}`;
}

/** Thrown when reading stops at a budget; the message names the limit (Chinese). */
export class LimitExceededError extends Error {
  constructor(
    readonly limit: keyof Limits,
    readonly value: number,
    /** What passed the limit, e.g. 「word/document.xml」 or 「图像 40000×30000 像素」. */
    readonly what = '',
  ) {
    super(`${what ? `${what}：` : ''}超过${describeLimit(limit, value)}，已停止读取（可用 --limit ${limit}=… 调整）`);
    this.name = 'LimitExceededError';
  }
}

/** A byte count as a person reads it: 「384 MB」, 「1.5 GB」, 「3 KB」, 「512 字节」. */
export function byteSize(bytes: number): string {
  const units: [number, string][] = [[1024 ** 3, 'GB'], [1024 ** 2, 'MB'], [1024, 'KB']];
  for (const [size, name] of units) if (bytes >= size) return `${+(bytes / size).toFixed(1)} ${name}`;
  return `${bytes} 字节`;
}
