/**
 * The codebook covers the dataset: every column of every table and view in corpus.duckdb, as
 * DuckDB's information_schema lists them after a real run, is described in codebook.json and
 * codebook.md, with its type; and the codebook names nothing the database lacks.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CORPUS_SCHEMA_VERSION } from '../../src/corpus/columns.js';
import { corpus, readDb, SAMPLE, tempDir } from './corpus-fixture.js';

interface CodebookJson {
  schemaVersion: number;
  tables: { name: string; kind: string; columns: { name: string; type: string; meaning: string; source: string }[] }[];
}

let dataset = '';
/** table → column → DuckDB type, from information_schema. */
let schema = new Map<string, Map<string, string>>();

beforeAll(async () => {
  dataset = path.join(tempDir('codebook'), 'dataset');
  await corpus([path.join(SAMPLE, 'henan-01-complete-docx'), path.join(SAMPLE, 'gansu-01-complete-docx'), path.join(SAMPLE, 'gansu-ase-01-inflated')], dataset);
  const rows = await readDb(path.join(dataset, 'corpus.duckdb'), (db) =>
    db.all("SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema = 'main' ORDER BY table_name, ordinal_position"),
  );
  schema = new Map();
  for (const r of rows) {
    const t = schema.get(String(r.table_name)) ?? new Map<string, string>();
    t.set(String(r.column_name), String(r.data_type));
    schema.set(String(r.table_name), t);
  }
}, 120_000);

describe('the codebook', () => {
  it('describes every column of every table and view of corpus.duckdb, with its DuckDB type, a meaning and a source', () => {
    const book = JSON.parse(readFileSync(path.join(dataset, 'codebook.json'), 'utf8')) as CodebookJson;
    expect(schema.size).toBeGreaterThanOrEqual(15);
    for (const [table, columns] of schema) {
      const entry = book.tables.find((t) => t.name === table);
      expect(entry, `codebook.json lacks table ${table}`).toBeDefined();
      for (const [column, type] of columns) {
        const c = entry!.columns.find((x) => x.name === column);
        expect(c, `codebook.json lacks ${table}.${column}`).toBeDefined();
        expect(c!.type, `${table}.${column}`).toBe(type);
        expect(c!.meaning.length, `${table}.${column}`).toBeGreaterThan(3);
        expect(c!.source.length, `${table}.${column}`).toBeGreaterThan(3);
      }
    }
  });

  it('names no table or column the database lacks', () => {
    const book = JSON.parse(readFileSync(path.join(dataset, 'codebook.json'), 'utf8')) as CodebookJson;
    for (const t of book.tables) {
      expect(schema.has(t.name), t.name).toBe(true);
      expect(t.columns.map((c) => c.name)).toEqual([...schema.get(t.name)!.keys()]);
    }
  });

  it('lists every column in codebook.md under its table, and carries the schema version (also in the meta table)', async () => {
    const md = readFileSync(path.join(dataset, 'codebook.md'), 'utf8');
    for (const [table, columns] of schema) {
      const section = md.split(/^## /mu).find((s) => s.startsWith(`${table}\n`));
      expect(section, table).toBeDefined();
      for (const column of columns.keys()) expect(section, `${table}.${column}`).toContain(`| \`${column}\` |`);
    }
    const book = JSON.parse(readFileSync(path.join(dataset, 'codebook.json'), 'utf8')) as CodebookJson;
    expect(book.schemaVersion).toBe(CORPUS_SCHEMA_VERSION);
    const meta = await readDb(path.join(dataset, 'corpus.duckdb'), (db) => db.all("SELECT value FROM meta WHERE key = 'schemaVersion'"));
    expect(meta).toEqual([{ value: String(CORPUS_SCHEMA_VERSION) }]);
  });
});
