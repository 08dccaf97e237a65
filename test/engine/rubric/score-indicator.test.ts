/**
 * scoreIndicator for every indicator kind, at and around each boundary, with caps, unreadable and
 * low-confidence inputs (needs-review with an open range) and absent inputs (missing, [0, 0]).
 */
import { describe, expect, it } from 'vitest';
import type { ResolvedInput } from '../../../src/engine/rubric/inputs.js';
import { IndicatorSchema, type Indicator, type IndicatorInput } from '../../../src/engine/rubric/schema.js';
import { scoreIndicator } from '../../../src/engine/rubric/score-indicator.js';
import { above, atLeast, atMost, below, between } from '../../../src/engine/rubric/tiers.js';
import type { Evidence } from '../../../src/model/evidence.js';

const ev = (quote = '（测试）'): Evidence => ({ file: 'form.docx', ref: '/blocks/0', quote });

/** A found input (confidence 1 unless given). */
const found = (value: number | boolean, confidence = 1): ResolvedInput => ({ value, status: 'found', evidence: [ev(String(value))], confidence });
const absent: ResolvedInput = { value: null, status: 'absent', evidence: [], confidence: 1 };
const unreadable: ResolvedInput = { value: null, status: 'unreadable', evidence: [ev('（模糊）')], confidence: 0 };

/** Inputs by path; anything not listed is absent. */
const inputs =
  (values: Record<string, ResolvedInput | number | boolean>) =>
  (path: string): ResolvedInput => {
    const v = values[path];
    if (v === undefined) return absent;
    return typeof v === 'object' ? v : found(v);
  };

const ind = (i: IndicatorInput): Indicator => IndicatorSchema.parse(i);
const base = { group: 'g', source: '测试', label: '测试指标' };

// -------------------------------------------------------------------------------------------
// tiers

/** 000 附件2 产业联盟所在行业经济规模（5分）, in 万元. */
const industryScale = ind({
  ...base,
  id: 'industry-scale',
  max: 5,
  kind: 'tiers',
  input: 'facts.industryScale',
  unit: '万元',
  tiers: [atLeast(1_000_000, 5, '100亿元以上得5分'), between(100_000, 1_000_000, 3, '10-100亿元得3分'), atMost(100_000, 1, '10亿元以下得1分')],
});

