/**
 * scoreRubric: group caps, the bonus cap, the total as a range while qualitative indicators await
 * a reviewer, bands of that range, and claimed scores (RULES.md rules 3–5).
 */
import { describe, expect, it } from 'vitest';
import type { Metric } from '../../../src/engine/rubric/inputs.js';
import { RubricSchema, type IndicatorInput, type Rubric, type RubricInput } from '../../../src/engine/rubric/schema.js';
import { scoreRubric, type ClaimedScore } from '../../../src/engine/rubric/score-rubric.js';
import { atLeast, atMost, between } from '../../../src/engine/rubric/tiers.js';
import type { Evidence } from '../../../src/model/evidence.js';
import type { Fact } from '../../../src/model/fact.js';
import type { Facts } from '../../../src/model/facts.js';

const ev = (quote = '（测试）', file = 'form.docx'): Evidence => ({ file, ref: '/blocks/0', quote });
const fact = <T>(value: T, confidence = 1): Fact<T> => ({ value, status: 'found', confidence, evidence: [ev(String(value))] });
const NO_METRICS: ReadonlyMap<string, Metric> = new Map();
const rubric = (r: RubricInput): Rubric => RubricSchema.parse(r);
const claim = (label: string, points: number): ClaimedScore => ({ label, points, evidence: ev(`${label}：${points}`, 'self-evaluation.docx') });

const S = '测试来源';
const RULE_SIGNALS = [
  { input: 'facts.hasProjectRules', label: '项目管理' },
  { input: 'facts.hasFundRules', label: '经费管理' },
  { input: 'facts.hasConfidentialityRules', label: '保密' },
  { input: 'facts.hasCooperationRules', label: '产学研合作' },
];

/**
 * A small rubric: group `service` (max 5) holds two per-item indicators worth 4 each (so their sum
 * can exceed the group); group `core` (max 10) holds tiers (5), a qualitative indicator (3) and a
 * flag (2); a bonus group (max 10) with a bonus cap of 5.
 */
const SMALL = rubric({
  total: 15,
  bonusCap: 5,
  groups: [
    { id: 'service', label: '服务能力', max: 5 },
    { id: 'core', label: '基本情况', max: 10 },
    { id: 'bonus', label: '加分项', max: 10, bonus: true },
  ],
  indicators: [
    { id: 'problems', group: 'service', label: '解决行业技术难题', max: 4, source: S, kind: 'per-item', cap: 4, items: [{ input: 'facts.problemsSolved', points: 1, label: '难题' }] },
    { id: 'tasks', group: 'service', label: '完成省工信厅安排的相关服务工作', max: 4, source: S, kind: 'per-item', cap: 4, items: [{ input: 'facts.assignedTasks', points: 2, label: '任务' }] },
    {
      id: 'industry-scale', group: 'core', label: '产业联盟所在行业经济规模', max: 5, source: S, kind: 'tiers', input: 'facts.industryScale', unit: '万元', claimedAs: ['行业经济规模'],
      tiers: [atLeast(1_000_000, 5, '100亿元以上得5分'), between(100_000, 1_000_000, 3, '10-100亿元得3分'), atMost(100_000, 1, '10亿元以下得1分')],
    },
    { id: 'management-rules', group: 'core', label: '产业联盟管理制度建设', max: 3, source: S, kind: 'qualitative', levels: [{ label: '很完善', points: 3 }, { label: '比较完善', points: 2 }, { label: '基本完善', points: 1 }, { label: '不完善', points: 0 }], signals: RULE_SIGNALS },
    { id: 'national-award', group: 'core', label: '国家级奖励', max: 2, source: S, kind: 'flag', input: 'facts.nationalAwards', points: 2 },
    {
      id: 'talents', group: 'bonus', label: '高层次人才', max: 9, source: S, kind: 'per-item', cap: 9,
      items: [{ input: 'facts.academicians', points: 5, label: '院士', perUnit: false }, { input: 'facts.nationalTalents', points: 3, label: '国家级人才', perUnit: false }, { input: 'facts.provincialLeaders', points: 1, label: '省领军人才', perUnit: false }],
    },
  ],
});

