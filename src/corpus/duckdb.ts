import { DuckDBInstance, type DuckDBConnection, type Json } from '@duckdb/node-api';

/** A connection to one DuckDB database: run statements, read rows as JSON values. */
export interface Db {
  run(sql: string): Promise<void>;
  /** Rows as objects of JSON values (BIGINT and DECIMAL come as strings: cast counts to INTEGER or DOUBLE in the query). */
  all(sql: string): Promise<Record<string, Json>[]>;
}

/** DuckDB never fetches an extension: json and parquet are built into @duckdb/node-api, nothing is downloaded at run time. */
const OFFLINE = { autoinstall_known_extensions: 'false', autoload_known_extensions: 'false' } as const;

/**
 * DuckDB's buffer memory, after which it spills to a temporary folder beside the database file
 * (its default is 80 % of the machine's), and one thread: the export is a small part of a corpus
 * run, and each thread adds buffers of its own. On 5,000 submissions this keeps the export under
 * about 500 MB instead of 630 MB, at the same speed.
 */
const LIMITS = { memory_limit: '256MB', threads: '1' } as const;

/** Opens (creating) the database file `file`, or an in-memory one for ':memory:', and closes it when `use` ends, also on error. */
export async function withDuckDb<T>(file: string, use: (db: Db) => Promise<T>): Promise<T> {
  const instance = await DuckDBInstance.create(file, { ...OFFLINE, ...LIMITS });
  let connection: DuckDBConnection | null = null;
  try {
    connection = await instance.connect();
    const c = connection;
    return await use({
      run: async (sql) => void (await c.run(sql)),
      all: async (sql) => (await c.runAndReadAll(sql)).getRowObjectsJson(),
    });
  } finally {
    connection?.closeSync();
    instance.closeSync();
  }
}

/** A string as an SQL literal: '…' with quotes doubled. */
export function sqlString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/** A name as an SQL identifier: "…" with quotes doubled. */
export function sqlName(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
