/**
 * How the dataset describes itself: every table and view of corpus.duckdb with its columns, their
 * DuckDB types, meaning, unit, allowed values and source. The codebook (codebook.md, codebook.json)
 * is written from these definitions, and the tables loaded from the state's NDJSON rows take their
 * column types from them.
 */

/** Version of the dataset's layout (tables, columns, meanings): raised when a column changes meaning or is removed. */
export const CORPUS_SCHEMA_VERSION = 1;

/** The DuckDB types of the dataset's columns. */
export type ColumnType = 'VARCHAR' | 'INTEGER' | 'BIGINT' | 'DOUBLE' | 'BOOLEAN';

/**
 * What --pseudonymize does to a text column: `none` keeps it (ids of rules, enumerations, credit
 * codes, hashes), `org` scrubs phone numbers, e-mail addresses and ID numbers but keeps the names of
 * organisations, `text` (free text from the filings) also replaces the names of known persons.
 */
export type Privacy = 'none' | 'org' | 'text';

export interface Column {
  name: string;
  type: ColumnType;
  /** Short Chinese name (中文字段名). */
  label: string;
  /** What the column holds (English). */
  meaning: string;
  /** Unit: 分, 个 (units), 份, 页, 0–1, characters; '' when none. */
  unit?: string;
  /** Allowed values; '' for free text or any number. */
  values?: string;
  /** Where the value comes from: a report.json path, or the SQL that computes it. */
  source: string;
  /** Text columns only: what --pseudonymize does to it (default `text`). */
  privacy?: Privacy;
}

export interface TableDef {
  name: string;
  /** `table`: stored rows; `view`: a query over the tables, stored in corpus.duckdb and exported like a table. */
  kind: 'table' | 'view';
  /** What one row is. */
  grain: string;
  /** What the table is for (English, with the Chinese name). */
  description: string;
  columns: readonly Column[];
}

/** A row of a table as written to the state's NDJSON files: column name → value. */
export type Row = Record<string, string | number | boolean | null>;

/** A column's privacy: its own, `text` for text columns that do not say, `none` for numbers and booleans. */
export function privacyOf(column: Column): Privacy {
  return column.type === 'VARCHAR' ? (column.privacy ?? 'text') : 'none';
}

/** A column builder: `col('name', 'VARCHAR', '名称', 'meaning', 'source', { unit, values, privacy })`. */
export function col(name: string, type: ColumnType, label: string, meaning: string, source: string, more: Pick<Column, 'unit' | 'values' | 'privacy'> = {}): Column {
  return { name, type, label, meaning, source, ...more };
}
