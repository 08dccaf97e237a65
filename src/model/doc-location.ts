import type { Block, Doc, TableBlock } from './document.js';
import { tableGrid } from './table-grid.js';

/** Longest label or header quoted in a location; longer ones are cut. */
const MAX_LABEL = 16;

/**
 * Where a ref of a Doc is, as a person finds it in Word or on paper (Chinese):
 * 「表2 第7行「统一社会信用代码」栏」 for a table cell, 「表2 第7行」 for a row, 「“三、组织机构”下第2段」
 * or 「第3段」 for a paragraph, each after 「第2页 」 when the document has pages. Tables are
 * numbered in document order as a reader counts them; rows from 1, header rows included; a cell
 * is named by the label to its left in a form row, else by its column's header. Undefined when
 * the ref names nothing in the Doc.
 */
export function locate(doc: Doc, ref: string, page?: number): string | undefined {
  const m = /^\/blocks\/(\d+)(?:\/rows\/(\d+)(?:\/cells\/(\d+))?)?$/u.exec(ref);
  const at = page ? `第${page}页` : '';
  if (!m) return at || undefined;
  const index = Number(m[1]);
  const block = doc.blocks[index];
  if (!block) return at || undefined;
  const pageOf = at || (block.page ? `第${block.page}页` : '');
  const where = block.type === 'table' ? tablePlace(doc.blocks, index, block, m[2], m[3]) : paragraphPlace(doc.blocks, index, block);
  return [pageOf, where].filter(Boolean).join(' ') || undefined;
}

function tablePlace(blocks: readonly Block[], index: number, table: TableBlock, row?: string, cell?: string): string {
  const number = blocks.slice(0, index + 1).filter((b) => b.type === 'table').length;
  if (row === undefined) return `表${number}`;
  const r = Number(row);
  const label = cell === undefined ? '' : cellLabel(table, r, Number(cell));
  return `表${number} 第${r + 1}行${label ? `「${label}」栏` : ''}`;
}

/** The label of a cell: the short text to its left in a form row, else its column's header (first row). */
function cellLabel(table: TableBlock, r: number, c: number): string {
  const target = table.rows[r]?.cells[c];
  if (!target) return '';
  const grid = tableGrid(table);
  const column = grid.rows[r]?.findIndex((slot) => slot?.cell === target) ?? -1;
  if (column < 0) return '';
  const left = column > 0 ? grid.rows[r][column - 1]?.cell : undefined;
  if (left && left !== target && isLabel(left.text)) return cut(left.text);
  const header = r > 0 ? grid.rows[0][column]?.cell : undefined;
  return header && header !== target && isLabel(header.text) ? cut(header.text) : '';
}

/** Text that reads as a label: short, no figures, not a sentence. */
function isLabel(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= 30 && !/\d/u.test(t) && !/[。；]/u.test(t);
}

function cut(text: string): string {
  const t = text.replace(/\s+/gu, '');
  return t.length > MAX_LABEL ? `${t.slice(0, MAX_LABEL)}…` : t;
}

/** A paragraph as 「“heading”下第N段」 (counted from the nearest heading above) or 「第N段」 (counted from the start, or from the top of its page). */
function paragraphPlace(blocks: readonly Block[], index: number, block: Block): string {
  if (block.type === 'heading') return `标题“${cut(block.text)}”`;
  let n = 1;
  for (let i = index - 1; i >= 0; i--) {
    const b = blocks[i];
    if (b.type === 'heading') return `“${cut(b.text)}”下第${n}段`;
    if (block.page !== undefined && b.page !== block.page) break;
    if (b.type !== 'table') n++;
  }
  return `第${n}段`;
}

/** The scanned image of the table row a ref points into (itself or one of its cells), when the reader kept one. */
export function rowImage(doc: Doc, ref: string): string | undefined {
  const m = /^\/blocks\/(\d+)\/rows\/(\d+)(?:\/cells\/\d+)?$/u.exec(ref);
  const block = m ? doc.blocks[Number(m[1])] : undefined;
  return block?.type === 'table' ? block.rows[Number(m![2])]?.image : undefined;
}
