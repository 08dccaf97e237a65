import { docText } from '../model/doc-view.js';
import type { Doc } from '../model/document.js';
import type { DocKind } from '../model/kinds.js';
import type { Report } from '../model/report.js';
import { personNames } from './people.js';
import type { CorpusState, StateLine, TextRecord } from './state.js';
import { REPORT_TABLES } from './tables/registry.js';

/** Document kinds whose text is kept for the near-duplicate and boilerplate tables. */
export const TEXT_KINDS: ReadonlySet<DocKind> = new Set<DocKind>(['agreement', 'charter', 'feasibility-report']);

/** The kind given to a submission's goal statement (技术创新目标, the technicalGoal fact), kept beside its documents' texts. */
export const GOAL_KIND = 'goal-statement';

/** What the export needs of a report beyond its rows: the batch rules read the pack and submission.json, the verdict before batch flags. */
export interface BatchStub {
  id: string;
  pack: Report['pack'];
  meta: NonNullable<Report['submission']['meta']>;
  verdict: Report['verdict'];
}

/** The state lines of one report: its rows of every report table, its batch stub and the person names its facts hold. */
export function reportLines(report: Report): StateLine[] {
  const stub: BatchStub = { id: report.submission.id, pack: report.pack, meta: report.submission.meta ?? {}, verdict: report.verdict };
  return [
    { t: '_batch', r: stub },
    { t: '_people', r: personNames(report) },
    ...REPORT_TABLES.flatMap((table) => table.rows(report).map((r) => ({ t: table.name, r }))),
  ];
}

/**
 * Receives a run's documents and reports (checkBatch's onDocument and onReport) and writes each
 * submission to the state as soon as its report arrives, then forgets it: only the texts of the
 * submissions being checked at that moment are held.
 */
export class Collector {
  private readonly texts = new Map<string, TextRecord[]>();
  /** Submissions written to the state by this run. */
  checked = 0;

  constructor(
    private readonly state: CorpusState,
    /** Key of each submission to check (its fingerprint and the run's options). */
    private readonly keys: ReadonlyMap<string, string>,
    /** Keys the state held before the run, whose files a new key replaces. */
    private readonly earlier: ReadonlyMap<string, string>,
  ) {}

  readonly onDocument = (submission: string, file: string, kind: DocKind, doc: Doc): void => {
    if (!TEXT_KINDS.has(kind)) return;
    const list = this.texts.get(submission) ?? [];
    list.push({ doc: `${submission}/${file}`, submission, file, kind, text: docText(doc) });
    this.texts.set(submission, list);
  };

  readonly onReport = async (report: Report): Promise<void> => {
    const id = report.submission.id;
    const key = this.keys.get(id);
    if (key === undefined) throw new Error(`Expected a key for submission ${id}, got none`);
    const texts = this.texts.get(id) ?? [];
    this.texts.delete(id);
    const goal = report.facts.technicalGoal;
    if (goal?.value) texts.push({ doc: `${id}#technicalGoal`, submission: id, file: goal.evidence[0]?.file ?? '', kind: GOAL_KIND, text: goal.value });
    await this.state.write(id, key, reportLines(report), texts, this.earlier.get(id));
    this.checked++;
  };
}
