import { OcrUnavailableError } from '../../extractors/formats/index.js';
import { DATASET_TABLES } from '../corpus/catalogue.js';
import { runCorpus } from '../corpus/run-corpus.js';
import type { Limits } from '../model/limits.js';
import { IngestError } from '../pipeline/ingest.js';
import { OutputError } from '../report/output-error.js';
import type { CheckStreams } from './check.js';
import { startCommand } from './command-start.js';
import { EXIT } from './exit-status.js';
import { readingOptions } from './reading-options.js';
import type { Lang } from './i18n.js';
import { packageInfo } from './package-info.js';

export interface CorpusCliOptions {
  /** Output folder; required (a usage error when missing). */
  out?: string;
  pseudonymize?: boolean;
  salt?: string;
  pack?: string;
  concurrency?: number;
  ocr: boolean;
  ocrSecondPass?: boolean;
  cacheDir: string;
  cache: boolean;
  limit?: Partial<Limits>;
  /** No progress. */
  quiet?: boolean;
  lang?: Lang;
  /** Submissions per run of the checker (tests use small runs). */
  chunkSize?: number;
}

/**
 * `filings corpus <path…> --out <dir>`: checks the corpus (resuming from `<out>/.corpus-state/`),
 * writes the dataset, prints where it is; returns the exit status (0 once the dataset is written,
 * whatever the verdicts; 2 for bad usage).
 */
export async function runCorpusCommand(targets: readonly string[], opts: CorpusCliOptions, streams: CheckStreams = process): Promise<number> {
  const { text, progress, fail, packProblem } = startCommand(opts, streams);
  const e = text.errors;
  if (!opts.out) return fail(text.corpus.outRequired);
  const badPack = packProblem(opts.pack);
  if (badPack) return fail(badPack);
  const note = (line: string) => {
    if (progress.active) progress.print(line);
  };
  try {
    const info = packageInfo();
    progress.start();
    const result = await runCorpus(targets, {
      out: opts.out,
      pseudonymize: opts.pseudonymize,
      salt: opts.salt,
      ...readingOptions(opts),
      tool: { name: info.name, version: info.version },
      chunkSize: opts.chunkSize,
      onProgress: (p) => progress.update(p),
      onWarning: (message) => progress.print(`${e.prefix}${e.warning}${message}`),
      onStage: (s) => note(s.stage === 'check' ? text.corpus.resumed(s.resumed, s.submissions) : text.corpus.exporting),
    });
    progress.stop();
    streams.stdout.write(
      text.corpus.done({
        submissions: result.submissions,
        checked: result.checked.length,
        resumed: result.resumed,
        root: result.root,
        tables: DATASET_TABLES.length,
        pairs: result.rows.get('near_duplicates') ?? 0,
        boilerplate: result.rows.get('boilerplate') ?? 0,
        pseudonymized: opts.pseudonymize === true,
        seconds: ((result.ms.check + result.ms.export) / 1000).toFixed(1),
      }),
    );
    return EXIT.passed;
  } catch (err) {
    if (err instanceof IngestError) {
      const where = err.path || targets.join(' ');
      return fail(err.reason === 'empty' ? e.pathEmpty(where) : err.reason === 'not-regular' ? e.pathNotRegular(where) : err.reason === 'no-input' ? e.noPath : e.pathMissing(where));
    }
    if (err instanceof OcrUnavailableError) return fail(`${err.message}${e.noOcr}`);
    if (err instanceof OutputError) return fail(e.outputUnwritable(err.folder, err.message, err.code));
    progress.stop();
    throw err;
  }
}
