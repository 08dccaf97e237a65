import type { Report } from '../model/report.js';

/** One row of the batch summary. */
export interface SummaryRow {
  submission: string;
  pack: string | null;
  verdict: Report['verdict'];
  /** Condition ids that failed. */
  failed: string[];
  /** Condition ids that could not be decided. */
  unknown: string[];
  documents: number;
  /** Files that could not be read. */
  unreadableFiles: string[];
  allianceName: string | null;
  leadUnit: string | null;
  memberCount: number | null;
  /** Score range [min, max] (points + bonus) when the pack has a rubric. */
  scoreRange: [number, number] | null;
  band: string | null;
  /** Claimed points above the evidence (self-evaluations). */
  inflation: number | null;
}

/** The batch summary rows, one per submission, in batch order. */
export function summarize(reports: readonly Report[]): SummaryRow[] {
  return reports.map((r) => ({
    submission: r.submission.id,
    pack: r.pack?.id ?? null,
    verdict: r.verdict,
    failed: r.conditions.filter((c) => c.status === 'fail').map((c) => c.id),
    unknown: r.conditions.filter((c) => c.status === 'unknown').map((c) => c.id),
    documents: r.submission.documents.length,
    unreadableFiles: r.submission.documents.filter((d) => d.quality === 'error').map((d) => d.file),
    allianceName: r.facts.allianceName?.value ?? null,
    leadUnit: r.facts.leadUnit?.value ?? null,
    memberCount: r.facts.memberCount?.value ?? null,
    scoreRange: r.score ? r.score.range : null,
    band: r.score?.band ?? null,
    inflation: r.score ? r.score.inflation : null,
  }));
}
