import type { Cell, Doc } from '../../src/model/document.js';
import { hasAnswer } from '../../src/text/answers.js';
import { listTables } from './list-tables.js';

/** A label and the value a data or self-evaluation table states for it, with the row it stands in. */
export interface ListValue {
  label: string;
  value: string;
  /** The cell the value was read from. */
  cell: Cell;
  /** Ref of the row (so that other readings of the same row can be set aside). */
  rowRef: string;
  page?: number;
  /** The row's text, for quotes. */
  quote: string;
}

/**
 * Values of tables that name their columns: the row's most specific label (三级指标 before 二级指标)
 * and its value column (数值, 完成情况), else what the row's grounds (自评依据, 说明) state. Weight
 * and score columns are never taken for a value.
 */
export function listValues(doc: Doc): ListValue[] {
  const out: ListValue[] = [];
  for (const table of listTables(doc)) {
    const labels = table.columns.map((c, i) => (c.role === 'label' ? i : -1)).filter((i) => i >= 0);
    const value = table.columns.findIndex((c) => c.role === 'value');
    const basis = table.columns.findIndex((c) => c.role === 'basis');
    if (labels.length === 0 || (value < 0 && basis < 0)) continue;
    for (const row of table.rows) {
      const label = labels.map((i) => row.cells[i]?.text.trim() ?? '').filter((t) => t !== '').pop();
      if (!label) continue;
      const stated = [value, basis].map((i) => (i >= 0 ? row.cells[i] : null)).find((c): c is Cell => c !== null && c !== undefined && hasAnswer(c.text));
      if (!stated) continue;
      const v: ListValue = { label, value: stated.text.trim(), cell: stated, rowRef: row.ref, quote: row.text };
      if (row.page !== undefined) v.page = row.page;
      out.push(v);
    }
  }
  return out;
}
