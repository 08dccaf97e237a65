/**
 * Writes a DocSpec as plain HTML (h1 title, h2/h3 headings, paragraphs, ruled tables) for other
 * converters to turn into DOCX (pandoc). Only tables without merged cells are accepted; a table
 * whose rows all span the grid the same way is written with one column per cell.
 */
import { LINE_BREAK } from './spec.js';
import type { DocSpec, SpecBlock, SpecCell } from './spec.js';
import { escapeXml } from './writers/docx-writer.js';
import { replaceCheckboxes } from './writers/table-grid.js';

const GLYPHS: [string, string] = ['☑', '□'];

const inline = (text: string): string => escapeXml(replaceCheckboxes(text, GLYPHS)).split(LINE_BREAK).join('<br/>');

/** The rows of a table as cells without spans, or null when some cell merges slots other rows keep apart. */
export function plainRows(rows: readonly SpecCell[][]): string[][] | null {
  if (rows.some((row) => row.some((cell) => (cell.rowSpan ?? 1) > 1))) return null;
  const shape = (row: readonly SpecCell[]): string => row.map((cell) => cell.colSpan ?? 1).join(',');
  if (rows.some((row) => shape(row) !== shape(rows[0]))) return null;
  return rows.map((row) => row.map((cell) => cell.text));
}

/** True when every table of the spec can be written without merged cells. */
export function hasPlainTables(spec: DocSpec): boolean {
  return spec.blocks.every((b) => b.kind !== 'table' || plainRows(b.rows) !== null);
}

function blockHtml(block: SpecBlock): string {
  switch (block.kind) {
    case 'heading':
      return `<h${block.level}>${inline(block.text)}</h${block.level}>`;
    case 'paragraph':
      return block.text.split('\n').map((p) => `<p${block.align && block.align !== 'left' ? ` style="text-align:${block.align}"` : ''}>${inline(p)}</p>`).join('\n');
    case 'table': {
      const rows = plainRows(block.rows);
      if (!rows) throw new Error('Expected a table without merged cells, got one with row or column spans');
      const body = rows.map((row) => `<tr>${row.map((text) => `<td>${text.split('\n').map((p) => `<p>${inline(p)}</p>`).join('')}</td>`).join('')}</tr>`).join('\n');
      return `<table${block.borders === false ? '' : ' border="1"'}>\n${body}\n</table>`;
    }
    case 'pageBreak':
      return '<hr/>';
    case 'scannedPage':
      return '';
  }
}

export function specToHtml(spec: DocSpec): string {
  const body = [...(spec.title !== undefined ? [`<h1>${inline(spec.title)}</h1>`] : []), ...spec.blocks.map(blockHtml)].join('\n');
  return `<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"/></head><body>\n${body}\n</body></html>\n`;
}