const baseFacts: Facts = {
  problemsSolved: fact(1),
  assignedTasks: fact(1),
  industryScale: fact(500_000),
  hasProjectRules: fact(true),
  hasFundRules: fact(true),
  hasConfidentialityRules: fact(false),
  hasCooperationRules: fact(false),
  nationalAwards: fact('国家科技进步二等奖'),
};

describe('group caps', () => {
  it('a group under its maximum keeps its sum', () => {
    const s = scoreRubric(SMALL, baseFacts, NO_METRICS);
    const service = s.groups.find((g) => g.id === 'service')!;
    expect(service).toMatchObject({ points: 3, range: [3, 3], capApplied: false, max: 5, bonus: false });
  });

  it('the sum of indicators above the group maximum is cut to it, capApplied true', () => {
    const s = scoreRubric(SMALL, { ...baseFacts, problemsSolved: fact(3), assignedTasks: fact(2) }, NO_METRICS); // 3 + 4 = 7 > 5
    const service = s.groups.find((g) => g.id === 'service')!;
    expect(service).toMatchObject({ points: 5, range: [5, 5], capApplied: true });
    expect(s.indicators.filter((i) => i.group === 'service').map((i) => i.points)).toEqual([3, 4]); // indicators keep their own points
    expect(s.points).toBe(5 + 3 + 0 + 2);
  });

  it('an open range whose upper end exceeds the group maximum is cut at the top only', () => {
    const r = rubric({
      total: 6,
      groups: [{ id: 'g', label: '组', max: 6 }],
      indicators: [
        { id: 'scale', group: 'g', label: '规模', max: 5, source: S, kind: 'tiers', input: 'facts.industryScale', unit: '万元', tiers: [atLeast(0, 5, '得5分')] },
        { id: 'q', group: 'g', label: '定性', max: 3, source: S, kind: 'qualitative', levels: [{ label: '好', points: 3 }, { label: '差', points: 0 }] },
      ],
    });
    const s = scoreRubric(r, { industryScale: fact(1) }, NO_METRICS);
    expect(s.groups[0]).toMatchObject({ points: 5, range: [5, 6], capApplied: true });
    expect(s.range).toEqual([5, 6]);
  });
});

describe('bonus', () => {
  it('bonus points are added on top of the total', () => {
    const s = scoreRubric(SMALL, { ...baseFacts, provincialLeaders: fact(2) }, NO_METRICS);
    expect(s.bonus).toBe(1);
    expect(s.points).toBe(3 + 3 + 0 + 2);
    expect(s.range).toEqual([8 + 1, 8 + 3 + 1]);
  });

  it('bonus points above the rubric bonusCap are cut to it', () => {
    const s = scoreRubric(SMALL, { ...baseFacts, academicians: fact(1), nationalTalents: fact(1) }, NO_METRICS); // 8 bonus points
    expect(s.groups.find((g) => g.id === 'bonus')).toMatchObject({ points: 8, capApplied: false });
    expect(s.bonus).toBe(5);
    expect(s.range).toEqual([8 + 5, 11 + 5]);
  });

  it('without a bonusCap the bonus group maximum still applies', () => {
    const noCap = rubric({ ...SMALL, bonusCap: undefined, groups: SMALL.groups.map((g) => (g.bonus ? { ...g, max: 6 } : g)) });
    const s = scoreRubric(noCap, { ...baseFacts, academicians: fact(1), nationalTalents: fact(1), provincialLeaders: fact(1) }, NO_METRICS); // 9 → 6
    expect(s.bonus).toBe(6);
    expect(s.groups.find((g) => g.id === 'bonus')?.capApplied).toBe(true);
  });

  it('max is the rubric total, bonus not included', () => {
    expect(scoreRubric(SMALL, baseFacts, NO_METRICS).max).toBe(15);
  });
});