describe('tiers', () => {
  it.each([
    [1, 1],
    [99_999.99, 1],
    [100_000, 3],
    [500_000, 3],
    [999_999.99, 3],
    [1_000_000, 5],
    [20_000_000, 5],
  ])('行业经济规模 %s万元 → %s分 (computed)', (v, points) => {
    const s = scoreIndicator(industryScale, inputs({ 'facts.industryScale': v }));
    expect(s).toMatchObject({ id: 'industry-scale', group: 'g', max: 5, points, range: [points, points], status: 'computed' });
    expect(s.trace.inputs).toEqual({ 'facts.industryScale': v });
    expect(s.trace.capApplied).toBeUndefined();
  });

  it('the trace names the tier and the value with its unit', () => {
    const s = scoreIndicator(industryScale, inputs({ 'facts.industryScale': 100_000 }));
    expect(s.trace.rule).toContain('10-100亿元得3分');
    expect(s.trace.rule).toContain('100000万元');
    expect(s.evidence).toEqual([ev('100000')]);
  });

  it('超过 excludes and 以下 includes the boundary (above / atMost)', () => {
    const over = ind({ ...base, id: 'equipment', max: 5, kind: 'tiers', input: 'metrics.equipmentValue', unit: '万元', tiers: [above(500, 5, '> 500得5分'), atMost(500, 0, '不超过500不得分')] });
    expect(scoreIndicator(over, inputs({ 'metrics.equipmentValue': 500 })).points).toBe(0);
    expect(scoreIndicator(over, inputs({ 'metrics.equipmentValue': 500.01 })).points).toBe(5);
  });

  it('低于 excludes the boundary (below / atLeast)', () => {
    const floor = ind({ ...base, id: 'rd-intensity', max: 15, kind: 'tiers', input: 'metrics.rdIntensity', unit: '%', tiers: [atLeast(2, 15, '≥ 2%得15分'), below(2, 0, '低于2%不得分')] });
    expect(scoreIndicator(floor, inputs({ 'metrics.rdIntensity': 1.99 })).points).toBe(0);
    expect(scoreIndicator(floor, inputs({ 'metrics.rdIntensity': 2 })).points).toBe(15);
  });

  it('a value in a gap gets the tier below and the trace says so', () => {
    const newMembers = ind({ ...base, id: 'new-members', max: 3, kind: 'tiers', input: 'metrics.newMembers', unit: '家', tiers: [atLeast(11, 3, '11家以上得3分'), between(6, 10, 2, '6-10家得2分'), between(1, 5, 1, '1-5家得1分'), below(1, 0, '未发展新成员不得分')] });
    const s = scoreIndicator(newMembers, inputs({ 'metrics.newMembers': 5.5 }));
    expect(s).toMatchObject({ points: 1, status: 'computed' });
    expect(s.trace.rule).toContain('空档');
    expect(scoreIndicator(newMembers, inputs({ 'metrics.newMembers': 5 })).trace.rule).not.toContain('空档');
  });

  it('a value below every tier scores 0', () => {
    const t = ind({ ...base, id: 't', max: 3, kind: 'tiers', input: 'facts.councilSize', unit: '人', tiers: [between(1, 5, 1, '1-5'), atLeast(6, 3, '6以上')] });
    expect(scoreIndicator(t, inputs({ 'facts.councilSize': 0 }))).toMatchObject({ points: 0, range: [0, 0], status: 'computed' });
  });

  it('an unreadable input → needs-review with range [0, max]', () => {
    const s = scoreIndicator(industryScale, inputs({ 'facts.industryScale': unreadable }));
    expect(s).toMatchObject({ points: 0, range: [0, 5], status: 'needs-review' });
    expect(s.evidence).toEqual(unreadable.evidence);
  });

  it('a low-confidence input (0.59) → needs-review with range [0, max], its value never counted', () => {
    expect(scoreIndicator(industryScale, inputs({ 'facts.industryScale': found(2_000_000, 0.59) }))).toMatchObject({ points: 0, range: [0, 5], status: 'needs-review' });
  });

  it('confidence exactly 0.6 is good enough', () => {
    expect(scoreIndicator(industryScale, inputs({ 'facts.industryScale': found(2_000_000, 0.6) }))).toMatchObject({ points: 5, status: 'computed' });
  });

  it('an absent input → missing with [0, 0]', () => {
    expect(scoreIndicator(industryScale, inputs({}))).toMatchObject({ points: 0, range: [0, 0], status: 'missing' });
  });

  it('a boolean where a number is expected counts as missing', () => {
    expect(scoreIndicator(industryScale, inputs({ 'facts.industryScale': true })).status).toBe('missing');
  });
});

// -------------------------------------------------------------------------------------------
// per-item

/** 000 附件2 近3年获专利等知识产权数量（10分）: 发明5、实用新型2、其他1，累计不超过10分. */
const ip = ind({
  ...base,
  id: 'ip',
  max: 10,
  kind: 'per-item',
  cap: 10,
  items: [
    { input: 'metrics.inventionPatents', points: 5, label: '发明专利' },
    { input: 'metrics.utilityPatents', points: 2, label: '实用新型专利' },
    { input: 'metrics.otherIp', points: 1, label: '其他知识产权' },
  ],
});

/** 000 附件2 高层次人才 (the packs' reading: each kind once, added up). */
const talents = ind({
  ...base,
  id: 'talents',
  max: 9,
  kind: 'per-item',
  cap: 9,
  items: [
    { input: 'facts.academicians', points: 5, label: '院士', perUnit: false },
    { input: 'facts.nationalTalents', points: 3, label: '国家级人才', perUnit: false },
    { input: 'facts.provincialLeaders', points: 1, label: '省领军人才', perUnit: false },
  ],
});

