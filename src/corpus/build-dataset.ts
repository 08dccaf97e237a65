import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Pack } from '../engine/pack.js';
import { DATASET_TABLES, LOADED_TABLES } from './catalogue.js';
import { codebookJson, codebookMarkdown } from './codebook.js';
import { writeTableFiles } from './dataset-files.js';
import { corpusHtml } from './corpus-html.js';
import { corpusMarkdown } from './corpus-markdown.js';
import { withDuckDb } from './duckdb.js';
import { exportRows, type StateEntry } from './export-rows.js';
import { createComputed, loadMeta, loadNdjson } from './load-dataset.js';
import { META, metaRows } from './meta.js';
import type { CorpusState } from './state.js';
import { corpusStatistics, type CorpusStatistics } from './statistics.js';

/** The database file of the dataset, under --out. */
export const DATABASE_FILE = 'corpus.duckdb';

export interface DatasetOptions {
  packs: ReadonlyMap<string, Pack>;
  /** The salt of --pseudonymize; null keeps personal data. */
  salt: string | null;
  tool: { name: string; version: string };
  /** Properties of the run for the meta table (options, versions, counts). */
  meta: Record<string, string | number | boolean | null>;
}

export interface DatasetSummary {
  /** Files written, relative to --out, with `/` separators. */
  files: string[];
  /** Rows per table loaded from the state. */
  rows: ReadonlyMap<string, number>;
  statistics: CorpusStatistics;
  similarity: { documents: number; candidates: number; ms: number };
}

/**
 * Builds the dataset of the submissions in `entries` from the state, in a working folder of the
 * state, then moves every file into `root` (each rename replaces one file whole): corpus.duckdb
 * with every table and view, parquet/<table>.parquet and csv/<table>.csv, codebook.md and
 * codebook.json, corpus.md and corpus.html.
 */
export async function buildDataset(root: string, state: CorpusState, entries: readonly StateEntry[], options: DatasetOptions): Promise<DatasetSummary> {
  const build = await state.buildFolder();
  try {
    const rows = await exportRows(state, entries, build, options.packs, options.salt);
    const out = path.join(build, 'out');
    await mkdir(path.join(out, 'parquet'), { recursive: true });
    await mkdir(path.join(out, 'csv'), { recursive: true });
    const files: string[] = [DATABASE_FILE];
    const statistics = await withDuckDb(path.join(out, DATABASE_FILE), async (db) => {
      for (const t of LOADED_TABLES) if (t !== META) await loadNdjson(db, t, path.join(build, `${t.name}.ndjson`));
      await loadMeta(db, metaRows({ ...options.meta, pseudonymized: options.salt !== null }));
      await createComputed(db);
      for (const t of DATASET_TABLES) {
        await writeTableFiles(db, t, path.join(out, 'parquet', `${t.name}.parquet`), path.join(out, 'csv', `${t.name}.csv`));
        files.push(`parquet/${t.name}.parquet`, `csv/${t.name}.csv`);
      }
      return corpusStatistics(db);
    });
    const texts: [string, string][] = [
      ['codebook.md', codebookMarkdown(DATASET_TABLES, options.tool)],
      ['codebook.json', codebookJson(DATASET_TABLES, options.tool)],
      ['corpus.md', corpusMarkdown(statistics, { pseudonymized: options.salt !== null })],
      ['corpus.html', corpusHtml(statistics, { pseudonymized: options.salt !== null })],
    ];
    for (const [name, text] of texts) {
      await writeFile(path.join(out, name), text);
      files.push(name);
    }
    await mkdir(path.join(root, 'parquet'), { recursive: true });
    await mkdir(path.join(root, 'csv'), { recursive: true });
    for (const f of files) await rename(path.join(out, ...f.split('/')), path.join(root, ...f.split('/')));
    return { files, rows: rows.counts, statistics, similarity: rows.similarity };
  } finally {
    await rm(build, { recursive: true, force: true });
  }
}
