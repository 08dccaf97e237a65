import type { Block, Cell, Doc } from '../../src/model/document.js';

/** A cell in a test table: its text, or the text with spans and OCR marks. */
export type CellSpec = string | (Partial<Cell> & { text: string });

/** A table block from rows of cell specs; refs follow the Doc's JSON pointers. */
export function table(rows: CellSpec[][], opts: { page?: number } = {}): (index: number) => Block {
  return (index) => ({
    type: 'table',
    ref: `/blocks/${index}`,
    ...(opts.page !== undefined ? { page: opts.page } : {}),
    rows: rows.map((cells, r) => ({
      cells: cells.map((c, i) => ({ ref: `/blocks/${index}/rows/${r}/cells/${i}`, colSpan: 1, rowSpan: 1, ...(opts.page !== undefined ? { page: opts.page } : {}), ...(typeof c === 'string' ? { text: c } : c) })),
    })),
  });
}

/** A paragraph block. */
export function para(text: string, extra: { page?: number; confidence?: number } = {}): (index: number) => Block {
  return (index) => ({ type: 'paragraph', ref: `/blocks/${index}`, text, ...extra });
}

/** A Doc of the given blocks (a PDF when any block has a page, else a DOCX). */
export function docOf(...blocks: ((index: number) => Block)[]): Doc {
  const built = blocks.map((b, i) => b(i));
  const pdf = built.some((b) => b.page !== undefined);
  return {
    id: 'test',
    origin: { file: pdf ? '协议书.pdf' : '协议书.docx', format: pdf ? 'pdf' : 'docx', ...(pdf ? { pages: 2 } : {}) },
    quality: { textLayer: 'good' },
    blocks: built,
    messages: [],
  };
}
