/** Runs `filings corpus` through the library over the sample batch (real pipeline, real DuckDB) and reads its outputs back. */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CONDITIONS } from '../../checks/conditions/index.js';
import { PACKS } from '../../checks/packs/index.js';
import { withDuckDb, type Db } from '../../src/corpus/duckdb.js';
import { runCorpus, type CorpusOptions, type CorpusResult } from '../../src/corpus/run-corpus.js';

export const SAMPLE = path.join(import.meta.dirname, '..', '..', 'corpora', 'sample');

/** A fresh temporary folder. */
export function tempDir(prefix: string): string {
  return mkdtempSync(path.join(os.tmpdir(), `filings-${prefix}-`));
}

/**
 * The document cache the corpus tests share (documents parsed once for all test files; entries are
 * keyed by content hash and reader version, so sharing changes no result).
 */
export const TEST_CACHE = path.join(os.tmpdir(), 'filings-corpus-tests-cache');

/** Runs the corpus command's library function; no OCR (scanned pages stay unreadable), the tests' shared document cache. */
export function corpus(targets: string | readonly string[], out: string, options: Partial<CorpusOptions> = {}): Promise<CorpusResult> {
  return runCorpus(targets, {
    out,
    cacheDir: TEST_CACHE,
    ocr: false,
    packs: PACKS,
    conditions: CONDITIONS,
    tool: { name: 'innovation-filings', version: 'test' },
    ...options,
  });
}

/** Opens a written corpus.duckdb (or ':memory:' to read Parquet and CSV files) for the duration of `use`. */
export function readDb<T>(file: string, use: (db: Db) => Promise<T>): Promise<T> {
  return withDuckDb(file, use);
}

/** One number from a query's first row and column. */
export async function scalar(db: Db, sql: string): Promise<number> {
  const [row] = await db.all(sql);
  return Number(Object.values(row ?? {})[0]);
}
