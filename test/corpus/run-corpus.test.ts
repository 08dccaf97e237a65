/**
 * The dataset of the sample batch, through the real pipeline and a real DuckDB: what the tables
 * hold must agree with the pipeline's reports and with each other, and every file must load back.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONDITIONS } from '../../checks/conditions/index.js';
import { PACKS } from '../../checks/packs/index.js';
import { DATASET_TABLES } from '../../src/corpus/catalogue.js';
import { REPORT_TABLES } from '../../src/corpus/tables/registry.js';
import type { Db } from '../../src/corpus/duckdb.js';
import type { CorpusResult } from '../../src/corpus/run-corpus.js';
import { checkBatch } from '../../src/index.js';
import { FactsSchema } from '../../src/model/facts.js';
import type { Report } from '../../src/model/report.js';
import { SIDECARS } from '../../src/pipeline/ingest.js';
import { corpus, readDb, SAMPLE, scalar, tempDir, TEST_CACHE } from './corpus-fixture.js';

let out = '';
let result: CorpusResult;
/** The library's reports of the same batch (batch flags attached), from the same document cache. */
let reports: Report[] = [];

beforeAll(async () => {
  out = tempDir('corpus');
  result = await corpus(SAMPLE, path.join(out, 'dataset'));
  reports = await checkBatch(SAMPLE, { ocr: false, cacheDir: TEST_CACHE });
}, 180_000);

const db = <T>(use: (db: Db) => Promise<T>) => readDb(path.join(out, 'dataset', 'corpus.duckdb'), use);

/** Files of a sample submission folder that are documents (not submission.json or expected.json). */
function documentFiles(dir: string): number {
  return readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile() && !SIDECARS.has(e.name)).length;
}

