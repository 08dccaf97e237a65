import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { col, type TableDef } from '../../src/corpus/columns.js';
import { writeTableFiles } from '../../src/corpus/dataset-files.js';
import { readDb, tempDir } from './corpus-fixture.js';

const TABLE: TableDef = {
  name: 't',
  kind: 'table',
  grain: 'one row per value',
  description: 'a test table',
  columns: [col('text', 'VARCHAR', '文本', 'a text', 'test'), col('n', 'DOUBLE', '数', 'a number', 'test')],
};

describe('writeTableFiles', () => {
  it('writes Parquet with every value as it is, and CSV with a BOM and a leading quote before text a spreadsheet would run', async () => {
    const dir = tempDir('dataset-files');
    const parquet = path.join(dir, 't.parquet');
    const csv = path.join(dir, 't.csv');
    await readDb(':memory:', async (db) => {
      await db.run(`CREATE TABLE t AS SELECT * FROM (VALUES ('=1+1', -3.5), ('@SUM(A1)', 1), ('-x', 2), ('联盟, "甲方"', 3), (NULL, NULL)) v(text, n)`);
      await writeTableFiles(db, TABLE, parquet, csv);
      const back = await db.all(`SELECT text, n FROM read_parquet('${parquet}') ORDER BY n NULLS LAST`);
      expect(back.map((r) => r.text)).toEqual(['=1+1', '@SUM(A1)', '-x', '联盟, "甲方"', null]);
    });
    const text = readFileSync(csv, 'utf8');
    expect(text.startsWith('\ufefftext,n\n')).toBe(true);
    expect(text).toContain("'=1+1,-3.5\n");
    expect(text).toContain("'@SUM(A1),1.0\n");
    expect(text).toContain("'-x,2.0\n");
    expect(text).toContain('"联盟, ""甲方""",3.0\n');
  });
});
