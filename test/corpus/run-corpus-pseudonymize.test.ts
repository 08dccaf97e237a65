/**
 * --pseudonymize: the person names a plain run's facts hold, and their phone numbers, appear in no
 * output of a pseudonymised run (tables in corpus.duckdb, Parquet, CSV, corpus.md, corpus.html,
 * the similarity tables); the same salt gives the same tokens; organisations stay.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DATASET_TABLES } from '../../src/corpus/catalogue.js';
import { Pseudonymizer } from '../../src/corpus/pseudonymize.js';
import { STATE_FOLDER } from '../../src/corpus/state.js';
import type { CorpusResult } from '../../src/corpus/run-corpus.js';
import { corpus, readDb, SAMPLE, scalar, tempDir } from './corpus-fixture.js';

let out = '';
/** Person names and phone numbers of the plain run, from its facts. */
let personal: string[] = [];
let plainMembers = 0;
/** Of them, those the plain run's text outputs show (so that the checks below can fail). */
let plainShown: string[] = [];
let pseudonymized: CorpusResult;

/** Person names the facts table of a plain run holds in person fields, read with SQL (not with the code under test). */
async function personalData(db: string): Promise<string[]> {
  return readDb(db, async (d) => {
    const rows = await d.all(`
      SELECT value_text AS v FROM facts WHERE fact IN ('chairman', 'contact') AND value_text IS NOT NULL
      UNION SELECT unnest(string_split(value_text, '、')) FROM facts WHERE fact = 'expertCommittee' AND value_text IS NOT NULL
      UNION SELECT json_extract_string(unnest(from_json(value_json, '["JSON"]')), '$.signer') FROM facts WHERE fact = 'signatureRows'
      UNION SELECT json_extract_string(lv, '$.value') FROM (SELECT unnest(from_json(value_json, '["JSON"]')) AS lv FROM facts WHERE fact = 'labelledValues')
        WHERE json_extract_string(lv, '$.label') IN ('联盟联系人', '电话', '联系电话')`);
    const values = rows.map((r) => String(r.v ?? '')).filter((v) => v.length >= 2);
    // 刘敏0931-8881234: the name and the number apart too.
    return [...new Set(values.flatMap((v) => [v, ...(v.match(/[\p{Script=Han}]{2,4}|[\d-]{7,}/gu) ?? [])]))];
  });
}

/** Every text output of a dataset: CSV files, corpus.md, corpus.html, codebook.md. */
function textOutputs(dataset: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const f of readdirSync(path.join(dataset, 'csv'))) files.set(`csv/${f}`, readFileSync(path.join(dataset, 'csv', f), 'utf8'));
  for (const f of ['corpus.md', 'corpus.html', 'codebook.md', 'codebook.json']) files.set(f, readFileSync(path.join(dataset, f), 'utf8'));
  return files;
}

beforeAll(async () => {
  out = path.join(tempDir('pseudonymize'), 'dataset');
  await corpus(SAMPLE, out);
  personal = await personalData(path.join(out, 'corpus.duckdb'));
  const plain = [...textOutputs(out).values()].join('\n');
  plainShown = personal.filter((p) => plain.includes(p));
  plainMembers = await readDb(path.join(out, 'corpus.duckdb'), (d) => scalar(d, "SELECT count(*) FROM members WHERE name LIKE '%有限公司'"));
  // The same output folder: every submission is resumed from the state, only the export runs again.
  pseudonymized = await corpus(SAMPLE, out, { pseudonymize: true });
}, 180_000);

describe('a pseudonymised corpus', () => {
  it('starts from a plain run whose facts hold person names and phone numbers (王建国, 刘敏, signers)', () => {
    expect(pseudonymized.checked).toEqual([]);
    expect(personal).toContain('王建国');
    expect(personal).toContain('0931-8881234');
    expect(personal.length).toBeGreaterThan(15);
    expect(plainShown).toEqual(expect.arrayContaining(['王建国', '刘敏', '0931-8881234', '李明', '0371-65990001']));
  });

  it('holds none of them in any text output: CSV tables, corpus.md, corpus.html, the codebook', () => {
    for (const [file, text] of textOutputs(out)) for (const p of personal) expect(text.includes(p), `${p} in ${file}`).toBe(false);
  });

  it('holds none of them in any text column of any table or view of corpus.duckdb, nor in the Parquet files', async () => {
    const texts = DATASET_TABLES.flatMap((t) => t.columns.filter((c) => c.type === 'VARCHAR').map((c) => [t.name, c.name] as const));
    const sources = [path.join(out, 'corpus.duckdb'), ':memory:'];
    for (const source of sources) {
      await readDb(source, async (d) => {
        for (const [table, column] of texts) {
          const from = source === ':memory:' ? `read_parquet('${path.join(out, 'parquet', `${table}.parquet`)}')` : `"${table}"`;
          const hits = await d.all(`SELECT "${column}" AS v FROM ${from} WHERE "${column}" IS NOT NULL`);
          for (const p of personal) expect(hits.some((h) => String(h.v).includes(p)), `${p} in ${table}.${column} (${source})`).toBe(false);
        }
      });
    }
  });

  it('replaces them with salted tokens and keeps the names of organisations', async () => {
    await readDb(path.join(out, 'corpus.duckdb'), async (d) => {
      expect(await scalar(d, "SELECT count(*) FROM facts WHERE fact = 'chairman' AND value_text LIKE 'P\\_%' ESCAPE '\\'")).toBeGreaterThan(0);
      expect(await scalar(d, "SELECT count(*) FROM facts WHERE value_json LIKE '%TEL\\_%' ESCAPE '\\'")).toBeGreaterThan(0);
      expect(await scalar(d, "SELECT count(*) FROM members WHERE name LIKE '%有限公司'")).toBe(plainMembers);
      expect(await d.all("SELECT value FROM meta WHERE key = 'pseudonymized'")).toEqual([{ value: 'true' }]);
    });
  });

  it('gives the same tokens on a re-run (the salt kept in the state), and other tokens with another --salt', async () => {
    const facts = () => readDb(path.join(out, 'corpus.duckdb'), (d) => d.all("SELECT submission, value_text FROM facts WHERE fact = 'chairman' ORDER BY submission"));
    const before = await facts();
    expect(statSync(path.join(out, STATE_FOLDER, 'salt')).mode & 0o777, 'the salt is readable by its owner only').toBe(0o600);
    await corpus(SAMPLE, out, { pseudonymize: true });
    expect(await facts()).toEqual(before);
    await corpus(SAMPLE, out, { pseudonymize: true, salt: 'another salt' });
    const other = await facts();
    const token = (rows: Record<string, unknown>[]) => rows.map((r) => r.value_text).find((v) => typeof v === 'string' && v.startsWith('P_'));
    expect(token(other)).toBe(new Pseudonymizer('another salt', []).token('person', '王建国'));
    expect(token(other)).not.toBe(token(before));
  });
});