/** 003 8. 开展标准化工作（10分）: 主持5、参与2、进入实审的发明专利每2件1分. */
const standards = ind({
  ...base,
  id: 'standards',
  max: 10,
  kind: 'per-item',
  cap: 10,
  items: [
    { input: 'metrics.leadStandards', points: 5, label: '主持制定标准' },
    { input: 'metrics.joinStandards', points: 2, label: '参与制定标准' },
    { input: 'metrics.inventionExam', points: 1, every: 2, label: '进入实审的发明专利（每2件）' },
  ],
});

describe('per-item', () => {
  it.each([
    [{ 'metrics.utilityPatents': 1 }, 2],
    [{ 'metrics.inventionPatents': 1, 'metrics.utilityPatents': 2, 'metrics.otherIp': 0 }, 9],
    [{ 'metrics.inventionPatents': 1, 'metrics.utilityPatents': 2, 'metrics.otherIp': 1 }, 10],
    [{ 'metrics.inventionPatents': 0, 'metrics.utilityPatents': 0, 'metrics.otherIp': 0 }, 0],
  ])('知识产权 %o → %s分', (values, points) => {
    const s = scoreIndicator(ip, inputs(values));
    expect(s).toMatchObject({ points, range: [points, points], status: 'computed' });
    expect(s.trace.capApplied).toBeUndefined();
  });

  it('above the cap: cut to the cap, capApplied in the trace', () => {
    const s = scoreIndicator(ip, inputs({ 'metrics.inventionPatents': 2, 'metrics.utilityPatents': 1 }));
    expect(s).toMatchObject({ points: 10, range: [10, 10], status: 'computed' });
    expect(s.trace.capApplied).toBe(10);
    expect(s.trace.rule).toContain('封顶 10');
  });

  it('a cap below the maximum (002 附件3 "20分 … 累计不超过10分") cuts at the cap', () => {
    const flawed = ind({ ...base, id: 'ip20', max: 20, kind: 'per-item', cap: 10, items: [{ input: 'metrics.inventionGranted', points: 5, label: '发明专利授权' }] });
    const s = scoreIndicator(flawed, inputs({ 'metrics.inventionGranted': 3 }));
    expect(s).toMatchObject({ points: 10, range: [10, 10], max: 20 });
    expect(s.trace.capApplied).toBe(10);
  });

  it('the trace lists the inputs it saw', () => {
    const s = scoreIndicator(ip, inputs({ 'metrics.inventionPatents': 1 }));
    expect(s.trace.inputs).toEqual({ 'metrics.inventionPatents': 1, 'metrics.utilityPatents': null, 'metrics.otherIp': null });
  });

  it('booleans count as 0 / 1', () => {
    const flagItems = ind({ ...base, id: 'org', max: 7, kind: 'per-item', cap: 7, items: [{ input: 'facts.fullTimeStaffMentioned', points: 2, label: '专职人员' }, { input: 'metrics.sharingPlatforms', points: 3, label: '交流平台' }] });
    expect(scoreIndicator(flagItems, inputs({ 'facts.fullTimeStaffMentioned': true, 'metrics.sharingPlatforms': false })).points).toBe(2);
  });

  describe('perUnit: false (once when the count is above zero)', () => {
    it.each([
      [{ 'facts.academicians': 1 }, 5],
      [{ 'facts.academicians': 3 }, 5],
      [{ 'facts.nationalTalents': 4, 'facts.provincialLeaders': 7 }, 4],
      [{ 'facts.academicians': 2, 'facts.nationalTalents': 2, 'facts.provincialLeaders': 2 }, 9],
      [{ 'facts.academicians': 0, 'facts.nationalTalents': 0, 'facts.provincialLeaders': 0 }, 0],
    ])('%o → %s分', (values, points) => {
      expect(scoreIndicator(talents, inputs(values))).toMatchObject({ points, status: 'computed' });
    });
  });

  describe('every (每2件计1分)', () => {
    it.each([
      [0, 0],
      [1, 0],
      [2, 1],
      [3, 1],
      [4, 2],
      [7, 3],
    ])('%s件进入实审的发明专利 → %s分', (n, points) => {
      expect(scoreIndicator(standards, inputs({ 'metrics.inventionExam': n })).points).toBe(points);
    });

    it('adds up with the other items and is capped', () => {
      const s = scoreIndicator(standards, inputs({ 'metrics.leadStandards': 1, 'metrics.joinStandards': 2, 'metrics.inventionExam': 5 }));
      expect(s.points).toBe(10); // 5 + 4 + 2 = 11 → 10
      expect(s.trace.capApplied).toBe(10);
    });
  });

  it('fractional points per item (外观专利 0.5分) are kept to two decimals', () => {
    const apps = ind({ ...base, id: 'apps', max: 5, kind: 'per-item', cap: 5, items: [{ input: 'metrics.patentAppsDesign', points: 0.5, label: '外观专利' }] });
    expect(scoreIndicator(apps, inputs({ 'metrics.patentAppsDesign': 3 })).points).toBe(1.5);
  });

  it('no item found → missing with [0, 0]', () => {
    expect(scoreIndicator(ip, inputs({}))).toMatchObject({ points: 0, range: [0, 0], status: 'missing' });
  });

  it('an unreadable item → needs-review, range from the readable items up to the cap', () => {
    const s = scoreIndicator(ip, inputs({ 'metrics.inventionPatents': unreadable, 'metrics.utilityPatents': 1 }));
    expect(s).toMatchObject({ points: 2, range: [2, 10], status: 'needs-review' });
  });

  it('a single unreadable item → needs-review with range [0, max]', () => {
    expect(scoreIndicator(ip, inputs({ 'metrics.inventionPatents': unreadable }))).toMatchObject({ points: 0, range: [0, 10], status: 'needs-review' });
  });

  it('a low-confidence (0.4) item → needs-review; its value is not counted in the guaranteed points', () => {
    // 2 invention patents read with confidence 0.4 must not give 10 sure points.
    const s = scoreIndicator(ip, inputs({ 'metrics.inventionPatents': found(2, 0.4) }));
    expect(s.status).toBe('needs-review');
    expect(s.range).toEqual([0, 10]);
    expect(s.points).toBe(0);
  });
});

