import { z } from 'zod';
import type { Evidence } from '../../model/evidence.js';
import { MIN_FACT_CONFIDENCE, type Fact } from '../../model/fact.js';
import type { Facts } from '../../model/facts.js';
import { countAfter } from '../../text/inline-counts.js';
import { countLevelItems } from '../../text/level-items.js';
import { matchLabel } from '../../text/labels.js';
import { parseMoney } from '../../text/money.js';
import { parsePercent } from '../../text/percent.js';
import { findFirstNumber } from '../../text/numerals.js';
import { parseCount } from '../../text/count.js';
import { isNoneAnswer, parseYesNo } from '../../text/answers.js';
import { normalizeText } from '../../text/normalize.js';

/**
 * A metric a pack reads for its rubric: the value of a form row (by its label) or of a text
 * fact; with `after`, the numbers that follow those words inside that text are added up
 * ("承担省部级项目3项，厅局级项目2项" with after ['省部级项目'] → 3).
 */
export const MetricSchema = z.object({
  id: z.string().regex(/^[a-zA-Z0-9]+$/u),
  /** Chinese description with unit. */
  label: z.string(),
  /** Labels of a form row holding the value. */
  labels: z.array(z.string()).default([]),
  /** A text fact holding the value instead of a form row. */
  fact: z.string().optional(),
  /** Words each followed by a count to add up. */
  after: z.array(z.string()).default([]),
  /** Levels whose tagged items are counted when no `after` word is followed by a count ("…项目（国家级，2021）"). */
  levels: z.array(z.enum(['national', 'provincial', 'bureau', 'city', 'social'])).default([]),
  parse: z.enum(['money', 'count', 'percent', 'number', 'yes-no']).default('number'),
});
export type Metric = z.infer<typeof MetricSchema>;
export type MetricInput = z.input<typeof MetricSchema>;

/** An input value as the scorer sees it. */
export interface ResolvedInput {
  value: number | boolean | null;
  status: 'found' | 'absent' | 'unreadable';
  evidence: Evidence[];
  confidence: number;
}

/** True when an input cannot be relied on: unreadable, or read below the minimum confidence. */
export function isUnreliable(r: ResolvedInput): boolean {
  return r.status === 'unreadable' || (r.status === 'found' && r.confidence < MIN_FACT_CONFIDENCE);
}

const ABSENT: ResolvedInput = { value: null, status: 'absent', evidence: [], confidence: 1 };

/** Resolves `facts.<key>` (a number or boolean fact; a text fact counts as true when filled) or `metrics.<id>`. */
export function resolveInput(path: string, facts: Facts, metrics: ReadonlyMap<string, Metric>): ResolvedInput {
  const [ns, key] = path.split('.', 2);
  if (ns === 'facts') return fromFact((facts as Record<string, Fact<unknown> | undefined>)[key]);
  const metric = metrics.get(key);
  if (ns !== 'metrics' || !metric) throw new Error(`Expected an input "facts.<field>" or "metrics.<declared id>", got "${path}"`);
  return resolveMetric(metric, facts);
}

function fromFact(fact: Fact<unknown> | undefined): ResolvedInput {
  if (!fact) return ABSENT;
  if (fact.status !== 'found') return { value: null, status: fact.status, evidence: fact.evidence, confidence: fact.confidence };
  const v = fact.value;
  const value = typeof v === 'number' || typeof v === 'boolean' ? v : typeof v === 'string' ? !isNoneAnswer(v) : Array.isArray(v) ? v.length : isRecord(v) ? allPresent(v) : null;
  return { value, status: 'found', evidence: fact.evidence, confidence: fact.confidence };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** An object fact counts as true when every part is present: all lists non-empty, all flags true (e.g. the three kinds of bodies). */
function allPresent(v: Record<string, unknown>): boolean {
  return Object.values(v).every((x) => (Array.isArray(x) ? x.length > 0 : x === true || (typeof x === 'number' && x > 0) || (typeof x === 'string' && x.length > 0)));
}

function resolveMetric(metric: Metric, facts: Facts): ResolvedInput {
  const source = metric.fact ? textOfFact(facts, metric.fact) : rowOf(facts, metric.labels);
  if (source.text === null) return source.missing;
  if (metric.after.length > 0 || metric.levels.length > 0) {
    const text = normalizeText(source.text);
    const counts = metric.after.map((a) => countAfter(text, normalizeText(a))).filter((n): n is number => n !== null);
    const tagged = counts.length === 0 && metric.levels.length > 0 ? countLevelItems(source.text, metric.levels) : null;
    return { value: tagged ?? counts.reduce((s, n) => s + n, 0), status: 'found', evidence: source.evidence, confidence: source.confidence };
  }
  const value = parseMetric(metric.parse, source.text);
  return { value, status: value === null ? 'absent' : 'found', evidence: source.evidence, confidence: source.confidence };
}

type Source = { text: string; evidence: Evidence[]; confidence: number } | { text: null; missing: ResolvedInput };

function textOfFact(facts: Facts, key: string): Source {
  const fact = (facts as Record<string, Fact<unknown> | undefined>)[key];
  if (!fact) return { text: null, missing: ABSENT };
  if (fact.status !== 'found' || typeof fact.value !== 'string') return { text: null, missing: { ...ABSENT, status: fact.status === 'unreadable' ? 'unreadable' : 'absent', evidence: fact.evidence } };
  return { text: fact.value, evidence: fact.evidence, confidence: fact.confidence };
}

function rowOf(facts: Facts, labels: readonly string[]): Source {
  const table = facts.labelledValues;
  if (!table || table.status !== 'found' || !table.value) return { text: null, missing: table ? { ...ABSENT, status: table.status === 'unreadable' ? 'unreadable' : 'absent', evidence: table.evidence } : ABSENT };
  let row: (typeof table.value)[number] | undefined;
  let best = 0;
  for (const r of table.value) {
    const score = matchLabel(r.label, labels, 0.85)?.score ?? 0;
    if (score > best) [row, best] = [r, score];
  }
  if (!row) return { text: null, missing: { ...ABSENT, evidence: table.evidence.slice(0, 1) } };
  return { text: row.value, evidence: [row.evidence], confidence: row.confidence };
}

function parseMetric(parse: Metric['parse'], raw: string): number | boolean | null {
  switch (parse) {
    case 'money':
      return parseMoney(raw, '万元')?.value ?? null;
    case 'percent':
      // A %-headed column may hold a bare number.
      return parsePercent(raw) ?? findFirstNumber(normalizeText(raw))?.value ?? null;
    case 'count':
      return parseCount(raw);
    case 'yes-no':
      return parseYesNo(raw);
    default:
      return findFirstNumber(normalizeText(raw))?.value ?? null;
  }
}
