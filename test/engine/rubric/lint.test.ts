/**
 * lintRubric: the problems `packs lint` reports, and flaws a pack documents (RULES.md rule 6).
 */
import { describe, expect, it } from 'vitest';
import { MetricSchema, type Metric } from '../../../src/engine/rubric/inputs.js';
import { lintRubric } from '../../../src/engine/rubric/lint.js';
import { RubricSchema, type IndicatorInput, type Rubric, type RubricInput } from '../../../src/engine/rubric/schema.js';
import { above, atLeast, atMost, below, between } from '../../../src/engine/rubric/tiers.js';

const S = '000 附件2';
const METRICS: Metric[] = [MetricSchema.parse({ id: 'inventionPatents', label: '发明专利（件）', labels: ['近3年获专利等知识产权数量'], after: ['发明专利'] })];

/** A clean 10-point rubric: tiers (5) + per-item (3) + qualitative (2), bonus flag (4). */
const CLEAN: RubricInput = {
  total: 10,
  groups: [
    { id: 'core', label: '基本情况', max: 10 },
    { id: 'bonus', label: '加分项', max: 4, bonus: true },
  ],
  indicators: [
    { id: 'scale', group: 'core', label: '行业经济规模', max: 5, source: S, kind: 'tiers', input: 'facts.industryScale', unit: '万元', tiers: [atLeast(1_000_000, 5, '100亿元以上得5分'), between(100_000, 1_000_000, 3, '10-100亿元得3分'), atMost(100_000, 1, '10亿元以下得1分')] },
    { id: 'ip', group: 'core', label: '知识产权', max: 3, source: S, kind: 'per-item', cap: 3, items: [{ input: 'metrics.inventionPatents', points: 1, label: '发明专利' }] },
    { id: 'rules', group: 'core', label: '管理制度', max: 2, source: S, kind: 'qualitative', levels: [{ label: '完善', points: 2 }, { label: '不完善', points: 0 }], signals: [{ input: 'facts.hasFundRules', label: '经费管理' }] },
    { id: 'award', group: 'bonus', label: '国家级奖励', max: 4, source: S, kind: 'flag', input: 'facts.nationalAwards', points: 4 },
  ],
};

const rubric = (r: RubricInput): Rubric => RubricSchema.parse(r);
/** CLEAN with one indicator replaced (same id) or added. */
const withIndicator = (ind: IndicatorInput, extra: Partial<RubricInput> = {}): Rubric =>
  rubric({ ...CLEAN, indicators: [...CLEAN.indicators.filter((i) => i.id !== ind.id), ind], ...extra });
type TiersInput = Extract<IndicatorInput, { kind: 'tiers' }>['tiers'];
const tiersOf = (tiers: TiersInput): IndicatorInput => ({ id: 'scale', group: 'core', label: '行业经济规模', max: 5, source: S, kind: 'tiers', input: 'facts.industryScale', unit: '万元', tiers });