// -------------------------------------------------------------------------------------------
// steps

/** 000 附件2 年经济效益（8分）: 达到500万元得1分，每增长500万元加1分，累计不超过8分. */
const serviceBenefit = ind({ ...base, id: 'service-benefit', max: 8, kind: 'steps', input: 'facts.serviceBenefit', unit: '万元', start: 500, startPoints: 1, step: 500, stepPoints: 1, cap: 8 });

/** 002 附件1 研发经费支出占主营业务收入的比重（10分）: 达到2%得1分，每增加0.5%加1分. */
const rdIntensity = ind({ ...base, id: 'rd-intensity', max: 10, kind: 'steps', input: 'metrics.rdIntensity', unit: '%', start: 2, startPoints: 1, step: 0.5, stepPoints: 1, cap: 10 });

describe('steps', () => {
  it.each([
    [0, 0],
    [499.99, 0],
    [500, 1],
    [999, 1],
    [999.99, 1],
    [1000, 2],
    [1499, 2],
    [1500, 3],
    [3999, 7],
    [4000, 8],
  ])('年经济效益 %s万元 → %s分', (v, points) => {
    const s = scoreIndicator(serviceBenefit, inputs({ 'facts.serviceBenefit': v }));
    expect(s).toMatchObject({ points, range: [points, points], status: 'computed' });
    expect(s.trace.capApplied).toBeUndefined();
  });

  it.each([4500, 10_000, 1_000_000])('%s万元 is capped at 8 with capApplied', (v) => {
    const s = scoreIndicator(serviceBenefit, inputs({ 'facts.serviceBenefit': v }));
    expect(s.points).toBe(8);
    expect(s.trace.capApplied).toBe(8);
    expect(s.trace.rule).toContain('封顶 8');
  });

  it.each([
    [1.99, 0],
    [2, 1],
    [2.49, 1],
    [2.5, 2],
    [3.3, 3],
    [6.5, 10],
    [7, 10],
  ])('研发投入强度 %s 个百分点 → %s分 (fractional steps)', (v, points) => {
    expect(scoreIndicator(rdIntensity, inputs({ 'metrics.rdIntensity': v })).points).toBe(points);
  });

  it('startPoints and stepPoints other than 1 (000 附件3: 达到500万元得4分，每增长500万元加2分，不超过12分)', () => {
    const s3 = ind({ ...base, id: 'sb', max: 12, kind: 'steps', input: 'facts.serviceBenefit', unit: '万元', start: 500, startPoints: 4, step: 500, stepPoints: 2, cap: 12 });
    expect(scoreIndicator(s3, inputs({ 'facts.serviceBenefit': 499 })).points).toBe(0);
    expect(scoreIndicator(s3, inputs({ 'facts.serviceBenefit': 500 })).points).toBe(4);
    expect(scoreIndicator(s3, inputs({ 'facts.serviceBenefit': 1000 })).points).toBe(6);
    expect(scoreIndicator(s3, inputs({ 'facts.serviceBenefit': 2500 })).points).toBe(12);
    expect(scoreIndicator(s3, inputs({ 'facts.serviceBenefit': 3000 })).trace.capApplied).toBe(12);
  });

  it('unreadable → needs-review [0, max]; low confidence likewise; absent → missing [0, 0]', () => {
    expect(scoreIndicator(serviceBenefit, inputs({ 'facts.serviceBenefit': unreadable }))).toMatchObject({ points: 0, range: [0, 8], status: 'needs-review' });
    expect(scoreIndicator(serviceBenefit, inputs({ 'facts.serviceBenefit': found(4000, 0.3) }))).toMatchObject({ points: 0, range: [0, 8], status: 'needs-review' });
    expect(scoreIndicator(serviceBenefit, inputs({}))).toMatchObject({ points: 0, range: [0, 0], status: 'missing' });
  });
});

