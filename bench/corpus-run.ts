/**
 * One `filings corpus` run in a process of its own, so that its peak memory is its own:
 *
 *   node dist/bench/corpus-run.js <corpus> <out> <cacheDir> <ocr: 0|1> <concurrency>
 *
 * Prints one line `CORPUS_RUN_JSON {…}` (CorpusRunFigures) on stdout and progress every tenth of
 * the submissions on stderr; exit 1 with the error on stderr when the run fails.
 */
import { CONDITIONS } from '../checks/conditions/index.js';
import { PACKS } from '../checks/packs/index.js';
import { runCorpus } from '../src/corpus/run-corpus.js';
import { MB, ownPeakRss } from './timing.js';

export const RUN_MARK = 'CORPUS_RUN_JSON ';

/** What one run measured. */
export interface CorpusRunFigures {
  submissions: number;
  /** Submissions checked by this run (all of them: every run writes into a fresh output folder). */
  checked: number;
  wallMs: number;
  checkMs: number;
  exportMs: number;
  /** The product's own near-duplicate search (normalising, MinHash, LSH, exact verification) within the export. */
  similarityMs: number;
  similarityDocuments: number;
  /** Peak resident memory of the run's process (reader threads included; ownPeakRss), in MB. */
  peakRssMB: number;
}

async function main([corpus, out, cacheDir, ocr, concurrency]: string[]): Promise<void> {
  const started = performance.now();
  let reported = 0;
  const result = await runCorpus(corpus, {
    out,
    cacheDir,
    ocr: ocr === '1',
    concurrency: Number(concurrency),
    packs: PACKS,
    conditions: CONDITIONS,
    tool: { name: 'innovation-filings', version: 'bench' },
    onProgress: (p) => {
      const step = Math.max(1, Math.round(p.submissionsTotal / 10));
      if (p.submissionsDone > reported && (p.submissionsDone % step === 0 || p.submissionsDone === p.submissionsTotal)) {
        reported = p.submissionsDone;
        process.stderr.write(`  ${p.submissionsDone}/${p.submissionsTotal} submissions checked, ${(p.elapsedMs / 1000).toFixed(0)} s\n`);
      }
    },
  });
  const figures: CorpusRunFigures = {
    submissions: result.submissions,
    checked: result.checked.length,
    wallMs: Math.round(performance.now() - started),
    checkMs: result.ms.check,
    exportMs: result.ms.export,
    similarityMs: Math.round(result.similarity.ms),
    similarityDocuments: result.similarity.documents,
    peakRssMB: Math.round(ownPeakRss() / MB),
  };
  process.stdout.write(`${RUN_MARK}${JSON.stringify(figures)}\n`);
}

if (process.argv[1]?.endsWith('corpus-run.js')) {
  main(process.argv.slice(2)).catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  });
}
