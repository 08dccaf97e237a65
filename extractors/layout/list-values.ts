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
    const values = table.columns.map((c, i) => (c.role === 'value' ? i : -1)).filter((i) => i >= 0);
    const basis = table.columns.findIndex((c) => c.role === 'basis');
    if (labels.length === 0 || (values.length === 0 && basis < 0)) continue;
    // Each value column belongs to the label columns left of it (指标 | 数值 | 指标 | 数值 holds two figures a row).
    const groups = values.length > 1 ? values.map((v, k) => ({ labels: labels.filter((l) => l < v && l > (values[k - 1] ?? -1)), value: v })) : [{ labels, value: values[0] ?? -1 }];
    for (const row of table.rows) {
      for (const group of groups) {
        const label = group.labels.map((i) => row.cells[i]?.text.trim() ?? '').filter((t) => t !== '').pop();
        if (!label) continue;
        const stated = [group.value, basis].map((i) => (i >= 0 ? row.cells[i] : null)).find((c): c is Cell => c !== null && c !== undefined && hasAnswer(c.text));
        if (!stated) continue;
        // A unit standing in a column of its own (指标 | 单位 | 数值) goes with the figure it counts.
        const unitCell = stated === row.cells[group.value] ? unitOf(table.columns, row.cells, group.value) : null;
        const value = unitCell && /\d$/u.test(stated.text.trim()) ? `${stated.text.trim()}${unitCell.text.trim()}` : stated.text.trim();
        const v: ListValue = { label, value, cell: stated, rowRef: row.ref, quote: row.text };
        if (row.page !== undefined) v.page = row.page;
        out.push(v);
      }
    }
  }
  return out;
}

/** The unit cell beside a value column (left of it, else right of it, never past a label column), when the table has a unit column. */
function unitOf(columns: readonly { role: string }[], cells: readonly (Cell | null)[], value: number): Cell | null {
  for (const step of [-1, 1]) {
    for (let i = value + step; i >= 0 && i < columns.length && columns[i].role !== 'label'; i += step) {
      if (columns[i].role === 'unit') return cells[i] && cells[i]!.text.trim() !== '' ? cells[i] : null;
    }
  }
  return null;
}