describe('the total as a range', () => {
  it('open qualitative indicators make the total a range [minimum, maximum]', () => {
    const s = scoreRubric(SMALL, baseFacts, NO_METRICS);
    const q = s.indicators.find((i) => i.id === 'management-rules')!;
    expect(q).toMatchObject({ status: 'needs-review', range: [0, 3], suggested: '基本完善' });
    expect(s.points).toBe(3 + 3 + 2);
    expect(s.range).toEqual([8, 11]);
  });

  it('an unreadable input widens the range up to its indicator maximum', () => {
    const s = scoreRubric(SMALL, { ...baseFacts, industryScale: { value: null, status: 'unreadable', confidence: 0, evidence: [ev()] } }, NO_METRICS);
    expect(s.indicators.find((i) => i.id === 'industry-scale')).toMatchObject({ status: 'needs-review', range: [0, 5] });
    expect(s.range).toEqual([3 + 0 + 2, 3 + 5 + 3 + 2]);
  });

  it('missing inputs add nothing to either end', () => {
    const s = scoreRubric(SMALL, {}, NO_METRICS);
    expect(s.indicators.find((i) => i.id === 'industry-scale')).toMatchObject({ status: 'missing', range: [0, 0] });
    expect(s.range).toEqual([0, 3]); // only the qualitative indicator stays open
  });
});

describe('bands', () => {
  /** A 100-point rubric: `base` scores its input in points (0–90) and `review` stays open [0, openMax]. */
  const banded = (openMax: number) => {
    const indicators: IndicatorInput[] = [{ id: 'base', group: 'all', label: '基本得分', max: 100, source: S, kind: 'steps', input: 'facts.serviceBenefit', unit: '分', start: 0, startPoints: 0, step: 1, stepPoints: 1, cap: 100 }];
    if (openMax > 0) indicators.push({ id: 'review', group: 'all', label: '白皮书', max: openMax, source: S, kind: 'qualitative', levels: [{ label: '好', points: openMax }, { label: '无', points: 0 }] });
    return rubric({ total: 100, groups: [{ id: 'all', label: '全部', max: 100 }], indicators, bands: [{ min: 90, label: '优秀' }, { min: 60, label: '合格' }, { min: -1000, label: '不合格' }] });
  };
  const score = (points: number, openMax: number) => scoreRubric(banded(openMax), { serviceBenefit: fact(points) }, NO_METRICS);

  it.each([
    [59, '不合格'],
    [60, '合格'], // 60分以上为合格: inclusive
    [89, '合格'],
    [90, '优秀'], // 90分以上为优秀: inclusive
    [100, '优秀'],
    [0, '不合格'],
  ])('a computed total of %s → %s', (points, band) => {
    const s = score(points, 0);
    expect(s.range).toEqual([points, points]);
    expect(s.band).toBe(band);
    expect(s.bandRange).toEqual([band]);
  });

  it('a range inside one band names that band', () => {
    const s = score(70, 10);
    expect(s.range).toEqual([70, 80]);
    expect(s.band).toBe('合格');
    expect(s.bandRange).toEqual(['合格']);
  });

  it('a range across 60 has no band and spans both (lowest first)', () => {
    const s = score(55, 10);
    expect(s.range).toEqual([55, 65]);
    expect(s.band).toBeNull();
    expect(s.bandRange).toEqual(['不合格', '合格']);
  });

  it('a range across 90 has no band and spans 合格 and 优秀', () => {
    const s = score(85, 10);
    expect(s.band).toBeNull();
    expect(s.bandRange).toEqual(['合格', '优秀']);
  });

  it('a range ending exactly on a boundary reaches that band', () => {
    const s = score(50, 10);
    expect(s.range).toEqual([50, 60]);
    expect(s.bandRange).toEqual(['不合格', '合格']);
  });

  it('a range across three bands lists all three, the middle one included', () => {
    const s = score(50, 45);
    expect(s.range).toEqual([50, 95]);
    expect(s.band).toBeNull();
    expect(s.bandRange).toEqual(['不合格', '合格', '优秀']);
  });

  it('a rubric without bands has no band', () => {
    const s = scoreRubric(SMALL, baseFacts, NO_METRICS);
    expect(s.band).toBeNull();
    expect(s.bandRange).toEqual([]);
  });
});

