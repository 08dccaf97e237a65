import type { Pack } from '../engine/pack.js';
import type { RedFlag } from '../model/report.js';
import { corpusBatchFlags, type BatchOutcome } from './batch-flags.js';
import type { BatchStub } from './collect.js';
import type { Row, TableDef } from './columns.js';
import { NdjsonFiles } from './ndjson-files.js';
import { Pseudonymizer } from './pseudonymize.js';
import { BOILERPLATE, boilerplateRows, NEAR_DUPLICATES, nearDuplicateRows, type TextSource } from './similarity.js';
import type { CorpusState, TextRecord } from './state.js';
import { flagRow } from './tables/flags.js';
import { REPORT_TABLES } from './tables/registry.js';

/** A submission of the dataset: its id and the key of its state files. */
export type StateEntry = readonly [id: string, key: string];

export interface RowExport {
  /** Rows written per table. */
  counts: ReadonlyMap<string, number>;
  /** The pseudonymizer used (null without --pseudonymize), for the other outputs. */
  pseudonymizer: Pseudonymizer | null;
  similarity: { documents: number; candidates: number; ms: number };
}

const TABLES = new Map<string, TableDef>([...REPORT_TABLES, NEAR_DUPLICATES, BOILERPLATE].map((t) => [t.name, t]));

/** A submissions row with the batch flags added to its flag list and the verdict they make. */
function withBatchFlags(row: Row, outcome: BatchOutcome): Row {
  const ids = [...(typeof row.flags === 'string' ? row.flags.split(' ') : []), ...outcome.flags.map((f: RedFlag) => f.id)];
  return { ...row, verdict: outcome.verdict, flags: ids.length > 0 ? ids.join(' ') : null, flag_count: ids.length };
}

/**
 * Writes the NDJSON file of every report table and of the similarity tables into `build`, from
 * the state files of `entries`, in two passes so that nothing but small per-submission stubs is
 * held: the first reads the batch stubs (for the batch red flags over the whole corpus) and the
 * person names (for --pseudonymize); the second writes each submission's rows, batch flags
 * applied and personal data scrubbed when `salt` is given. Then the kept texts give the
 * near-duplicate and boilerplate rows.
 */
export async function exportRows(state: CorpusState, entries: readonly StateEntry[], build: string, packs: ReadonlyMap<string, Pack>, salt: string | null): Promise<RowExport> {
  const stubs: BatchStub[] = [];
  const names = new Set<string>();
  for (const [id, key] of entries) {
    for (const line of await state.lines(id, key)) {
      if (line.t === '_batch') stubs.push(line.r as BatchStub);
      else if (line.t === '_people') for (const n of line.r as string[]) names.add(n);
    }
  }
  const batch = corpusBatchFlags(stubs, packs);
  const pseudonymizer = salt === null ? null : new Pseudonymizer(salt, names);
  const scrub = (table: string, rows: Row[]): Row[] => (pseudonymizer ? rows.map((r) => pseudonymizer.row(r, TABLES.get(table)!.columns)) : rows);
  const files = await NdjsonFiles.create(build, [...TABLES.keys()]);
  try {
    for (const [id, key] of entries) {
      const outcome = batch.get(id);
      const byTable = new Map<string, Row[]>([['flags', []]]);
      for (const line of await state.lines(id, key)) {
        if (!TABLES.has(line.t)) continue;
        const row = line.r as Row;
        const rows = byTable.get(line.t) ?? [];
        rows.push(line.t === 'submissions' && outcome ? withBatchFlags(row, outcome) : row);
        byTable.set(line.t, rows);
      }
      byTable.get('flags')!.push(...(outcome?.flags.map((f) => flagRow(id, f)) ?? []));
      for (const [table, rows] of byTable) await files.write(table, scrub(table, rows));
    }
    const texts: TextSource = function* (): Generator<TextRecord> {
      for (const [id, key] of entries) yield* state.textsSync(id, key);
    };
    const near = nearDuplicateRows(texts);
    await files.write(NEAR_DUPLICATES.name, scrub(NEAR_DUPLICATES.name, near.rows));
    await files.write(BOILERPLATE.name, scrub(BOILERPLATE.name, boilerplateRows(texts)));
    return { counts: new Map(files.counts), pseudonymizer, similarity: { documents: near.documents, candidates: near.candidates, ms: near.ms } };
  } finally {
    await files.close();
  }
}
