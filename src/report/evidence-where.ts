import type { Evidence } from '../model/evidence.js';

/**
 * Where a person finds a piece of evidence, in Chinese, without the quote: the file and the
 * location a reader can find in Word or on paper (「表1 第7行「统一社会信用代码」栏」, 「第3段」,
 * 「第2页」). Internal refs (JSON pointers, pixel boxes) are never shown: they stay in report.json.
 */
export function evidencePlace(e: Evidence): string {
  const at = e.location ?? (e.page ? `第${e.page}页` : '');
  return at ? `${e.file} ${at}` : e.file;
}

const ENGINE_NAMES = { 'pp-ocr': 'PP-OCR', tesseract: 'Tesseract' } as const;

/** The two OCR readings of a piece of evidence where they disagreed: 「两种识别结果不一致：PP-OCR「…」（置信度 98%），Tesseract「…」（置信度 41%）」; '' when there is one. */
export function readingsText(e: Evidence): string {
  if (!e.readings || e.readings.length < 2) return '';
  const one = (r: NonNullable<Evidence['readings']>[number]) => `${ENGINE_NAMES[r.engine]}「${r.text.replace(/\s+/gu, ' ')}」（置信度 ${Math.round(r.confidence * 100)}%）`;
  return `两种识别结果不一致：${e.readings.map(one).join('，')}`;
}

/** Evidence as a place and its quote on one line: 「协议书.pdf 第3页 表1 第4行：「…」」, then the two OCR readings where they disagreed. */
export function whereText(e: Evidence): string {
  const readings = readingsText(e);
  return `${evidencePlace(e)}${e.quote ? `：「${e.quote.replace(/\s*\n\s*/gu, ' ')}」` : ''}${readings ? `（${readings}）` : ''}`;
}
