import { createReadStream, createWriteStream } from 'node:fs';
import { rename } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import type { TableDef } from './columns.js';
import { sqlName, sqlString, type Db } from './duckdb.js';

/**
 * A text column as written to CSV: a value starting with =, +, -, @, a tab or a carriage return
 * gets a leading ' so that a spreadsheet shows it as text instead of running it (as summary.csv
 * does). Parquet and corpus.duckdb keep every value as it is.
 */
function csvColumn(name: string, type: string): string {
  const c = sqlName(name);
  return type === 'VARCHAR' ? `CASE WHEN regexp_matches(${c}, '^[=+\\-@\\t\\r]') THEN '''' || ${c} ELSE ${c} END AS ${c}` : c;
}

/** Writes the UTF-8 byte order mark before a file's contents (spreadsheet programs then read the Chinese), through a temporary file. */
async function prependBom(file: string): Promise<void> {
  const temp = `${file}.bom`;
  const out = createWriteStream(temp);
  out.write('\ufeff');
  await pipeline(createReadStream(file), out);
  await rename(temp, file);
}

/** Writes one table or view as Parquet (zstd) and as CSV (header, UTF-8 with BOM). */
export async function writeTableFiles(db: Db, table: TableDef, parquet: string, csv: string): Promise<void> {
  await db.run(`COPY (SELECT * FROM ${sqlName(table.name)}) TO ${sqlString(parquet)} (FORMAT parquet, COMPRESSION zstd)`);
  const columns = table.columns.map((c) => csvColumn(c.name, c.type)).join(', ');
  await db.run(`COPY (SELECT ${columns} FROM ${sqlName(table.name)}) TO ${sqlString(csv)} (FORMAT csv, HEADER true)`);
  await prependBom(csv);
}
