import type { z } from 'zod';
import type { Evidence } from '../model/evidence.js';
import { MIN_FACT_CONFIDENCE, type Fact } from '../model/fact.js';
import type { Facts } from '../model/facts.js';
import type { ConditionStatus } from '../model/finding.js';
import type { DocKind } from '../model/kinds.js';
import type { DocumentRecord } from '../model/record.js';
import type { DocumentSummary } from '../model/report.js';
import type { SubmissionMeta } from '../model/submission.js';
import type { Metric } from './rubric/inputs.js';
import type { RubricScore } from './rubric/score-rubric.js';

export { MIN_FACT_CONFIDENCE } from '../model/fact.js';

/** What a condition module declares about itself (ESLint-rule style). */
export interface ConditionMeta<O extends z.ZodType = z.ZodType> {
  id: string;
  /** Short Chinese title for reports. */
  title: string;
  /** One English sentence: what the condition checks. */
  description: string;
  /** Chinese message templates by message id, with {{placeholders}}. */
  messages: Readonly<Record<string, string>>;
  /** Options schema (defaults included). */
  options: O;
}

/** Everything a check may look at: merged facts, per-document records, the documents read. Checks never open files. */
export interface CheckContext<O> {
  facts: Facts;
  records: readonly DocumentRecord[];
  documents: readonly DocumentSummary[];
  meta: SubmissionMeta;
  /** The rubric score, when the pack has a rubric (computed before the conditions). */
  score?: RubricScore | null;
  /** The pack's declared metrics (read with resolveInput from src/engine/rubric/inputs.ts). */
  metrics: ReadonlyMap<string, Metric>;
  options: O;
}

/** What a check reports. */
export interface Outcome {
  status: ConditionStatus;
  messageId: string;
  data?: Record<string, unknown>;
  evidence?: Evidence[];
  /** Fact values the check used. */
  seen?: Record<string, unknown>;
}

export interface Condition<O extends z.ZodType = z.ZodType> {
  meta: ConditionMeta<O>;
  check(ctx: CheckContext<z.infer<O>>): Outcome;
}

/** Helper for defining a condition with typed options. */
export function defineCondition<O extends z.ZodType>(c: Condition<O>): Condition<O> {
  return c;
}

/** Fills {{name}} placeholders; unknown names stay visible so a missing datum is noticed. */
export function interpolate(template: string, data: Record<string, unknown>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/gu, (whole, key: string) => (key in data ? formatDatum(data[key]) : whole));
}

/** Items of a list datum named in a message; the rest are counted (the full list stays in `data`). */
const LISTED_ITEMS = 10;

function formatDatum(v: unknown): string {
  if (Array.isArray(v)) return v.length > LISTED_ITEMS ? `${v.slice(0, LISTED_ITEMS).join('、')} 等 ${v.length} 项` : v.join('、');
  if (v === null || v === undefined) return '—';
  return String(v);
}

/** How usable a fact is for a check: usable (found, confident), missing (read, not there), or unreadable. */
export type FactState<T> = { state: 'usable'; value: T; fact: Fact<T> } | { state: 'missing'; fact?: Fact<T> } | { state: 'unreadable'; fact: Fact<T> };

/** Classifies a fact for a check (low confidence counts as unreadable). */
export function use<T>(fact: Fact<T> | undefined): FactState<T> {
  if (!fact) return { state: 'missing' };
  if (fact.status === 'unreadable' || (fact.status === 'found' && fact.confidence < MIN_FACT_CONFIDENCE)) return { state: 'unreadable', fact };
  if (fact.status === 'found' && fact.value !== null) return { state: 'usable', value: fact.value, fact };
  return { state: 'missing', fact };
}

/** The records of documents of a kind. */
export function recordsOf(records: readonly DocumentRecord[], kind: DocKind): DocumentRecord[] {
  return records.filter((r) => r.kind === kind);
}

/** True when a document of this kind was read but some of its pages could not be. */
export function kindUnreadable(documents: readonly DocumentSummary[], kind: DocKind): boolean {
  return documents.some((d) => d.kind === kind && d.quality !== 'good');
}

/**
 * Files of a submission that could not be read (damaged, refused, or no page with readable text) or
 * classified: a document or a fact found missing may be in them.
 */
export function unreadFiles(documents: readonly DocumentSummary[]): string[] {
  return documents.filter((d) => d.quality === 'error' || d.quality === 'unreadable' || d.kind === 'unknown').map((d) => d.file);
}

/**
 * The outcome when the document a condition needs is not among the readable ones: `unknown` when
 * some file of the submission could not be read or classified (it may be that document), else `fail`.
 */
export function documentMissing(documents: readonly DocumentSummary[], messageId: string, unreadableMessageId: string): Outcome {
  const unread = unreadFiles(documents);
  if (unread.length > 0) return { status: 'unknown', messageId: unreadableMessageId, data: { where: unread } };
  return { status: 'fail', messageId };
}
