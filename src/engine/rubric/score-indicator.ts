import type { Evidence } from '../../model/evidence.js';
import type { Indicator, Tier } from './schema.js';
import { isUnreliable, type ResolvedInput } from './inputs.js';

/** computed: points follow from the evidence; needs-review: a reviewer must decide (qualitative, unreadable input); missing: the input is not in the filing. */
export type IndicatorStatus = 'computed' | 'needs-review' | 'missing';

/** What an indicator scored, and why. */
export interface IndicatorScore {
  id: string;
  group: string;
  label: string;
  max: number;
  /** Points counted in the total (the lower end of `range` when not computed). */
  points: number;
  /** [minimum, maximum] the indicator can still get. */
  range: [number, number];
  status: IndicatorStatus;
  /** The applicant's own score from a self-evaluation table, when given. */
  claimed?: number;
  /** Claimed above what the evidence supports (claimed > range maximum). */
  inflated?: boolean;
  /** Suggested qualitative level, never counted without a reviewer. */
  suggested?: string;
  trace: { inputs: Record<string, unknown>; rule: string; capApplied?: number };
  evidence: Evidence[];
}

type Inputs = (path: string) => ResolvedInput;

const EPS = 1e-9;

/** True when a tier covers the value under its inclusive/exclusive bounds. */
export function tierCovers(t: Tier, v: number): boolean {
  const aboveMin = t.min === undefined || (t.minInclusive ? v >= t.min - EPS : v > t.min + EPS);
  const belowMax = t.max === undefined || (t.maxInclusive ? v <= t.max + EPS : v < t.max - EPS);
  return aboveMin && belowMax;
}

/** The tier a value falls in: where tiers overlap at a boundary the higher one wins; a value in a gap gets the highest tier below it. */
export function chooseTier(tiers: readonly Tier[], v: number): { tier: Tier | null; gap: boolean } {
  const covering = tiers.filter((t) => tierCovers(t, v)).sort((a, b) => b.points - a.points);
  if (covering.length > 0) return { tier: covering[0], gap: false };
  const below = tiers.filter((t) => t.max !== undefined && t.max <= v).sort((a, b) => b.points - a.points);
  return { tier: below[0] ?? null, gap: true };
}

