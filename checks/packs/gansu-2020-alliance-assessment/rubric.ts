import type { RubricInput } from '../../../src/engine/rubric/schema.js';
import { atLeast, atMost, between } from '../../../src/engine/rubric/tiers.js';
import { completeness, RULE_SIGNALS, talents } from '../../rubrics/shared-indicators.js';
import { citeText } from '../notices.js';

const S = citeText('gansu-2020-60', '附件3《甘肃省产业技术创新产业联盟考核指标体系》');

/** 甘肃省产业技术创新产业联盟考核指标体系 (seed 000 附件3): 100 points + bonus. Amounts in 万元. */
export const GANSU_ASSESSMENT_RUBRIC: RubricInput = {
  total: 100,
  groups: [
    { id: 'mechanism', label: '产业联盟运行机制', max: 15 },
    { id: 'rd', label: '产业联盟牵头单位科研投入', max: 22 },
    { id: 'innovation', label: '产业联盟牵头单位创新能力', max: 34 },
    { id: 'service', label: '产业联盟服务能力', max: 29 },
    { id: 'bonus', label: '加分项', max: 25, bonus: true },
  ],
  indicators: [
    { id: 'management-rules', group: 'mechanism', label: '产业联盟管理制度建设', max: 9, source: S, kind: 'qualitative', levels: completeness(9), signals: RULE_SIGNALS },
    { id: 'long-term-goals', group: 'mechanism', label: '产业联盟中长期发展目标', max: 6, source: S, kind: 'qualitative', levels: [{ label: '良好', points: 6 }, { label: '比较良好', points: 4 }, { label: '基本完成', points: 2 }, { label: '未完成', points: 0 }], signals: [{ input: 'facts.operatingMechanism', label: '运行机制与中长期目标' }] },
    { id: 'rd-three-years', group: 'rd', label: '近三年累计科技研发投入', max: 22, source: S, kind: 'tiers', input: 'facts.leadRdThreeYears', unit: '万元', tiers: [atLeast(1600, 22, '1600万元以上得22分'), between(1300, 1600, 16, '1300-1600万元得16分'), between(1000, 1300, 10, '1000-1300万元得10分'), atMost(1000, 0, '1000万元以下得0分')] },
    { id: 'projects', group: 'innovation', label: '承担科研项目情况', max: 4, source: S, kind: 'per-item', cap: 4, items: [{ input: 'metrics.provincialProjects', points: 2, label: '省（部）级及以上项目' }, { input: 'metrics.bureauProjects', points: 1, label: '厅局级项目' }] },
    { id: 'awards', group: 'innovation', label: '获科技奖励情况', max: 4, source: S, kind: 'per-item', cap: 4, items: [{ input: 'metrics.provincialAwards', points: 2, label: '省部级科技奖励' }, { input: 'metrics.socialAwards', points: 1, label: '社会力量奖励' }] },
    { id: 'ip', group: 'innovation', label: '近3年获专利等知识产权数量', max: 10, source: S, kind: 'per-item', cap: 10, items: [{ input: 'metrics.inventionPatents', points: 5, label: '发明专利' }, { input: 'metrics.utilityPatents', points: 2, label: '实用新型专利' }, { input: 'metrics.otherIp', points: 1, label: '其他知识产权' }] },
    { id: 'standards', group: 'innovation', label: '近3年年主持或参与制定标准数量', max: 16, source: S, kind: 'per-item', cap: 16, items: [{ input: 'metrics.internationalStandards', points: 4, label: '国际标准' }, { input: 'metrics.nationalStandards', points: 3, label: '国家/行业/团体标准' }, { input: 'metrics.enterpriseStandards', points: 1, label: '企业标准' }] },
    { id: 'problems-solved', group: 'service', label: '集聚创新资源，解决行业发展关键和共性技术难题', max: 6, source: S, kind: 'per-item', cap: 6, items: [{ input: 'facts.problemsSolved', points: 1, label: '解决难题' }] },
    { id: 'training', group: 'service', label: '行业人才培训能力', max: 6, source: S, kind: 'per-item', cap: 6, items: [{ input: 'facts.trainingQualifications', points: 2, label: '国家规范的培训资质' }] },
    { id: 'service-platforms', group: 'service', label: '技术服务能力', max: 5, source: S, kind: 'per-item', cap: 5, items: [{ input: 'facts.nationalServicePlatforms', points: 2, label: '国家级创新创业平台' }, { input: 'facts.provincialServicePlatforms', points: 1, label: '省级创新创业平台' }] },
    { id: 'service-benefit', group: 'service', label: '通过服务，如工艺改进、产品开发、成果推广等为服务企业产生的年经济效益', max: 12, source: S, kind: 'steps', input: 'facts.serviceBenefit', unit: '万元', start: 500, startPoints: 4, step: 500, stepPoints: 2, cap: 12 },
    talents('talents', 'bonus', S, 9, ['facts.academicians', 'facts.nationalTalents', 'facts.provincialLeaders']),
    { id: 'special-work', group: 'bonus', label: '特色工作', max: 6, source: S, kind: 'qualitative', levels: [{ label: '有明显特色', points: 6 }, { label: '无', points: 0 }], signals: [{ input: 'facts.specialWork', label: '填报了特色工作' }] },
    { id: 'assigned-tasks', group: 'bonus', label: '完成省工信厅安排的相关服务工作', max: 6, source: S, kind: 'per-item', cap: 6, items: [{ input: 'facts.assignedTasks', points: 2, label: '完成任务' }] },
    { id: 'national-award', group: 'bonus', label: '国家级奖励', max: 4, source: S, kind: 'flag', input: 'facts.nationalAwards', points: 4 },
  ],
  flaws: [
    { indicator: 'talents', flaw: '“高层次人才”未说明各类人才得分是否累加、是否按人数计', reading: '每类人才有即得分，三类累加，不按人数累计，最高9分' },
    { indicator: 'bonus', flaw: '加分项未规定合计上限', reading: '以各项上限之和（25分）为组上限' },
  ],
};
