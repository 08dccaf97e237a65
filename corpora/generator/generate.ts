/**
 * Writes the embedded sample batch (corpora/sample/) from the cases in scenarios.ts: each
 * submission's documents as DOCX or PDF, an optional submission.json, and expected.json with the
 * true facts and condition statuses. Run with `npm run corpus:generate`.
 *
 * With `--count N --out <dir> [--seed S] [--near-duplicates K]` it writes a large varied batch
 * with K planted near-duplicate pairs instead (large-corpus.ts); the sample is left alone.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { largeCorpusCommand } from './large-corpus-cli.js';
import { GANSU_CASES, HENAN_CASES } from './scenarios.js';
import { SCORED_CASES } from './scored-cases.js';
import { gansuPlan, henanPlan, scoredPlan, writePlan } from './submissions.js';

const OUT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'sample');

if (!(await largeCorpusCommand(process.argv.slice(2)))) {
  await rm(OUT, { recursive: true, force: true });
  for (const k of HENAN_CASES) await writePlan(OUT, henanPlan(k));
  for (const k of GANSU_CASES) await writePlan(OUT, gansuPlan(k));
  for (const k of SCORED_CASES) await writePlan(OUT, scoredPlan(k));
  process.stdout.write(`wrote ${HENAN_CASES.length + GANSU_CASES.length + SCORED_CASES.length} submissions to ${OUT}\n`);
}
