import type { Pack } from '../engine/pack.js';
import { SCHEMA_VERSION, type RedFlag, type Report } from '../model/report.js';
import { batchFindings } from '../pipeline/batch-rules.js';
import { attachBatchFlags } from '../pipeline/red-flags.js';
import type { BatchStub } from './collect.js';

/** What the batch rules change on a submission: its batch flags and its verdict with them. */
export interface BatchOutcome {
  flags: RedFlag[];
  verdict: Report['verdict'];
}

/** A report holding only what the batch rules read: id, pack, submission.json and verdict. */
function stubReport(s: BatchStub): Report {
  return { schemaVersion: SCHEMA_VERSION, submission: { id: s.id, documents: [], meta: s.meta }, pack: s.pack, facts: {}, conditions: [], score: null, verdict: s.verdict, flags: [], messages: [], interpretation: [] };
}

/**
 * The batch red flags (超出推荐名额, 逾期报送) over every submission of the corpus, as `filings check`
 * attaches them over its batch; the submissions they concern, with their flags and stricter verdicts.
 */
export function corpusBatchFlags(stubs: readonly BatchStub[], packs: ReadonlyMap<string, Pack>): Map<string, BatchOutcome> {
  const reports = stubs.map(stubReport);
  const flagged = attachBatchFlags(reports, batchFindings(reports, packs));
  const out = new Map<string, BatchOutcome>();
  flagged.forEach((r, i) => {
    if (r !== reports[i]) out.set(r.submission.id, { flags: r.flags, verdict: r.verdict });
  });
  return out;
}