describe('claimed scores', () => {
  it('a claim is matched to its indicator by label and shown beside the computed points', () => {
    const s = scoreRubric(SMALL, baseFacts, NO_METRICS, [claim('产业联盟所在行业经济规模', 3)]);
    const i = s.indicators.find((x) => x.id === 'industry-scale')!;
    expect(i).toMatchObject({ points: 3, claimed: 3, inflated: false });
    expect(i.evidence.at(-1)).toEqual(ev('产业联盟所在行业经济规模：3', 'self-evaluation.docx'));
    expect(s.inflation).toBe(0);
  });

  it('a claim is matched through claimedAs and despite a "(5分)" suffix', () => {
    const s = scoreRubric(SMALL, baseFacts, NO_METRICS, [claim('行业经济规模（5分）', 3)]);
    expect(s.indicators.find((x) => x.id === 'industry-scale')?.claimed).toBe(3);
  });

  it('a claim above the range maximum is inflated', () => {
    const s = scoreRubric(SMALL, baseFacts, NO_METRICS, [claim('产业联盟所在行业经济规模', 5)]);
    expect(s.indicators.find((x) => x.id === 'industry-scale')).toMatchObject({ points: 3, claimed: 5, inflated: true });
    expect(s.inflation).toBe(2);
  });

  it('a claim below the computed points is not inflated', () => {
    const s = scoreRubric(SMALL, baseFacts, NO_METRICS, [claim('产业联盟所在行业经济规模', 1)]);
    expect(s.indicators.find((x) => x.id === 'industry-scale')).toMatchObject({ claimed: 1, inflated: false });
    expect(s.inflation).toBe(0);
  });

  it('a claim within an open range (qualitative) is not inflated; above its top it is', () => {
    const ok = scoreRubric(SMALL, baseFacts, NO_METRICS, [claim('产业联盟管理制度建设', 3)]);
    expect(ok.indicators.find((x) => x.id === 'management-rules')).toMatchObject({ claimed: 3, inflated: false });
    const over = scoreRubric(SMALL, baseFacts, NO_METRICS, [claim('产业联盟管理制度建设', 4)]);
    expect(over.indicators.find((x) => x.id === 'management-rules')).toMatchObject({ claimed: 4, inflated: true });
    expect(over.inflation).toBe(1);
  });

  it('inflation adds up the excess of every inflated claim', () => {
    const s = scoreRubric({ ...SMALL }, { ...baseFacts, nationalAwards: fact('无') }, NO_METRICS, [
      claim('产业联盟所在行业经济规模', 5), // 3 computed: +2
      claim('国家级奖励', 2), // 0 computed: +2
      claim('解决行业技术难题', 4), // 1 computed: +3
      claim('产业联盟管理制度建设', 2), // open [0, 3]: +0
    ]);
    expect(s.indicators.filter((i) => i.inflated).map((i) => i.id).sort()).toEqual(['industry-scale', 'national-award', 'problems']);
    expect(s.inflation).toBe(7);
  });

  it('a claim whose label matches no indicator is not attached', () => {
    const s = scoreRubric(SMALL, baseFacts, NO_METRICS, [claim('完全无关的栏目', 9)]);
    expect(s.indicators.every((i) => i.claimed === undefined && i.inflated === undefined)).toBe(true);
    expect(s.inflation).toBe(0);
  });
});
