/**
 * Resuming: a run re-run with the same arguments checks only the submissions whose state is
 * missing (a killed run) or whose files changed, and the dataset it writes is the same.
 */
import { cpSync, readdirSync, rmSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { STATE_FOLDER } from '../../src/corpus/state.js';
import type { Progress } from '../../src/pipeline/run.js';
import { corpus, readDb, SAMPLE, tempDir } from './corpus-fixture.js';

const IDS = ['henan-01-complete-docx', 'henan-03-too-few-members', 'gansu-01-complete-docx', 'gansu-demo-01-meets-all'];

let batch = '';
let out = '';

/** The submissions table, ordered, without what a run may change (nothing). */
function submissionsTable(): Promise<unknown[]> {
  return readDb(path.join(out, 'corpus.duckdb'), (db) => db.all('SELECT * FROM submissions ORDER BY submission'));
}

/** The state files of one submission (rows and texts). */
function stateFiles(id: string): string[] {
  return ['rows', 'texts'].flatMap((sub) => readdirSync(path.join(out, STATE_FOLDER, sub)).filter((f) => f.startsWith(`${id}.`)).map((f) => path.join(out, STATE_FOLDER, sub, f)));
}

beforeAll(async () => {
  const dir = tempDir('resume');
  batch = path.join(dir, 'batch');
  out = path.join(dir, 'dataset');
  for (const id of IDS) cpSync(path.join(SAMPLE, id), path.join(batch, id), { recursive: true });
}, 30_000);

describe('a corpus run re-run with the same arguments', () => {
  let first: unknown[] = [];

  it('checks every submission the first time and keeps one rows file per submission in the state', async () => {
    const result = await corpus(batch, out);
    expect([...result.checked].sort()).toEqual([...IDS].sort());
    expect(result.resumed).toBe(0);
    for (const id of IDS) expect(stateFiles(id).map((f) => path.basename(path.dirname(f)))).toEqual(['rows', 'texts']);
    first = await submissionsTable();
    expect(first).toHaveLength(IDS.length);
  }, 120_000);

  it('checks nothing again when nothing changed', async () => {
    const totals: number[] = [];
    const result = await corpus(batch, out, { onProgress: (p: Progress) => totals.push(p.submissionsTotal) });
    expect(result.checked).toEqual([]);
    expect(result.resumed).toBe(IDS.length);
    expect(totals).toEqual([]);
    expect(await submissionsTable()).toEqual(first);
  }, 120_000);

  it('checks again only the submission whose state was deleted, and writes the same dataset', async () => {
    for (const f of stateFiles('henan-03-too-few-members')) rmSync(f);
    const totals = new Set<number>();
    const result = await corpus(batch, out, { onProgress: (p: Progress) => totals.add(p.submissionsTotal) });
    expect(result.checked).toEqual(['henan-03-too-few-members']);
    expect(result.resumed).toBe(IDS.length - 1);
    expect([...totals]).toEqual([1]);
    expect(await submissionsTable()).toEqual(first);
  }, 120_000);

  it('checks again a submission whose file was touched (the fingerprint is sizes and modification times)', async () => {
    const file = readdirSync(path.join(batch, 'gansu-01-complete-docx')).find((f) => f.endsWith('.docx'))!;
    utimesSync(path.join(batch, 'gansu-01-complete-docx', file), new Date(), new Date(Date.now() + 5_000));
    const result = await corpus(batch, out);
    expect(result.checked).toEqual(['gansu-01-complete-docx']);
    expect(stateFiles('gansu-01-complete-docx')).toHaveLength(2);
  }, 120_000);

  it('checks every submission again when an option that changes reports changes (a pack forced)', async () => {
    const result = await corpus(batch, out, { pack: 'henan-2020-alliance-application' });
    expect(result.checked).toHaveLength(IDS.length);
    for (const id of IDS) expect(stateFiles(id)).toHaveLength(2);
  }, 120_000);

  it('drops from the dataset and the state a submission no longer in the batch', async () => {
    rmSync(path.join(batch, 'gansu-demo-01-meets-all'), { recursive: true });
    const result = await corpus(batch, out, { pack: 'henan-2020-alliance-application' });
    expect(result.checked).toEqual([]);
    expect(result.submissions).toBe(IDS.length - 1);
    expect(stateFiles('gansu-demo-01-meets-all')).toEqual([]);
    expect((await submissionsTable()).length).toBe(IDS.length - 1);
  }, 120_000);

  it('does not take an output folder inside the batch folder for a submission', async () => {
    const result = await corpus(batch, path.join(batch, 'dataset'));
    expect(result.submissions).toBe(IDS.length - 1);
    const again = await corpus(batch, path.join(batch, 'dataset'));
    expect(again.submissions).toBe(IDS.length - 1);
    expect(again.checked).toEqual([]);
  }, 120_000);
});
