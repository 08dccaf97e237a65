import type { SubmissionMeta } from '../../src/model/submission.js';

/** One generated submission of a scored program (self-evaluation tables, assessments). */
export interface ScoredCase {
  id: string;
  about: string;
  pack: string;
  /** Title of the data sheet. */
  sheetTitle: string;
  /** Figures by metric id, written as the value cell ("860万元"). */
  data: Record<string, string>;
  /** Claimed points by indicator id (the self-evaluation table); none → no table. */
  claims?: Record<string, number>;
  /** Title of the self-evaluation table. */
  selfEvalTitle?: string;
  /** Annual work summaries: year, closing date, sections present (1–5). */
  summaries?: { year: number; date: string; sections: number[] }[];
  /** The data sheet is the Gansu 附件1 form (assessment) instead of a metric table. */
  gansuForm?: boolean;
  meta: SubmissionMeta;
  format: 'docx' | 'pdf';
  /** Condition statuses other than pass. */
  expect: Record<string, 'fail' | 'unknown'>;
  /** Points per indicator [min, max], worked out by hand from the source rubric and `data`. */
  indicators: Record<string, [number, number]>;
  /** Indicator ids in the bonus group. */
  bonusIds: string[];
  /** Expected claimed-points inflation. */
  inflation?: number;
}
