import type { Row, TableDef } from './columns.js';
import { sqlName, sqlString, type Db } from './duckdb.js';
import { SQL_TABLES } from './derived/registry.js';
import { META } from './meta.js';

/**
 * Largest NDJSON line read, in bytes: a row is one fact or member, far below this (DuckDB's buffer
 * for reading is twice this size, so it is kept modest).
 */
const MAX_LINE_BYTES = 16 * 1024 * 1024;

/** The `columns={…}` argument of read_json: each column's name and DuckDB type, in the table's order. */
function columnsArgument(table: TableDef): string {
  return `{${table.columns.map((c) => `${sqlString(c.name)}: ${sqlString(c.type)}`).join(', ')}}`;
}

/** Creates `table` from its NDJSON file with the column names and types of its definition (an empty file gives an empty table). */
export async function loadNdjson(db: Db, table: TableDef, file: string): Promise<void> {
  await db.run(
    `CREATE TABLE ${sqlName(table.name)} AS SELECT * FROM read_json(${sqlString(file)}, format = 'newline_delimited', columns = ${columnsArgument(table)}, maximum_object_size = ${MAX_LINE_BYTES})`,
  );
}

/** Creates the meta table with its rows. */
export async function loadMeta(db: Db, rows: readonly Row[]): Promise<void> {
  await db.run(`CREATE TABLE ${sqlName(META.name)} (${META.columns.map((c) => `${sqlName(c.name)} ${c.type}`).join(', ')})`);
  if (rows.length === 0) return;
  const values = rows.map((r) => `(${META.columns.map((c) => (r[c.name] === null || r[c.name] === undefined ? 'NULL' : sqlString(String(r[c.name])))).join(', ')})`);
  await db.run(`INSERT INTO ${sqlName(META.name)} VALUES ${values.join(', ')}`);
}

/** The columns DuckDB gives a table or view, in order. */
export async function columnsOf(db: Db, name: string): Promise<string[]> {
  const rows = await db.all(`SELECT column_name FROM information_schema.columns WHERE table_schema = 'main' AND table_name = ${sqlString(name)} ORDER BY ordinal_position`);
  return rows.map((r) => String(r.column_name));
}

/**
 * Creates the tables and views computed in DuckDB, in order, and checks that each has exactly the
 * columns its definition lists (a definition out of step with its SQL is a bug, thrown).
 */
export async function createComputed(db: Db): Promise<void> {
  for (const t of SQL_TABLES) {
    await db.run(`CREATE ${t.kind === 'view' ? 'VIEW' : 'TABLE'} ${sqlName(t.name)} AS ${t.sql}`);
    const got = await columnsOf(db, t.name);
    const expected = t.columns.map((c) => c.name);
    if (got.join(',') !== expected.join(',')) throw new Error(`Expected ${t.name} to have the columns ${expected.join(', ')}, got ${got.join(', ')}`);
  }
}
