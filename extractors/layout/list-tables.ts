import type { Cell, Doc, TableBlock } from '../../src/model/document.js';
import { isAnswerText, isCodeText, isDateText, isUnitName, withoutCodes } from '../../src/text/cell-content.js';
import { cleanUnitName } from '../../src/text/organizations.js';
import { isPageFurniture } from '../../src/text/page-furniture.js';
import { columnOf, headerRoleOf, type LayoutColumn } from './column-roles.js';
import { tableGrid, type GridSlot } from '../../src/model/table-grid.js';

/** A body row of a list table: one entry per column (null where a span covers the slot or no cell stands). */
export interface ListRow {
  cells: (Cell | null)[];
  /** JSON pointer of the row in the Doc. */
  ref: string;
  page?: number;
  /** Cell texts joined by tabs (for quotes). */
  text: string;
  /** Lowest OCR confidence of the row's cells (absent for born-digital text). */
  confidence?: number;
}

/** A list inside a table: a header naming its columns (roles from header words and content) and the rows under it. */
export interface ListTable {
  /** Ref of the (first) table block. */
  ref: string;
  page?: number;
  columns: LayoutColumn[];
  /** Rows the header was read from, joined (for quotes). */
  headerText: string;
  /** Refs of the header rows (every part of the table, where a page repeats its header). */
  headerRefs: string[];
  rows: ListRow[];
}

const listCache = new WeakMap<Doc, ListTable[]>();

/**
 * Every list a Doc's tables hold: a table with a header row (or stacked header rows) and the rows
 * below it, a list starting part-way down a form table at its own header row, a headerless table
 * of uniform rows; a table continued on the next page (header repeated or not) is one list.
 */
export function listTables(doc: Doc): ListTable[] {
  const cached = listCache.get(doc);
  if (cached) return cached;
  const out: ListTable[] = [];
  let previous: { table: ListTable; width: number } | null = null;
  for (const block of doc.blocks) {
    if (block.type !== 'table') {
      if (!isPageFurniture(block.text)) previous = null;
      continue;
    }
    const segments = segmentTable(block, previous?.width ?? null);
    segments.forEach((seg, i) => {
      const continues = i === 0 && previous !== null && previous.width === seg.width && (seg.header.length === 0 || seg.headerText === previous.table.headerText);
      if (continues && previous) {
        previous.table.rows.push(...seg.rows);
        previous.table.headerRefs.push(...seg.headerRefs);
        return;
      }
      // A headerless run of rows stands alone only when it is a list of several uniform rows.
      const table = seg.header.length > 0 || seg.rows.length >= 2 ? toListTable(block, seg) : null;
      if (table) out.push(table);
    });
    const last = segments[segments.length - 1];
    const lastTable = out[out.length - 1];
    previous = last && lastTable ? { table: lastTable, width: last.width } : null;
  }
  listCache.set(doc, out);
  return out;
}

interface Segment {
  width: number;
  header: (GridSlot | null)[][];
  headerText: string;
  headerRefs: string[];
  body: { slots: (GridSlot | null)[]; index: number }[];
  rows: ListRow[];
}

/** Splits a table block into lists at its header rows; rows above the first header (a form's fields) belong to none. */
function segmentTable(block: TableBlock, continuedWidth: number | null): Segment[] {
  const grid = tableGrid(block);
  const segments: Segment[] = [];
  let current: Segment | null = null;
  const headerless: Segment = { width: grid.width, header: [], headerText: '', headerRefs: [], body: [], rows: [] };
  grid.rows.forEach((slots, r) => {
    const cells = slotCells(slots);
    if (cells.length === 0) return;
    const filled = cells.filter((c) => c.text.trim() !== '');
    const spansAll = cells.length === 1 && cells[0].colSpan >= grid.width && grid.width > 1;
    if (isHeaderRow(slots)) {
      const continuing = current !== null && current.body.length === 0;
      if (continuing && current) current.header.push(slots);
      else segments.push((current = { width: grid.width, header: [slots], headerText: '', headerRefs: [], body: [], rows: [] }));
      current.headerRefs.push(`${block.ref}/rows/${r}`);
      return;
    }
    if (spansAll && filled.length === 1 && !looksLikeData(filled[0].text)) {
      current = null; // a section title row ends the list above it
      return;
    }
    (current ?? headerless).body.push({ slots, index: r });
  });
  const all = [...segments];
  // Rows under no header form a list when they are uniform, or when they carry on a table of the same width from the page before.
  if (segments.length === 0 && headerless.body.length >= 1 && (uniform(headerless) || continuedWidth === grid.width)) all.push(headerless);
  for (const seg of all) {
    seg.headerText = seg.header.map((row) => slotCells(row).map((c) => c.text).join('\t')).join('\n');
    seg.rows = seg.body.map(({ slots, index }) => toListRow(block, slots, index));
  }
  return all;
}

