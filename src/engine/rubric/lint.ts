import { FactsSchema } from '../../model/facts.js';
import type { Metric } from './inputs.js';
import type { Indicator, Rubric } from './schema.js';

/** A problem `packs lint` reports; `documented` when the pack lists it as a flaw of the source. */
export interface LintFinding {
  indicator: string;
  problem: string;
  documented: boolean;
  reading?: string;
}

function inputsOf(ind: Indicator): string[] {
  switch (ind.kind) {
    case 'tiers':
    case 'steps':
    case 'flag':
      return [ind.input];
    case 'per-item':
      return ind.items.map((i) => i.input);
    case 'qualitative':
      return ind.signals.map((s) => s.input);
  }
}

/** Gaps and overlaps between tiers, walking the value line from low to high. */
function tierProblems(ind: Extract<Indicator, { kind: 'tiers' }>): string[] {
  const problems: string[] = [];
  const tiers = [...ind.tiers].sort((a, b) => (a.min ?? -Infinity) - (b.min ?? -Infinity));
  for (let i = 1; i < tiers.length; i++) {
    const lower = tiers[i - 1];
    const upper = tiers[i];
    if (lower.max === undefined || upper.min === undefined) {
      problems.push(`分档“${lower.text}”与“${upper.text}”重叠（上一档无上限）`);
      continue;
    }
    if (upper.min > lower.max) problems.push(`分档“${lower.text}”与“${upper.text}”之间有空档（${lower.max}–${upper.min}${ind.unit}）`);
    else if (upper.min < lower.max) problems.push(`分档“${lower.text}”与“${upper.text}”重叠（${upper.min}–${lower.max}${ind.unit}）`);
    else if (!lower.maxInclusive && !upper.minInclusive) problems.push(`分档“${lower.text}”与“${upper.text}”之间有空档：界点 ${upper.min}${ind.unit} 不属于任何一档`);
    else if (lower.maxInclusive && upper.minInclusive && upper.points < lower.points) problems.push(`界点 ${upper.min}${ind.unit} 同属两档，按就高原则应归较高档`);
  }
  return problems;
}

/**
 * Checks a rubric: indicator maxima add up to group maxima, group maxima to the total, tiers
 * leave no gaps, caps agree with maxima, every input names a fact field or a declared metric,
 * every indicator cites its source. Flaws the pack documents are reported as such.
 */
export function lintRubric(rubric: Rubric, metrics: readonly Metric[]): LintFinding[] {
  const out: LintFinding[] = [];
  const flaw = (indicator: string) => rubric.flaws.find((f) => f.indicator === indicator);
  const report = (indicator: string, problem: string) => {
    const f = flaw(indicator);
    out.push(f ? { indicator, problem, documented: true, reading: f.reading } : { indicator, problem, documented: false });
  };
  const groupIds = new Set(rubric.groups.map((g) => g.id));
  for (const ind of rubric.indicators) {
    if (!groupIds.has(ind.group)) report(ind.id, `所属组 ${ind.group} 不存在`);
    if (!ind.source.trim()) report(ind.id, '未注明来源');
    for (const input of inputsOf(ind)) {
      const [ns, key] = input.split('.', 2);
      const ok = ns === 'facts' ? key in FactsSchema.shape : ns === 'metrics' ? metrics.some((m) => m.id === key) : false;
      if (!ok) report(ind.id, `输入 ${input} 不是记录中的字段或已声明的指标数据`);
    }
    if (ind.kind === 'tiers') for (const p of tierProblems(ind)) report(ind.id, p);
    if (ind.kind === 'per-item' && ind.cap !== ind.max) report(ind.id, `累计上限 ${ind.cap} 分与分值 ${ind.max} 分不一致`);
    if (ind.kind === 'steps' && ind.cap !== ind.max) report(ind.id, `累计上限 ${ind.cap} 分与分值 ${ind.max} 分不一致`);
    if (ind.kind === 'qualitative') {
      const top = Math.max(...ind.levels.map((l) => l.upTo ?? l.points));
      if (top !== ind.max) report(ind.id, `最高档 ${top} 分与分值 ${ind.max} 分不一致`);
    }
  }
  for (const g of rubric.groups) {
    const sum = rubric.indicators.filter((i) => i.group === g.id).reduce((s, i) => s + i.max, 0);
    if (sum !== g.max) report(g.id, `组内指标分值合计 ${sum} 分，与组分值 ${g.max} 分不一致`);
  }
  const total = rubric.groups.filter((g) => !g.bonus).reduce((s, g) => s + g.max, 0);
  if (total !== rubric.total) report('total', `各组分值合计 ${total} 分，与总分 ${rubric.total} 分不一致`);
  for (const f of rubric.flaws) if (!out.some((o) => o.indicator === f.indicator)) out.push({ indicator: f.indicator, problem: f.flaw, documented: true, reading: f.reading });
  return out;
}
