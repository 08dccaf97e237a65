import type { Doc } from '../model/document.js';

/** Page numbers as ranges: [1,2,3,5,7,8] → 「1–3、5、7–8」. */
export function pageRanges(numbers: readonly number[]): string {
  const parts: string[] = [];
  let start = -1;
  let end = -1;
  const flush = () => {
    if (start >= 0) parts.push(start === end ? String(start) : `${start}–${end}`);
  };
  for (const n of [...numbers].sort((a, b) => a - b)) {
    if (n === end + 1) end = n;
    else {
      flush();
      start = end = n;
    }
  }
  flush();
  return parts.join('、');
}

/**
 * One message per reason why pages of a document could not be read, with the pages as ranges:
 * 「第 61–2000 页无法读取：超过单个文件文字识别页数上限 60 …」. Its length does not grow with the
 * page count, and a limit that stopped reading is named.
 */
export function unreadablePageMessages(doc: Doc): string[] {
  const byReason = new Map<string, number[]>();
  for (const p of doc.pages ?? []) {
    if (p.quality === 'good') continue;
    const reason = p.reason ?? '没有可读的文字层（扫描件或乱码）';
    byReason.set(reason, [...(byReason.get(reason) ?? []), p.number]);
  }
  return [...byReason].map(([reason, pages]) => `第 ${pageRanges(pages)} 页无法读取：${reason}，相关条件判为“待核实”`);
}