describe('lintRubric', () => {
  it('a clean rubric has no findings', () => {
    expect(lintRubric(rubric(CLEAN), METRICS)).toEqual([]);
  });

  it('an overlap at a boundary that goes to the higher tier is not a finding (10-100亿 / 100亿以上)', () => {
    expect(lintRubric(rubric(CLEAN), METRICS).filter((f) => f.indicator === 'scale')).toEqual([]);
  });

  describe('tiers', () => {
    it('reports a gap between tiers', () => {
      const findings = lintRubric(withIndicator(tiersOf([between(1, 5, 1, '1-5家得1分'), between(6, 10, 3, '6-10家得3分'), atLeast(11, 5, '11家以上得5分')])), METRICS);
      expect(findings).toHaveLength(2);
      expect(findings.every((f) => f.indicator === 'scale' && !f.documented)).toBe(true);
      expect(findings[0].problem).toContain('空档');
      expect(findings[0].problem).toContain('5–6');
      expect(findings[1].problem).toContain('10–11');
    });

    it('reports an overlap wider than a boundary point', () => {
      const findings = lintRubric(withIndicator(tiersOf([between(0, 50, 1, '0-50得1分'), between(40, 100, 3, '40-100得3分'), above(100, 5, '超过100得5分')])), METRICS);
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({ indicator: 'scale', documented: false });
      expect(findings[0].problem).toContain('重叠');
      expect(findings[0].problem).toContain('40–50');
    });

    it('reports a lower tier without an upper bound followed by another tier', () => {
      const findings = lintRubric(withIndicator(tiersOf([atLeast(0, 1, '0以上得1分'), atLeast(100, 5, '100以上得5分')])), METRICS);
      expect(findings).toHaveLength(1);
      expect(findings[0].problem).toContain('重叠');
    });

    it('reports a boundary shared by two tiers where the lower tier would get more points', () => {
      const findings = lintRubric(withIndicator(tiersOf([between(0, 100, 5, '0-100得5分'), atLeast(100, 1, '100以上得1分')])), METRICS);
      expect(findings).toHaveLength(1);
      expect(findings[0].problem).toContain('同属两档');
    });

    it('a boundary handed over exactly (低于N / N以上, N以下 / 超过N) is no finding', () => {
      expect(lintRubric(withIndicator(tiersOf([below(10, 1, '低于10'), atLeast(10, 5, '10以上')])), METRICS)).toEqual([]);
      expect(lintRubric(withIndicator(tiersOf([atMost(10, 1, '10以下'), above(10, 5, '超过10')])), METRICS)).toEqual([]);
    });

    it('reports the one-point gap when both tiers exclude the boundary (低于10 / 超过10)', () => {
      const findings = lintRubric(withIndicator(tiersOf([below(10, 1, '低于10得1分'), above(10, 5, '超过10得5分')])), METRICS);
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({ indicator: 'scale', documented: false });
      expect(findings[0].problem).toContain('空档');
    });
  });

  describe('caps and sums', () => {
    it('reports a per-item cap that differs from the maximum', () => {
      const findings = lintRubric(withIndicator({ id: 'ip', group: 'core', label: '知识产权', max: 3, source: S, kind: 'per-item', cap: 2, items: [{ input: 'metrics.inventionPatents', points: 1, label: '发明专利' }] }), METRICS);
      expect(findings).toEqual([{ indicator: 'ip', problem: expect.stringContaining('累计上限 2 分与分值 3 分不一致'), documented: false }]);
    });

    it('reports a steps cap that differs from the maximum', () => {
      const findings = lintRubric(withIndicator({ id: 'ip', group: 'core', label: '年经济效益', max: 3, source: S, kind: 'steps', input: 'facts.serviceBenefit', unit: '万元', start: 500, startPoints: 1, step: 500, stepPoints: 1, cap: 8 }), METRICS);
      expect(findings).toEqual([{ indicator: 'ip', problem: expect.stringContaining('累计上限 8 分与分值 3 分不一致'), documented: false }]);
    });

    it('reports a qualitative top level that differs from the maximum (upTo counts)', () => {
      const q = (levels: { label: string; points: number; upTo?: number }[]): IndicatorInput => ({ id: 'rules', group: 'core', label: '管理制度', max: 2, source: S, kind: 'qualitative', levels });
      expect(lintRubric(withIndicator(q([{ label: '完善', points: 3 }, { label: '不完善', points: 0 }])), METRICS)).toEqual([{ indicator: 'rules', problem: expect.stringContaining('最高档 3 分'), documented: false }]);
      expect(lintRubric(withIndicator(q([{ label: '完善', points: 1, upTo: 2 }, { label: '不完善', points: 0 }])), METRICS)).toEqual([]);
    });

    it('reports a group whose indicator maxima do not add up to its maximum', () => {
      const r = rubric({ ...CLEAN, total: 12, groups: [{ id: 'core', label: '基本情况', max: 12 }, { id: 'bonus', label: '加分项', max: 4, bonus: true }] });
      expect(lintRubric(r, METRICS)).toEqual([{ indicator: 'core', problem: expect.stringContaining('组内指标分值合计 10 分，与组分值 12 分不一致'), documented: false }]);
    });

    it('reports group maxima that do not add up to the total (bonus groups excluded)', () => {
      const r = rubric({ ...CLEAN, total: 100 });
      expect(lintRubric(r, METRICS)).toEqual([{ indicator: 'total', problem: expect.stringContaining('各组分值合计 10 分，与总分 100 分不一致'), documented: false }]);
    });

    it('reports an indicator in a group that does not exist', () => {
      const findings = lintRubric(withIndicator({ ...CLEAN.indicators[0], group: 'nowhere' } as IndicatorInput), METRICS);
      expect(findings.map((f) => f.indicator)).toContain('scale');
      expect(findings.find((f) => f.indicator === 'scale')?.problem).toContain('nowhere');
    });

    it('reports an indicator without a source', () => {
      const findings = lintRubric(withIndicator({ ...CLEAN.indicators[0], source: '  ' } as IndicatorInput), METRICS);
      expect(findings).toEqual([{ indicator: 'scale', problem: '未注明来源', documented: false }]);
    });
  });

  describe('inputs', () => {
    it.each([
      ['a fact field that does not exist', 'facts.industrySize'],
      ['a metric that is not declared', 'metrics.utilityPatents'],
      ['an unknown namespace', 'fact.industryScale'],
      ['no namespace', 'industryScale'],
    ])('reports %s (%s)', (_what, input) => {
      const findings = lintRubric(withIndicator({ ...(CLEAN.indicators[0] as Extract<IndicatorInput, { kind: 'tiers' }>), input }), METRICS);
      expect(findings).toEqual([{ indicator: 'scale', problem: expect.stringContaining(input), documented: false }]);
    });

    it('checks the inputs of every item and every signal', () => {
      const findings = lintRubric(
        rubric({
          ...CLEAN,
          indicators: [
            CLEAN.indicators[0],
            { id: 'ip', group: 'core', label: '知识产权', max: 3, source: S, kind: 'per-item', cap: 3, items: [{ input: 'metrics.inventionPatents', points: 1, label: '发明专利' }, { input: 'metrics.nope', points: 1, label: '未声明' }] },
            { id: 'rules', group: 'core', label: '管理制度', max: 2, source: S, kind: 'qualitative', levels: [{ label: '完善', points: 2 }, { label: '不完善', points: 0 }], signals: [{ input: 'facts.hasFundRulez', label: '经费管理' }] },
            CLEAN.indicators[3],
          ],
        }),
        METRICS,
      );
      expect(findings.map((f) => [f.indicator, f.problem.includes('metrics.nope') || f.problem.includes('facts.hasFundRulez')])).toEqual([
        ['ip', true],
        ['rules', true],
      ]);
    });

    it('an existing fact field and a declared metric are accepted', () => {
      expect(lintRubric(rubric(CLEAN), METRICS).some((f) => f.problem.includes('输入'))).toBe(false);
      expect(lintRubric(rubric(CLEAN), []).map((f) => f.indicator)).toEqual(['ip']); // without the declaration the metric is unknown
    });
  });

  describe('documented flaws', () => {
    it('a problem the pack documents comes back documented, with the reading', () => {
      const r = withIndicator(
        { id: 'ip', group: 'core', label: '知识产权', max: 3, source: S, kind: 'per-item', cap: 2, items: [{ input: 'metrics.inventionPatents', points: 1, label: '发明专利' }] },
        { flaws: [{ indicator: 'ip', flaw: '分值3分但累计不超过2分', reading: '按2分封顶' }] },
      );
      expect(lintRubric(r, METRICS)).toEqual([{ indicator: 'ip', problem: expect.stringContaining('累计上限 2 分'), documented: true, reading: '按2分封顶' }]);
    });

    it('every problem of a documented indicator is documented (both gaps)', () => {
      const r = withIndicator(tiersOf([between(1, 5, 1, '1-5'), between(6, 10, 3, '6-10'), atLeast(11, 5, '11以上')]), { flaws: [{ indicator: 'scale', flaw: '整数分档', reading: '空档按较低档' }] });
      const findings = lintRubric(r, METRICS);
      expect(findings).toHaveLength(2);
      expect(findings.every((f) => f.documented && f.reading === '空档按较低档')).toBe(true);
    });

    it('a documented flaw lint cannot detect itself is listed with its own wording', () => {
      const r = rubric({ ...CLEAN, flaws: [{ indicator: 'award', flaw: '未说明是否按项累计', reading: '有即得4分' }] });
      expect(lintRubric(r, METRICS)).toEqual([{ indicator: 'award', problem: '未说明是否按项累计', documented: true, reading: '有即得4分' }]);
    });

    it('a flaw of a group or of the total documents those findings', () => {
      const r = rubric({ ...CLEAN, total: 100, flaws: [{ indicator: 'total', flaw: '总分不是100', reading: '按各组之和' }] });
      expect(lintRubric(r, METRICS)).toEqual([{ indicator: 'total', problem: expect.stringContaining('与总分 100 分不一致'), documented: true, reading: '按各组之和' }]);
    });

    it('a flaw documented for one indicator does not cover another', () => {
      const r = withIndicator(
        { id: 'ip', group: 'core', label: '知识产权', max: 3, source: S, kind: 'per-item', cap: 2, items: [{ input: 'metrics.inventionPatents', points: 1, label: '发明专利' }] },
        { flaws: [{ indicator: 'scale', flaw: '无关', reading: '无关' }] },
      );
      const findings = lintRubric(r, METRICS);
      expect(findings.find((f) => f.indicator === 'ip')).toMatchObject({ documented: false });
      expect(findings.find((f) => f.indicator === 'scale')).toMatchObject({ documented: true, problem: '无关' });
    });
  });
});
