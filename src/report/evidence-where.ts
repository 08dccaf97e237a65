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

/** Evidence as a place and its quote on one line: 「协议书.pdf 第3页 表1 第4行：「…」」. */
export function whereText(e: Evidence): string {
  return `${evidencePlace(e)}${e.quote ? `：「${e.quote.replace(/\s*\n\s*/gu, ' ')}」` : ''}`;
}
