import { col, type Row, type TableDef } from './columns.js';

/** The meta table: what the dataset is and how it was made, as key → value. */
export const META: TableDef = {
  name: 'meta',
  kind: 'table',
  grain: 'one row per property of the dataset',
  description: 'About the dataset (数据集说明): schemaVersion, the program and versions that made it, when, over how many submissions, with which options.',
  columns: [
    col('key', 'VARCHAR', '键', 'Property name', 'computed', { values: 'schemaVersion / reportSchemaVersion / tool / toolVersion / extractorVersion / createdAt / submissions / checkedThisRun / pseudonymized / ocr / ocrSecondPass / pack / fingerprint / nearDuplicateThreshold / boilerplate', privacy: 'none' }),
    col('value', 'VARCHAR', '值', 'Its value as text', 'computed', { privacy: 'none' }),
  ],
};

/** The meta rows from key → value pairs (values as text). */
export function metaRows(values: Record<string, string | number | boolean | null>): Row[] {
  return Object.entries(values).map(([key, value]) => ({ key, value: value === null ? null : String(value) }));
}