describe('filings corpus over the sample batch', () => {
  it('writes corpus.duckdb, a Parquet and a CSV file for every table and view, the codebook and the statistics', () => {
    const dataset = path.join(out, 'dataset');
    for (const f of ['corpus.duckdb', 'codebook.md', 'codebook.json', 'corpus.md', 'corpus.html']) expect(existsSync(path.join(dataset, f)), f).toBe(true);
    for (const t of DATASET_TABLES) {
      expect(existsSync(path.join(dataset, 'parquet', `${t.name}.parquet`)), t.name).toBe(true);
      expect(existsSync(path.join(dataset, 'csv', `${t.name}.csv`)), t.name).toBe(true);
    }
    expect(result.files).toContain('parquet/near_duplicates.parquet');
  });

  it('builds rows with exactly the columns of their table, in order, from every report of the sample', () => {
    for (const table of REPORT_TABLES) {
      const names = table.columns.map((c) => c.name);
      for (const r of reports) for (const row of table.rows(r)) expect(Object.keys(row), `${table.name} of ${r.submission.id}`).toEqual(names);
    }
  });

  it('has one submissions row per sample submission and one documents row per file', async () => {
    const folders = readdirSync(SAMPLE, { withFileTypes: true }).filter((e) => e.isDirectory());
    await db(async (d) => {
      expect(await scalar(d, 'SELECT count(*) FROM submissions')).toBe(folders.length);
      expect(await scalar(d, 'SELECT count(DISTINCT submission) FROM submissions')).toBe(folders.length);
      const files = folders.reduce((n, f) => n + documentFiles(path.join(SAMPLE, f.name)), 0);
      expect(await scalar(d, 'SELECT count(*) FROM documents')).toBe(files);
    });
  });

  it('gives every submission the verdict and red flags the library gives it (batch flags over the whole corpus included)', async () => {
    const rows = await db((d) => d.all('SELECT submission, verdict, flags FROM submissions ORDER BY submission'));
    const expected = reports.map((r) => ({ submission: r.submission.id, verdict: r.verdict, flags: r.flags.length > 0 ? r.flags.map((f) => f.id).join(' ') : null }));
    expect(rows).toEqual(expected.sort((a, b) => (a.submission < b.submission ? -1 : 1)));
    expect(rows.some((r) => String(r.flags).includes('batch.quota'))).toBe(true);
  });

  it('holds one members row per member of each report, and every row of every table names a submission that exists', async () => {
    const members = reports.reduce((n, r) => n + (r.facts.members?.value?.length ?? 0), 0);
    await db(async (d) => {
      expect(await scalar(d, 'SELECT count(*) FROM members')).toBe(members);
      expect(members).toBeGreaterThan(100);
      for (const table of ['documents', 'members', 'conditions', 'indicators', 'facts', 'flags', 'unit_alliance_edges']) {
        expect(await scalar(d, `SELECT count(*) FROM ${table} t LEFT JOIN submissions s USING (submission) WHERE s.submission IS NULL`), table).toBe(0);
      }
      expect(await scalar(d, 'SELECT count(*) FROM submissions s WHERE member_rows <> (SELECT count(*) FROM members m WHERE m.submission = s.submission)')).toBe(0);
    });
  });

  it('counts conditions by status as the conditions table has them, and every condition id is one of its pack', async () => {
    await db(async (d) => {
      const mismatched = await scalar(
        d,
        `SELECT count(*) FROM submissions s WHERE conditions_fail <> (SELECT count(*) FROM conditions c WHERE c.submission = s.submission AND c.status = 'fail')
           OR conditions_unknown <> (SELECT count(*) FROM conditions c WHERE c.submission = s.submission AND c.status = 'unknown')
           OR conditions <> (SELECT count(*) FROM conditions c WHERE c.submission = s.submission)`,
      );
      expect(mismatched).toBe(0);
      const rows = await d.all('SELECT DISTINCT pack, condition FROM conditions');
      expect(rows.length).toBeGreaterThan(20);
      for (const r of rows) {
        const pack = PACKS.get(String(r.pack));
        expect(pack, String(r.pack)).toBeDefined();
        expect(pack!.conditions.map((c) => c.as ?? c.id), String(r.pack)).toContain(r.condition);
        expect(CONDITIONS.has(String(r.condition)) || pack!.conditions.some((c) => c.as === r.condition)).toBe(true);
      }
    });
  });

  it('names only facts of the facts schema, with the statuses of the reports', async () => {
    const keys = new Set(FactsSchema.keyof().options);
    await db(async (d) => {
      for (const r of await d.all('SELECT DISTINCT fact FROM facts')) expect(keys.has(String(r.fact) as never), String(r.fact)).toBe(true);
      const found = reports.reduce((n, r) => n + Object.values(r.facts).filter((f) => f?.status === 'found').length, 0);
      expect(await scalar(d, "SELECT count(*) FROM facts WHERE status = 'found'")).toBe(found);
      expect(await scalar(d, "SELECT count(*) FROM indicators WHERE excess > 0 AND NOT inflated")).toBe(0);
    });
  });

  it('has near_duplicates and boilerplate tables with their columns, and finds the sample’s shared agreements and clauses', async () => {
    await db(async (d) => {
      const columns = async (t: string) => (await d.all(`SELECT column_name FROM information_schema.columns WHERE table_name = '${t}' ORDER BY ordinal_position`)).map((r) => r.column_name);
      expect(await columns('near_duplicates')).toEqual(['doc_a', 'doc_b', 'submission_a', 'submission_b', 'kind_a', 'kind_b', 'jaccard', 'cluster', 'cluster_size', 'cluster_min_jaccard']);
      expect(await columns('boilerplate')).toEqual(['text', 'chars', 'submissions', 'share', 'examples']);
      expect(await scalar(d, "SELECT count(*) FROM near_duplicates WHERE kind_a = 'agreement' AND kind_b = 'agreement'")).toBeGreaterThan(0);
      expect(await scalar(d, 'SELECT count(*) FROM near_duplicates WHERE submission_a = submission_b OR jaccard < 0.8')).toBe(0);
      expect(await scalar(d, 'SELECT count(*) FROM boilerplate WHERE submissions >= 3')).toBeGreaterThan(0);
    });
  });

  it('lists units in several alliances and the name–code conflicts of the sample (兰州交通大学 with two codes)', async () => {
    await db(async (d) => {
      expect(await scalar(d, "SELECT count(*) FROM unit_alliance_edges WHERE role = 'lead'")).toBeGreaterThan(10);
      expect(await scalar(d, 'SELECT min(alliances) FROM units_in_many_alliances')).toBeGreaterThanOrEqual(2);
      expect(await scalar(d, "SELECT count(*) FROM name_code_conflicts WHERE conflict = 'name-with-several-codes' AND name = '兰州交通大学'")).toBe(1);
    });
  });

  it('writes Parquet and CSV files that load back with the rows of the database', async () => {
    const counts = await db(async (d) => Object.fromEntries(await Promise.all(DATASET_TABLES.map(async (t) => [t.name, await scalar(d, `SELECT count(*) FROM "${t.name}"`)] as const))));
    await readDb(':memory:', async (d) => {
      for (const t of DATASET_TABLES) {
        const parquet = path.join(out, 'dataset', 'parquet', `${t.name}.parquet`);
        const csv = path.join(out, 'dataset', 'csv', `${t.name}.csv`);
        expect(await scalar(d, `SELECT count(*) FROM read_parquet('${parquet}')`), t.name).toBe(counts[t.name]);
        expect(await scalar(d, `SELECT count(*) FROM read_csv('${csv}', header = true, all_varchar = true)`), t.name).toBe(counts[t.name]);
      }
    });
  });

  it('computes the statistics of corpus.md with SQL and shows them in Chinese with the English field names', async () => {
    const { readFile } = await import('node:fs/promises');
    const md = await readFile(path.join(out, 'dataset', 'corpus.md'), 'utf8');
    expect(md).toMatch(/## 字段覆盖率 Fact coverage/u);
    expect(md).toMatch(/\| 申报 \| submissions \| 27 \|/u);
    const html = await readFile(path.join(out, 'dataset', 'corpus.html'), 'utf8');
    expect(html.match(/<svg/gu)?.length ?? 0).toBeGreaterThanOrEqual(5);
    expect(html).not.toMatch(/<script src|<link /u);
  });
});