/** Points rounded to two decimals (half points and 2.5-point steps stay exact). */
export function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Scores one indicator from its resolved inputs. */
export function scoreIndicator(ind: Indicator, input: Inputs): IndicatorScore {
  const out = (points: number, status: IndicatorStatus, rule: string, inputs: Record<string, unknown>, evidence: Evidence[], extra: Partial<IndicatorScore> = {}): IndicatorScore => {
    const p = round(Math.min(points, ind.max));
    const range: [number, number] = status === 'computed' ? [p, p] : status === 'missing' ? [0, 0] : extra.range ?? [p, ind.max];
    return { id: ind.id, group: ind.group, label: ind.label, max: ind.max, points: range[0], range, status, trace: { inputs, rule, ...(points > ind.max ? { capApplied: ind.max } : {}) }, evidence, ...extra };
  };
  const unreadable = isUnreliable;
  switch (ind.kind) {
    case 'tiers': {
      const r = input(ind.input);
      if (unreadable(r)) return out(0, 'needs-review', '输入无法可靠读取', { [ind.input]: r.value }, r.evidence, { range: [0, ind.max] });
      if (typeof r.value !== 'number') return out(0, 'missing', '材料中未见该项数据', { [ind.input]: null }, r.evidence);
      const { tier, gap } = chooseTier(ind.tiers, r.value);
      const rule = tier ? `${r.value}${ind.unit} → ${tier.text}${gap ? '（落在区间空档，按较低档）' : ''}` : `${r.value}${ind.unit} 不在任何分档内`;
      return out(tier?.points ?? 0, 'computed', rule, { [ind.input]: r.value }, r.evidence);
    }
    case 'per-item': {
      const seen: Record<string, unknown> = {};
      let raw = 0;
      const evidence: Evidence[] = [];
      let review = false;
      let any = false;
      for (const item of ind.items) {
        const r = input(item.input);
        seen[item.input] = r.value;
        evidence.push(...r.evidence.slice(0, 1));
        if (unreadable(r)) {
          review = true;
          continue;
        }
        const n = typeof r.value === 'boolean' ? Number(r.value) : typeof r.value === 'number' ? r.value : 0;
        if (r.status === 'found') any = true;
        raw += item.perUnit ? Math.floor(n / item.every + 1e-9) * item.points : n > 0 ? item.points : 0;
      }
      const capped = Math.min(raw, ind.cap, ind.max);
      const rule = `${ind.items.map((i) => `${i.label}×${i.points}`).join(' + ')} = ${round(raw)}${raw > Math.min(ind.cap, ind.max) ? `，封顶 ${Math.min(ind.cap, ind.max)}` : ''}`;
      if (review) return out(capped, 'needs-review', rule, seen, evidence, { range: [capped, Math.min(ind.cap, ind.max)] });
      if (!any) return out(0, 'missing', '材料中未见该项数据', seen, evidence);
      const result = out(capped, 'computed', rule, seen, evidence);
      if (raw > Math.min(ind.cap, ind.max)) result.trace.capApplied = Math.min(ind.cap, ind.max);
      return result;
    }
    case 'steps': {
      const r = input(ind.input);
      if (unreadable(r)) return out(0, 'needs-review', '输入无法可靠读取', { [ind.input]: r.value }, r.evidence, { range: [0, ind.max] });
      if (typeof r.value !== 'number') return out(0, 'missing', '材料中未见该项数据', { [ind.input]: null }, r.evidence);
      const v = r.value;
      const raw = v + EPS < ind.start ? 0 : ind.startPoints + Math.floor((v - ind.start + EPS) / ind.step) * ind.stepPoints;
      const cap = Math.min(ind.cap, ind.max);
      const rule = `${v}${ind.unit}：达到 ${ind.start}${ind.unit} 得 ${ind.startPoints} 分，每增加 ${ind.step}${ind.unit} 加 ${ind.stepPoints} 分 = ${round(raw)}${raw > cap ? `，封顶 ${cap}` : ''}`;
      const result = out(Math.min(raw, cap), 'computed', rule, { [ind.input]: v }, r.evidence);
      if (raw > cap) result.trace.capApplied = cap;
      return result;
    }
    case 'flag': {
      const r = input(ind.input);
      if (unreadable(r)) return out(0, 'needs-review', '输入无法可靠读取', { [ind.input]: r.value }, r.evidence, { range: [0, ind.points] });
      if (r.status !== 'found') return out(0, 'missing', '材料中未见该项数据', { [ind.input]: null }, r.evidence);
      const yes = r.value === true || (typeof r.value === 'number' && r.value > 0);
      return out(yes ? ind.points : 0, 'computed', yes ? `具备，加 ${ind.points} 分` : '不具备', { [ind.input]: r.value }, r.evidence);
    }
    case 'qualitative': {
      const seen: Record<string, unknown> = {};
      const evidence: Evidence[] = [];
      let found = 0;
      for (const s of ind.signals) {
        const r = input(s.input);
        const yes = r.value === true || (typeof r.value === 'number' && r.value > 0);
        seen[s.label] = yes;
        if (yes) {
          found++;
          evidence.push(...r.evidence.slice(0, 1));
        }
      }
      const levels = [...ind.levels].sort((a, b) => b.points - a.points);
      const share = ind.signals.length ? found / ind.signals.length : 0;
      const index = ind.signals.length ? Math.min(levels.length - 1, Math.round((1 - share) * (levels.length - 1))) : levels.length - 1;
      const suggested = ind.signals.length ? levels[index] : undefined;
      const lo = Math.min(...levels.map((l) => l.points));
      const hi = Math.max(...levels.map((l) => l.upTo ?? l.points));
      const found_ = ind.signals.length ? `已找到 ${found}/${ind.signals.length} 项：${Object.entries(seen).filter(([, v]) => v).map(([k]) => k).join('、') || '无'}` : '需评审专家判断';
      const rule = suggested ? `定性指标，不自动计分；建议档次“${suggested.label}”（${found_}）` : `定性指标，不自动计分（${found_}）`;
      return out(lo, 'needs-review', rule, seen, evidence, { range: [lo, hi], ...(suggested ? { suggested: suggested.label } : {}) });
    }
  }
}
