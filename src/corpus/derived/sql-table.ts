import type { TableDef } from '../columns.js';

/** A table or view computed in DuckDB from the loaded tables: `CREATE TABLE|VIEW name AS <sql>`. */
export interface SqlTable extends TableDef {
  /** The SELECT that computes it; its columns must be those listed, in that order. */
  sql: string;
}