function toListTable(block: TableBlock, seg: Segment): ListTable | null {
  if (seg.rows.length === 0 && seg.header.length === 0) return null;
  const columns: LayoutColumn[] = [];
  for (let c = 0; c < seg.width; c++) {
    const label = headerLabel(seg.header, c);
    columns.push(columnOf(label, seg.rows.map((r) => r.cells[c] ?? null)));
  }
  const t: ListTable = { ref: block.ref, columns, headerText: seg.headerText, headerRefs: seg.headerRefs, rows: seg.rows };
  if (block.page !== undefined) t.page = block.page;
  return t;
}

/** The label of column c: the distinct texts of the header cells over it, top to bottom. */
function headerLabel(header: (GridSlot | null)[][], c: number): string {
  const parts: string[] = [];
  const seen = new Set<Cell>();
  for (const row of header) {
    const slot = row[c];
    if (!slot || seen.has(slot.cell)) continue;
    seen.add(slot.cell);
    if (slot.cell.text.trim()) parts.push(slot.cell.text.replace(/\s+/gu, ''));
  }
  return parts.join('');
}

function toListRow(block: TableBlock, slots: (GridSlot | null)[], index: number): ListRow {
  // A cell spanning rows holds for each of them; a cell spanning columns counts in its first column only.
  const cells = slots.map((s) => (s && (s.origin || (s.above && isOriginColumn(slots, s))) ? s.cell : null));
  const present = cells.filter((c): c is Cell => c !== null);
  const row: ListRow = { cells, ref: `${block.ref}/rows/${index}`, text: present.map((c) => c.text).join('\t') };
  const page = present[0]?.page ?? block.page;
  if (page !== undefined) row.page = page;
  const confidences = present.map((c) => c.confidence).filter((c): c is number => c !== undefined);
  if (confidences.length > 0) row.confidence = Math.min(...confidences);
  return row;
}

function isOriginColumn(slots: readonly (GridSlot | null)[], slot: GridSlot): boolean {
  return slots.find((s) => s?.cell === slot.cell) === slot;
}

/** A header row: every filled cell short and no data, at least two filled cells, and one of them a known column word. */
function isHeaderRow(slots: readonly (GridSlot | null)[]): boolean {
  const cells = slotCells(slots).filter((c) => c.text.trim() !== '');
  if (cells.length < 2) return false;
  // A cell with a colon is a form field ("甲方（盖章）：", "法定代表人（签字）：王芳"), not a column header.
  if (cells.some((c) => [...c.text.replace(/\s+/gu, '')].length > 24 || looksLikeData(c.text) || /[:：]/u.test(c.text))) return false;
  return cells.filter((c) => headerRoleOf(c.text) !== 'text').length >= Math.max(1, Math.ceil(cells.length / 2));
}

/** Cell text that is data rather than a column header: a unit name, a code, a date, a number, a sentence, an answer. */
function looksLikeData(text: string): boolean {
  const t = text.trim();
  return isUnitName(cleanUnitName(withoutCodes(t))) || isCodeText(t) || isDateText(t) || isAnswerText(t) || /[。；;]/u.test(t);
}

/** Distinct cells of a row in column order (a span counted once). */
function slotCells(slots: readonly (GridSlot | null)[]): Cell[] {
  const out: Cell[] = [];
  for (const s of slots) if (s && !out.includes(s.cell)) out.push(s.cell);
  return out;
}

/** Headerless rows form a list when they have the same number of cells. */
function uniform(seg: Segment): boolean {
  const counts = new Set(seg.body.map((b) => slotCells(b.slots).length));
  return counts.size === 1 && [...counts][0] >= 2;
}