// -------------------------------------------------------------------------------------------
// flag

const nationalAward = ind({ ...base, id: 'national-award', max: 4, kind: 'flag', input: 'facts.nationalAwards', points: 4 });

describe('flag', () => {
  it.each([
    [true, 4],
    [1, 4],
    [false, 0],
    [0, 0],
  ])('%s → %s分', (v, points) => {
    expect(scoreIndicator(nationalAward, inputs({ 'facts.nationalAwards': v }))).toMatchObject({ points, range: [points, points], status: 'computed' });
  });

  it('an absent input gives no points', () => {
    expect(scoreIndicator(nationalAward, inputs({}))).toMatchObject({ points: 0, range: [0, 0] });
  });

  it('unreadable or low confidence → needs-review [0, points]', () => {
    expect(scoreIndicator(nationalAward, inputs({ 'facts.nationalAwards': unreadable }))).toMatchObject({ points: 0, range: [0, 4], status: 'needs-review' });
    expect(scoreIndicator(nationalAward, inputs({ 'facts.nationalAwards': found(true, 0.5) }))).toMatchObject({ points: 0, range: [0, 4], status: 'needs-review' });
  });
});

// -------------------------------------------------------------------------------------------
// qualitative

const RULES = [
  { input: 'facts.hasProjectRules', label: '项目管理' },
  { input: 'facts.hasFundRules', label: '经费管理' },
  { input: 'facts.hasConfidentialityRules', label: '保密' },
  { input: 'facts.hasCooperationRules', label: '产学研合作' },
];
const GOOD = [
  { label: '很完善', points: 3 },
  { label: '比较完善', points: 2 },
  { label: '基本完善', points: 1 },
  { label: '不完善', points: 0 },
];
/** 000 附件2 产业联盟管理制度建设（3分）. */
const managementRules = ind({ ...base, id: 'management-rules', max: 3, kind: 'qualitative', levels: GOOD, signals: RULES });

