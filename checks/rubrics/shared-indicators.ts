import type { IndicatorInput } from '../../src/engine/rubric/schema.js';
import { atLeast, atMost, between } from '../../src/engine/rubric/tiers.js';

/** 很完善 / 比较完善 / 基本完善 / 不完善 with the top level worth `top` (scaled as the sources scale them). */
export function completeness(top: 3 | 5 | 9): { label: string; points: number }[] {
  const points = { 3: [3, 2, 1, 0], 5: [5, 3, 1, 0], 9: [9, 6, 3, 0] }[top];
  return ['很完善', '比较完善', '基本完善', '不完善'].map((label, i) => ({ label, points: points[i] }));
}

/** Signals for the 管理制度建设 indicators: which of 项目、经费、保密、产学研合作 rules were found. */
export const RULE_SIGNALS = [
  { input: 'facts.hasProjectRules', label: '项目管理' },
  { input: 'facts.hasFundRules', label: '经费管理' },
  { input: 'facts.hasConfidentialityRules', label: '保密' },
  { input: 'facts.hasCooperationRules', label: '产学研合作' },
];

/** 本年度科技研发投入 (6 points, 万元), as in seed 000 附件2 and 002 附件2. */
export function rdThisYear(id: string, group: string, source: string, input: string): IndicatorInput {
  return {
    id, group, label: '本年度科技研发投入', max: 6, source, kind: 'tiers', input, unit: '万元',
    tiers: [atLeast(800, 6, '800万以上得6分'), between(700, 800, 5, '700-800万得5分'), between(600, 700, 4, '600-700万得4分'), between(500, 600, 3, '500-600万得3分'), between(400, 500, 2, '400-500万得2分'), between(300, 400, 1, '300-400万得1分'), atMost(300, 0, '300万以下得0分')],
  };
}

/** 高层次人才 (院士5、国家级人才3、省领军人才1): each kind counts once, added up, capped at `cap`. */
export function talents(id: string, group: string, source: string, cap: number, inputs: [string, string, string]): IndicatorInput {
  return {
    id, group, label: '高层次人才', max: cap, source, kind: 'per-item', cap,
    items: [{ input: inputs[0], points: 5, label: '院士（含外聘）', perUnit: false }, { input: inputs[1], points: 3, label: '国家级人才', perUnit: false }, { input: inputs[2], points: 1, label: '省领军人才', perUnit: false }],
  };
}

/** 近三年累计科技研发投入 (3 points, 万元), as in seed 000 附件2 and 002 附件2. */
export function rdThreeYears(id: string, group: string, source: string, input: string): IndicatorInput {
  return {
    id, group, label: '近三年累计科技研发投入', max: 3, source, kind: 'tiers', input, unit: '万元',
    tiers: [atLeast(1600, 3, '1600万以上得3分'), between(1300, 1600, 2, '1300-1600万得2分'), between(1000, 1300, 1, '1000-1300万得1分'), atMost(1000, 0, '1000万以下得0分')],
  };
}
