import type { Evidence } from '../../src/model/evidence.js';
import type { RedFlag, Report, Score } from '../../src/model/report.js';
import { makeReport } from '../report/formatters/fixtures.js';

type Indicator = Score['indicators'][number];

/** Evidence of a self-evaluation row. */
export function row(quote: string, location?: string): Evidence {
  return { file: '自评表.docx', ref: '/blocks/3/rows/2/cells/4', quote, ...(location ? { location } : {}) };
}

/** An indicator scored from the evidence, with a claimed score when given. */
export function indicator(id: string, label: string, range: [number, number], claimed?: number, evidence: Evidence[] = [row(`${label} ${claimed ?? ''}`)]): Indicator {
  return {
    id,
    group: 'g',
    label,
    max: 20,
    points: range[0],
    range,
    status: range[0] === range[1] ? 'computed' : 'needs-review',
    ...(claimed === undefined ? {} : { claimed, inflated: claimed > range[1] }),
    trace: { inputs: {}, rule: '按分档计分' },
    evidence,
  };
}

/** A rubric score over the given indicators. */
export function scoreOf(indicators: Indicator[]): Score {
  const lo = indicators.reduce((s, i) => s + i.range[0], 0);
  const hi = indicators.reduce((s, i) => s + i.range[1], 0);
  const inflation = indicators.reduce((s, i) => s + (i.claimed !== undefined ? Math.max(0, i.claimed - i.range[1]) : 0), 0);
  return { points: lo, max: 100, bonus: 0, range: [lo, hi], band: null, bandRange: [], groups: [], indicators, inflation };
}

/** The three flags a submission can carry, as the pipeline builds them. */
export const FLAGS: Record<RedFlag['id'], RedFlag> = {
  'score.inflated': {
    id: 'score.inflated',
    label: '自评虚高',
    effect: 'needs-review',
    message: '自评表有 2 项指标的自评分高于证据支持的分数，合计高 16 分',
    indicators: [
      { id: 'ip', label: '知识产权', claimed: 20, computed: [10, 10], excess: 10 },
      { id: 'plan', label: '中长期发展规划', claimed: 11, computed: [0, 5], excess: 6 },
    ],
    evidence: [row('知识产权 20', '表1 第3行「自评得分」栏'), row('中长期发展规划 11')],
  },
  'batch.quota': { id: 'batch.quota', label: '超出推荐名额', effect: 'needs-review', message: '兰州市推荐 4 个，超过每个市州不超过 3 个的名额', evidence: [{ file: 'submission.json', ref: '/city', quote: 'city: 兰州市', location: '「city」字段' }] },
  'batch.deadline': { id: 'batch.deadline', label: '逾期报送', effect: 'fail', message: '于 2022-04-25 报送，晚于市级截止日期 2022-04-20', evidence: [{ file: 'submission.json', ref: '/submittedAt', quote: 'submittedAt: 2022-04-25', location: '「submittedAt」字段' }] },
};

/** A report that passed its conditions but carries the given flags, with the verdict they give. */
export function flaggedReport(id: string, flags: RedFlag[], verdict: Report['verdict']): Report {
  const base = makeReport(id);
  return { ...base, conditions: base.conditions.map((c) => ({ ...c, status: 'pass' as const })), flags, verdict };
}
