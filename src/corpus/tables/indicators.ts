import { claimedExcess } from '../../engine/rubric/score-rubric.js';
import { col } from '../columns.js';
import type { ReportTable } from './report-table.js';

/** Long format: one row per rubric indicator per scored submission. */
export const INDICATORS: ReportTable = {
  name: 'indicators',
  kind: 'table',
  grain: 'one row per submission × rubric indicator',
  description: 'Rubric indicators (评分指标) of scored submissions: points, the range still open, the claimed points (long format).',
  columns: [
    col('submission', 'VARCHAR', '申报编号', 'Submission id', 'submission.id'),
    col('pack', 'VARCHAR', '规则包', 'Rule pack of the rubric', 'pack.id', { privacy: 'none' }),
    col('indicator', 'VARCHAR', '指标编号', 'Indicator id in the pack’s rubric', 'score.indicators[].id', { privacy: 'none' }),
    col('indicator_group', 'VARCHAR', '指标组', 'Group id of the indicator', 'score.indicators[].group', { privacy: 'none' }),
    col('label', 'VARCHAR', '指标', 'Indicator label as the scoring table prints it', 'score.indicators[].label', { privacy: 'none' }),
    col('max_points', 'DOUBLE', '分值', 'Most points the indicator gives', 'score.indicators[].max', { unit: '分 (points)' }),
    col('points', 'DOUBLE', '得分', 'Points computed from the evidence (lower end)', 'score.indicators[].points', { unit: '分 (points)' }),
    col('range_min', 'DOUBLE', '得分下限', 'Lowest points still possible', 'score.indicators[].range[0]', { unit: '分 (points)' }),
    col('range_max', 'DOUBLE', '得分上限', 'Highest points the evidence supports', 'score.indicators[].range[1]', { unit: '分 (points)' }),
    col('status', 'VARCHAR', '状态', 'computed: decided from the evidence; needs-review: a qualitative level a reviewer must choose; missing: no input found', 'score.indicators[].status', { values: 'computed / needs-review / missing', privacy: 'none' }),
    col('claimed', 'DOUBLE', '自评分', 'Points the applicant claims in a self-evaluation; null when none', 'score.indicators[].claimed', { unit: '分 (points)' }),
    col('excess', 'DOUBLE', '虚高分数', 'Claimed points above the highest the evidence supports (0 when not above)', 'claimedExcess(indicator): claimed − range[1] when positive', { unit: '分 (points)' }),
    col('inflated', 'BOOLEAN', '自评虚高', 'The claim is above what the evidence supports', 'score.indicators[].inflated'),
    col('suggested', 'VARCHAR', '建议档次', 'Level suggested from the evidence for a qualitative indicator', 'score.indicators[].suggested', { privacy: 'none' }),
    col('rule', 'VARCHAR', '计分规则', 'How the points were reached (Chinese trace)', 'score.indicators[].trace.rule'),
    col('evidence_count', 'INTEGER', '证据条数', 'Evidence items of the indicator', 'count of score.indicators[].evidence', { unit: 'items' }),
  ],
  rows: (r) =>
    (r.score?.indicators ?? []).map((i) => ({
      submission: r.submission.id,
      pack: r.pack?.id ?? null,
      indicator: i.id,
      indicator_group: i.group,
      label: i.label,
      max_points: i.max,
      points: i.points,
      range_min: i.range[0],
      range_max: i.range[1],
      status: i.status,
      claimed: i.claimed ?? null,
      excess: claimedExcess(i),
      inflated: i.inflated ?? false,
      suggested: i.suggested ?? null,
      rule: i.trace.rule,
      evidence_count: i.evidence.length,
    })),
};
