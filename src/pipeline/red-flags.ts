import type { Evidence } from '../model/evidence.js';
import type { Verdict } from '../model/finding.js';
import type { RedFlag, Report, Score } from '../model/report.js';
import type { BatchFinding } from './batch-rules.js';
import { claimedExcess } from '../engine/rubric/score-rubric.js';

/** Chinese names of the red flags (report.flags[].label); src/report/labels.ts re-exports them for the formatters. */
export const FLAG_LABELS: Record<RedFlag['id'], string> = { 'score.inflated': '自评虚高', 'batch.quota': '超出推荐名额', 'batch.deadline': '逾期报送' };

/**
 * What each flag does to the verdict. A claim above the evidence and a city over its quota send the
 * submission to a reviewer (the claim is not proof that a condition failed; the city must choose
 * which of its recommendations to keep). A filing after the deadline fails: the deadline is one of
 * the program's mandatory conditions (RULES.md, seed 002: 「请于4月30日前报送至我厅」, Lanzhou 「于4月20日前…报市工信局」).
 */
export const FLAG_EFFECTS: Record<RedFlag['id'], RedFlag['effect']> = { 'score.inflated': 'needs-review', 'batch.quota': 'needs-review', 'batch.deadline': 'fail' };

/** Verdict order, mildest first: a flag can only make a verdict stricter. */
const SEVERITY: Record<Exclude<Verdict, 'error'>, number> = { pass: 0, 'needs-review': 1, fail: 2 };

/**
 * The verdict once flags are applied: a `fail` flag fails the submission, a `needs-review` flag turns a
 * pass into needs-review; a verdict is never made milder, and `error` (nothing could be checked) stays.
 */
export function verdictWithFlags(verdict: Verdict, flags: readonly RedFlag[]): Verdict {
  if (verdict === 'error') return verdict;
  return flags.reduce<Exclude<Verdict, 'error'>>((v, f) => (SEVERITY[f.effect] > SEVERITY[v] ? f.effect : v), verdict);
}

/** A number of points as Chinese text shows it (no trailing zeros: 6.5, 10). */
function pts(n: number): string {
  return `${Math.round(n * 100) / 100}`;
}

/** Evidence listed once, in order (the same cell can back several indicators). */
function distinct(items: readonly Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return items.filter((e) => {
    const key = `${e.file}\u0000${e.ref}\u0000${e.quote}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

/**
 * 自评虚高: the indicators of a self-evaluation whose claimed points are above the highest points the
 * evidence supports (RULES.md interpretation rule 5), with the points per indicator and in total, and
 * the evidence of those indicators (the self-evaluation row and what was computed from). Null when no
 * claim is above the evidence.
 */
export function inflationFlag(score: Score | null): RedFlag | null {
  const inflated = (score?.indicators ?? []).filter((i) => claimedExcess(i) > 0);
  if (inflated.length === 0) return null;
  const indicators = inflated.map((i) => ({ id: i.id, label: i.label, claimed: i.claimed!, computed: [i.range[0], i.range[1]] as [number, number], excess: claimedExcess(i) }));
  const total = indicators.reduce((s, i) => s + i.excess, 0);
  const each = indicators.map((i) => `${i.label} 自评 ${pts(i.claimed)} 分、证据支持${i.computed[0] === i.computed[1] ? ` ${pts(i.computed[1])}` : `至多 ${pts(i.computed[1])}`} 分（高 ${pts(i.excess)} 分）`);
  return {
    id: 'score.inflated',
    label: FLAG_LABELS['score.inflated'],
    effect: FLAG_EFFECTS['score.inflated'],
    message: `自评表有 ${indicators.length} 项指标的自评分高于证据支持的分数，合计高 ${pts(total)} 分：${each.join('；')}`,
    indicators,
    evidence: distinct(inflated.flatMap((i) => i.evidence)),
  };
}

/** The flags from the report's own score (today: 自评虚高), for assessSubmission. */
export function scoreFlags(score: Score | null): RedFlag[] {
  const flag = inflationFlag(score);
  return flag ? [flag] : [];
}

/** Where submission.json says what a batch rule read: the field as evidence. */
function metaEvidence(field: 'city' | 'submittedAt', value: string | undefined): Evidence[] {
  return value === undefined ? [] : [{ file: 'submission.json', ref: `/${field}`, quote: `${field}: ${value}`, location: `「${field}」字段` }];
}

/** The red flag a batch finding puts on one submission it concerns. */
export function batchFlag(finding: BatchFinding, report: Report): RedFlag {
  const meta = report.submission.meta;
  if (finding.rule === 'quota') {
    return {
      id: 'batch.quota',
      label: FLAG_LABELS['batch.quota'],
      effect: FLAG_EFFECTS['batch.quota'],
      message: `${finding.message}；本申报为其中之一，须由推荐单位确定报送名单`,
      evidence: metaEvidence('city', meta?.city),
    };
  }
  return {
    id: 'batch.deadline',
    label: FLAG_LABELS['batch.deadline'],
    effect: FLAG_EFFECTS['batch.deadline'],
    message: finding.message,
    evidence: metaEvidence('submittedAt', meta?.submittedAt),
  };
}

const BATCH_FLAG_IDS: ReadonlySet<RedFlag['id']> = new Set(['batch.quota', 'batch.deadline']);

/**
 * The reports with the batch findings attached as red flags to the submissions they concern (逾期报送
 * before 超出推荐名额: what fails first) and their verdicts made as strict as the flags say (verdictWithFlags). Batch flags already on a
 * report are replaced, so attaching twice gives the same reports. A report no finding concerns is returned
 * as the same object, so a caller can tell which reports changed (`after[i] !== before[i]`) and write
 * only those again.
 */
export function attachBatchFlags(reports: readonly Report[], findings: readonly BatchFinding[]): Report[] {
  return reports.map((report) => {
    const mine = findings.filter((f) => f.submissions.includes(report.submission.id) && f.pack === report.pack?.id);
    const kept = report.flags.filter((f) => !BATCH_FLAG_IDS.has(f.id));
    const flags = [...kept, ...mine.map((f) => batchFlag(f, report)).sort((a, b) => SEVERITY[b.effect] - SEVERITY[a.effect])];
    if (JSON.stringify(flags) === JSON.stringify(report.flags)) return report;
    return { ...report, flags, verdict: verdictWithFlags(report.verdict, flags) };
  });
}

/**
 * Writes again the reports that attaching flags changed (`after[i] !== before[i]`), in batch order, and
 * returns `after`: reports are written as they finish, before the batch is known (OutputFolder.writeSubmission
 * overwrites a submission's own files).
 */
export async function rewriteFlagged(before: readonly Report[], after: Report[], write: (report: Report) => Promise<void>): Promise<Report[]> {
  for (const [i, report] of after.entries()) if (report !== before[i]) await write(report);
  return after;
}
