import type { Evidence } from '../../model/evidence.js';
import type { Facts } from '../../model/facts.js';
import { matchLabel } from '../../text/labels.js';
import { resolveInput, type Metric } from './inputs.js';
import type { Rubric } from './schema.js';
import { round, scoreIndicator, type IndicatorScore } from './score-indicator.js';

/** A claimed score from a self-evaluation table. */
export interface ClaimedScore {
  label: string;
  points: number;
  evidence: Evidence;
}

export interface GroupScore {
  id: string;
  label: string;
  max: number;
  bonus: boolean;
  points: number;
  range: [number, number];
  /** The group's stated maximum cut the sum of its indicators. */
  capApplied: boolean;
}

/** The score of a submission under a rubric. */
export interface RubricScore {
  /** Points of the non-bonus groups (lower end of the range). */
  points: number;
  max: number;
  /** Bonus points (lower end), after the bonus cap. */
  bonus: number;
  /** [minimum, maximum] of points + bonus while indicators await a reviewer. */
  range: [number, number];
  /** Band of the total when the range falls in one band; null otherwise. */
  band: string | null;
  /** Bands the range spans (lowest first). */
  bandRange: string[];
  groups: GroupScore[];
  indicators: IndicatorScore[];
  /** Sum of claimed points above what the evidence supports. */
  inflation: number;
}


function bandOf(rubric: Rubric, total: number): string | null {
  const bands = [...rubric.bands].sort((a, b) => b.min - a.min);
  return bands.find((b) => total >= b.min - 1e-9)?.label ?? null;
}

/** Scores every indicator, applies group and bonus caps, attaches claimed scores and flags inflated claims. */
export function scoreRubric(rubric: Rubric, facts: Facts, metrics: ReadonlyMap<string, Metric>, claimed: readonly ClaimedScore[] = []): RubricScore {
  const indicators = rubric.indicators.map((ind) => {
    const s = scoreIndicator(ind, (path) => resolveInput(path, facts, metrics));
    const claim = claimed.find((c) => matchLabel(c.label, [...ind.claimedAs, ind.label], 0.85));
    if (claim) {
      s.claimed = claim.points;
      s.inflated = claim.points > s.range[1] + 1e-9;
      s.evidence = [...s.evidence, claim.evidence];
    }
    return s;
  });
  const groups: GroupScore[] = rubric.groups.map((g) => {
    const own = indicators.filter((i) => i.group === g.id);
    const lo = own.reduce((s, i) => s + i.range[0], 0);
    const hi = own.reduce((s, i) => s + i.range[1], 0);
    return { id: g.id, label: g.label, max: g.max, bonus: g.bonus, points: round(Math.min(lo, g.max)), range: [round(Math.min(lo, g.max)), round(Math.min(hi, g.max))], capApplied: hi > g.max + 1e-9 };
  });
  const sum = (bonus: boolean, end: 0 | 1) => groups.filter((g) => g.bonus === bonus).reduce((s, g) => s + g.range[end], 0);
  const cap = (b: number) => (rubric.bonusCap === undefined ? b : Math.min(b, rubric.bonusCap));
  const lo = round(sum(false, 0) + cap(sum(true, 0)));
  const hi = round(sum(false, 1) + cap(sum(true, 1)));
  const bandLo = bandOf(rubric, lo);
  const bandHi = bandOf(rubric, hi);
  const ascending = [...rubric.bands].sort((a, b) => a.min - b.min);
  const spanned = ascending.filter((b, i) => b.min <= hi + 1e-9 && (ascending[i + 1] === undefined || ascending[i + 1].min > lo + 1e-9)).map((b) => b.label);
  const inflation = round(indicators.reduce((s, i) => s + claimedExcess(i), 0));
  return {
    points: round(sum(false, 0)),
    max: rubric.total,
    bonus: round(cap(sum(true, 0))),
    range: [lo, hi],
    band: bandLo === bandHi ? bandLo : null,
    bandRange: spanned,
    groups,
    indicators,
    inflation,
  };
}

/** Points a self-evaluation claims above the most the evidence supports for one indicator (0 when it claims no more, or nothing), rounded to 0.01. */
export function claimedExcess(indicator: { claimed?: number; range: readonly [number, number] }): number {
  return indicator.claimed === undefined ? 0 : Math.max(0, Math.round((indicator.claimed - indicator.range[1]) * 100) / 100);
}
