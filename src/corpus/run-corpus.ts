import { createHash } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Condition } from '../engine/condition.js';
import type { Pack } from '../engine/pack.js';
import { DEFAULT_LIMITS, type Limits } from '../model/limits.js';
import { SCHEMA_VERSION } from '../model/report.js';
import { discover, type SubmissionSource } from '../pipeline/ingest.js';
import { EXTRACTOR_VERSION } from '../pipeline/read-files.js';
import { trimSharedReaderPools } from '../pipeline/reader-pool.js';
import { checkSources, type Progress } from '../pipeline/run.js';
import { asOutputError } from '../report/output-error.js';
import { makeOutputRoot } from '../report/output-write.js';
import { buildDataset, type DatasetSummary } from './build-dataset.js';
import { Collector } from './collect.js';
import { CORPUS_SCHEMA_VERSION } from './columns.js';
import type { StateEntry } from './export-rows.js';
import { sourceFingerprint } from './fingerprint.js';
import { ProgressSum } from './progress-sum.js';
import { BOILERPLATE_OPTIONS, NEAR_DUPLICATE_THRESHOLD } from './similarity.js';
import { CorpusState } from './state.js';

/** Raised when what the state holds for a submission changes meaning (rows, texts): every submission is checked again. */
export const STATE_VERSION = 1;
/** Submissions checked per run of checkSources: the reports and documents of one run are all that is held at once. */
export const DEFAULT_CHUNK = 200;

export interface CorpusOptions {
  /** Output folder (created when missing). */
  out: string;
  /** Replace personal data with salted hashes in every output (default false). */
  pseudonymize?: boolean;
  /** Salt of the hashes (default: a random salt kept in `<out>/.corpus-state/salt`). */
  salt?: string;
  /** Pack id that overrides submission.json and detection. */
  pack?: string;
  /** Submissions checked at once (default: CPU cores). */
  concurrency?: number;
  /** Doc cache folder; null disables it. */
  cacheDir: string | null;
  /** OCR scanned pages (default true). */
  ocr?: boolean;
  /** Second OCR reading of what decides verdicts (default true). */
  ocrSecondPass?: boolean;
  limits?: Limits;
  packs: ReadonlyMap<string, Pack>;
  conditions: ReadonlyMap<string, Condition>;
  /** Name and version of the program, for the codebook and the meta table. */
  tool: { name: string; version: string };
  /** Submissions per run of checkSources (default DEFAULT_CHUNK). */
  chunkSize?: number;
  onProgress?: (p: Progress) => void;
  onWarning?: (text: string) => void;
  /** Called once the submissions are known (how many are resumed from the state), and when the export starts. */
  onStage?: (stage: CorpusStage) => void;
}

export type CorpusStage = { stage: 'check'; submissions: number; resumed: number } | { stage: 'export' };

export interface CorpusResult extends DatasetSummary {
  /** The output folder's absolute path. */
  root: string;
  submissions: number;
  /** Submissions taken from the state of an earlier run. */
  resumed: number;
  /** Ids of the submissions checked by this run. */
  checked: string[];
  ms: { check: number; export: number };
}

/** What changes a submission's rows besides its files: versions and the options of the check. */
function runKey(options: CorpusOptions): string {
  const packs = [...options.packs.values()].map((p) => `${p.id}@${p.version}`).sort();
  const limits = options.limits ?? DEFAULT_LIMITS;
  return JSON.stringify([STATE_VERSION, CORPUS_SCHEMA_VERSION, SCHEMA_VERSION, EXTRACTOR_VERSION, options.tool.version, options.pack ?? null, options.ocr !== false, options.ocrSecondPass !== false, limits, packs]);
}

/** Each source's state key: a hash of the run key and of its file fingerprint. */
async function stateKeys(sources: readonly SubmissionSource[], run: string): Promise<Map<string, string>> {
  const keys = new Map<string, string>();
  const width = 16;
  for (let i = 0; i < sources.length; i += width) {
    const slice = sources.slice(i, i + width);
    const prints = await Promise.all(slice.map(sourceFingerprint));
    slice.forEach((s, j) => keys.set(s.id, createHash('sha256').update(`${run}\u0000${prints[j]}`).digest('hex').slice(0, 16)));
  }
  return keys;
}