/** 000 附件2 对产业联盟所在行业（产业链）重要性（10分）: 十分重要得7-10分 … 不重要不得分. */
const importance = ind({
  ...base,
  id: 'industry-importance',
  max: 10,
  kind: 'qualitative',
  levels: [
    { label: '十分重要', points: 7, upTo: 10 },
    { label: '比较重要', points: 4, upTo: 6 },
    { label: '一般重要', points: 1, upTo: 3 },
    { label: '不重要', points: 0 },
  ],
});

const rules = (...present: boolean[]) => Object.fromEntries(RULES.map((s, i) => [s.input, present[i] ?? false]));

describe('qualitative', () => {
  it.each([
    [[true, true, true, true], '很完善'],
    [[true, true, true, false], '比较完善'],
    [[true, false, true, false], '基本完善'],
    [[false, false, false, false], '不完善'],
  ])('signals %o → suggested %s, never scored', (present, suggested) => {
    const s = scoreIndicator(managementRules, inputs(rules(...present)));
    expect(s).toMatchObject({ status: 'needs-review', suggested, points: 0, range: [0, 3] });
  });

  it('the trace names the signals found', () => {
    const s = scoreIndicator(managementRules, inputs(rules(true, false, true, false)));
    expect(s.trace.rule).toContain('2/4');
    expect(s.trace.rule).toContain('项目管理');
    expect(s.trace.rule).toContain('保密');
    expect(s.trace.rule).toContain('不自动计分');
    expect(s.trace.inputs).toEqual({ 项目管理: true, 经费管理: false, 保密: true, 产学研合作: false });
    expect(s.evidence).toHaveLength(2);
  });

  it('all signals present still does not score: points stay at the lowest level', () => {
    const s = scoreIndicator(managementRules, inputs(rules(true, true, true, true)));
    expect(s.points).toBe(0);
    expect(s.range).toEqual([0, 3]);
  });

  it('levels given as ranges ("十分重要得7-10分"): the range reaches the top of the highest level', () => {
    const s = scoreIndicator(importance, inputs({}));
    expect(s).toMatchObject({ status: 'needs-review', points: 0, range: [0, 10] });
    expect(s.trace.rule).toContain('需评审专家判断');
  });

  it('a level range whose lowest level is not 0 starts the range there', () => {
    const q = ind({ ...base, id: 'q', max: 10, kind: 'qualitative', levels: [{ label: '优', points: 8, upTo: 10 }, { label: '良', points: 5, upTo: 7 }] });
    expect(scoreIndicator(q, inputs({}))).toMatchObject({ points: 5, range: [5, 10] });
  });

  it('a signal from a count or a present object counts as found', () => {
    const q = ind({ ...base, id: 'org', max: 3, kind: 'qualitative', levels: GOOD, signals: [{ input: 'facts.bodies', label: '机构' }, { input: 'facts.expertCommitteeSize', label: '专家委员会' }] });
    expect(scoreIndicator(q, inputs({ 'facts.bodies': true, 'facts.expertCommitteeSize': 9 })).suggested).toBe('很完善');
    expect(scoreIndicator(q, inputs({ 'facts.bodies': true, 'facts.expertCommitteeSize': 0 })).suggested).not.toBe('很完善');
  });

  it('levels out of order are sorted by points', () => {
    const q = ind({ ...base, id: 'q', max: 3, kind: 'qualitative', levels: [{ label: '不完善', points: 0 }, { label: '很完善', points: 3 }], signals: [{ input: 'facts.hasFundRules', label: '经费' }] });
    expect(scoreIndicator(q, inputs({ 'facts.hasFundRules': true })).suggested).toBe('很完善');
    expect(scoreIndicator(q, inputs({ 'facts.hasFundRules': false })).suggested).toBe('不完善');
  });
});