/** Opens the output folder: created when missing, written to and cleaned by a probe file (OutputError when it cannot be). */
async function openOutput(out: string): Promise<{ root: string; state: CorpusState }> {
  try {
    const root = await makeOutputRoot(out);
    const probe = path.join(root, `.filings-probe-${process.pid}`);
    await writeFile(probe, '');
    await rm(probe, { force: true });
    return { root, state: await CorpusState.open(root) };
  } catch (err) {
    throw asOutputError(err, out);
  }
}

/**
 * `filings corpus`: finds the submissions at the paths once and checks them as `filings check`
 * does (checkSources, `chunkSize` submissions at a time), writes each report's rows and kept texts
 * to the state as it arrives, skips the submissions an earlier run with the same files and options
 * already did, then builds the dataset from the state (buildDataset). Throws IngestError for bad
 * paths, OutputError when --out cannot be written.
 */
export async function runCorpus(targets: string | readonly string[], options: CorpusOptions): Promise<CorpusResult> {
  const found = await discover(targets, options.onWarning);
  const { root, state } = await openOutput(options.out);
  // An output folder in a batch folder (`corpus batch/ --out batch/dataset`) would be found as a submission of its own.
  const sources = found.filter((s) => path.resolve(s.path) !== root);
  const keys = await stateKeys(sources, runKey(options));
  const earlier = await state.done();
  const pending = sources.filter((s) => earlier.get(s.id) !== keys.get(s.id));
  options.onStage?.({ stage: 'check', submissions: sources.length, resumed: sources.length - pending.length });
  const started = Date.now();
  const collector = new Collector(state, keys, earlier);
  const checked: string[] = [];
  const progress = new ProgressSum(pending.length, options.onProgress);
  const chunk = Math.max(1, options.chunkSize ?? DEFAULT_CHUNK);
  try {
    for (let i = 0; i < pending.length; i += chunk) {
      await checkSources(pending.slice(i, i + chunk), {
        pack: options.pack,
        concurrency: options.concurrency,
        cacheDir: options.cacheDir,
        ocr: options.ocr,
        ocrSecondPass: options.ocrSecondPass,
        limits: options.limits,
        packs: options.packs,
        conditions: options.conditions,
        onDocument: collector.onDocument,
        onReport: async (r) => {
          await collector.onReport(r);
          checked.push(r.submission.id);
        },
        onProgress: progress.update,
        onWarning: options.onWarning,
      });
      progress.endRun();
    }
  } catch (err) {
    throw asOutputError(err, options.out);
  }
  const checkMs = Date.now() - started;
  // The reader threads hold the heaps of the files they read last; the export reads no file.
  await trimSharedReaderPools();
  const done = await state.done();
  const entries: StateEntry[] = [];
  for (const s of sources) {
    const key = keys.get(s.id)!;
    if (done.get(s.id) === key) entries.push([s.id, key]);
    else options.onWarning?.(`申报「${s.id}」在运行期间发生变化或未能审查，未计入数据集`);
  }
  options.onStage?.({ stage: 'export' });
  const exportStarted = Date.now();
  try {
    const salt = options.pseudonymize ? await state.salt(options.salt) : null;
    const summary = await buildDataset(root, state, entries, {
      packs: options.packs,
      salt,
      tool: options.tool,
      meta: {
        schemaVersion: CORPUS_SCHEMA_VERSION,
        reportSchemaVersion: SCHEMA_VERSION,
        tool: options.tool.name,
        toolVersion: options.tool.version,
        extractorVersion: EXTRACTOR_VERSION,
        createdAt: new Date().toISOString(),
        submissions: entries.length,
        checkedThisRun: checked.length,
        ocr: options.ocr !== false,
        ocrSecondPass: options.ocrSecondPass !== false,
        pack: options.pack ?? null,
        fingerprint: 'id + SHA-256 of the sorted relative paths, sizes and modification times of the submission’s files',
        nearDuplicateThreshold: NEAR_DUPLICATE_THRESHOLD,
        boilerplate: JSON.stringify(BOILERPLATE_OPTIONS),
      },
    });
    await state.prune(new Map(entries));
    return { ...summary, root, submissions: entries.length, resumed: sources.length - pending.length, checked, ms: { check: checkMs, export: Date.now() - exportStarted } };
  } catch (err) {
    throw asOutputError(err, options.out);
  }
}
