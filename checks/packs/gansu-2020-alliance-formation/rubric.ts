import type { RubricInput } from '../../../src/engine/rubric/schema.js';
import { atLeast, atMost, between } from '../../../src/engine/rubric/tiers.js';
import { citeText } from '../notices.js';
import { completeness, rdThisYear, rdThreeYears, RULE_SIGNALS, talents } from '../../rubrics/shared-indicators.js';

const S = citeText('gansu-2020-60', '附件2《甘肃省产业技术创新产业联盟评定指标体系》');
const ORG = [
  { input: 'facts.bodies', label: '决策/咨询/执行机构' },
  { input: 'facts.fullTimeStaffMentioned', label: '专职人员' },
  { input: 'facts.expertCommittee', label: '技术专家委员会名单' },
];

/** 甘肃省产业技术创新产业联盟评定指标体系 (seed 000 附件2): 100 points + bonus. Amounts in 万元. */
export const GANSU_FORMATION_RUBRIC: RubricInput = {
  total: 100,
  groups: [
    { id: 'necessity', label: '产业联盟成立必要性评价', max: 15 },
    { id: 'lead', label: '产业联盟牵头单位评价', max: 12 },
    { id: 'mechanism', label: '产业联盟运行机制', max: 9 },
    { id: 'rd', label: '产业联盟牵头单位科研投入', max: 9 },
    { id: 'innovation', label: '产业联盟牵头单位创新能力', max: 30 },
    { id: 'service', label: '产业联盟服务能力', max: 25 },
    { id: 'bonus', label: '加分项', max: 22, bonus: true },
  ],
  indicators: [
    { id: 'industry-importance', group: 'necessity', label: '对产业联盟所在行业（产业链）重要性', max: 10, source: `${S}产业联盟成立必要性评价`, kind: 'qualitative', levels: [{ label: '十分重要', points: 7, upTo: 10 }, { label: '比较重要', points: 4, upTo: 6 }, { label: '一般重要', points: 1, upTo: 3 }, { label: '不重要', points: 0 }] },
    { id: 'industry-scale', group: 'necessity', label: '产业联盟所在行业经济规模', max: 5, source: `${S}产业联盟成立必要性评价`, kind: 'tiers', input: 'facts.industryScale', unit: '万元', tiers: [atLeast(1_000_000, 5, '100亿元以上得5分'), between(100_000, 1_000_000, 3, '10-100亿元得3分'), atMost(100_000, 1, '10亿元以下得1分')] },
    { id: 'lead-output', group: 'lead', label: '产业联盟牵头单位产值', max: 3, source: `${S}产业联盟牵头单位评价`, kind: 'tiers', input: 'facts.leadOutputValue', unit: '万元', tiers: [atLeast(100_000, 3, '10亿元以上得3分'), between(10_000, 100_000, 2, '1-10亿元得2分'), atMost(10_000, 1, '1亿元以下得1分')] },
    { id: 'lead-purchases', group: 'lead', label: '产业联盟牵头单位省内采购金额', max: 3, source: `${S}产业联盟牵头单位评价`, kind: 'tiers', input: 'facts.leadProvincialPurchases', unit: '万元', tiers: [atLeast(100_000, 3, '10亿元以上得3分'), between(10_000, 100_000, 2, '1-10亿元得2分'), atMost(10_000, 1, '1亿元以下得1分')] },
    { id: 'lead-share', group: 'lead', label: '产业联盟牵头单位行业地位', max: 3, source: `${S}产业联盟牵头单位评价`, kind: 'tiers', input: 'facts.leadIndustrySharePercent', unit: '%', tiers: [atLeast(50, 3, '占省内行业比重50%以上得3分'), between(30, 50, 2, '30%-50%得2分'), atMost(30, 1, '30%以内得1分')] },
    { id: 'members-share', group: 'lead', label: '产业联盟成员占行业比重', max: 3, source: `${S}产业联盟牵头单位评价`, kind: 'tiers', input: 'facts.membersIndustrySharePercent', unit: '%', tiers: [atLeast(70, 3, '占省内行业比重70%以上得3分'), between(50, 70, 2, '50%-70%得2分'), atMost(50, 1, '50%以内得1分')] },
    { id: 'organization', group: 'mechanism', label: '产业联盟组织机构建设', max: 3, source: `${S}产业联盟运行机制`, kind: 'qualitative', levels: completeness(3), signals: ORG },
    { id: 'management-rules', group: 'mechanism', label: '产业联盟管理制度建设', max: 3, source: `${S}产业联盟运行机制`, kind: 'qualitative', levels: completeness(3), signals: RULE_SIGNALS },
    { id: 'long-term-goals', group: 'mechanism', label: '产业联盟中长期发展目标', max: 3, source: `${S}产业联盟运行机制`, kind: 'qualitative', levels: [{ label: '良好', points: 3 }, { label: '比较良好', points: 2 }, { label: '基本完成', points: 1 }, { label: '未完成', points: 0 }], signals: [{ input: 'facts.operatingMechanism', label: '运行机制与中长期目标' }, { input: 'facts.hasGoals', label: '技术创新目标' }] },
    rdThisYear('rd-this-year', 'rd', `${S}产业联盟牵头单位科研投入`, 'facts.leadRdThisYear'),
    rdThreeYears('rd-three-years', 'rd', `${S}产业联盟牵头单位科研投入`, 'facts.leadRdThreeYears'),
    { id: 'projects', group: 'innovation', label: '承担科研项目情况', max: 4, source: `${S}产业联盟牵头单位创新能力`, kind: 'per-item', cap: 4, items: [{ input: 'metrics.provincialProjects', points: 2, label: '省（部）级及以上项目' }, { input: 'metrics.bureauProjects', points: 1, label: '厅局级项目' }] },
    { id: 'awards', group: 'innovation', label: '获科技奖励情况', max: 4, source: `${S}产业联盟牵头单位创新能力`, kind: 'per-item', cap: 4, items: [{ input: 'metrics.provincialAwards', points: 2, label: '省部级科技奖励' }, { input: 'metrics.socialAwards', points: 1, label: '社会力量奖励' }] },
    { id: 'ip', group: 'innovation', label: '近3年获专利等知识产权数量', max: 10, source: `${S}产业联盟牵头单位创新能力`, kind: 'per-item', cap: 10, items: [{ input: 'metrics.inventionPatents', points: 5, label: '发明专利' }, { input: 'metrics.utilityPatents', points: 2, label: '实用新型专利' }, { input: 'metrics.otherIp', points: 1, label: '其他知识产权' }] },
    { id: 'standards', group: 'innovation', label: '近3年年主持或参与制定标准数量', max: 12, source: `${S}产业联盟牵头单位创新能力`, kind: 'per-item', cap: 12, items: [{ input: 'metrics.internationalStandards', points: 3, label: '国际标准' }, { input: 'metrics.nationalStandards', points: 2, label: '国家/行业/团体标准' }, { input: 'metrics.enterpriseStandards', points: 1, label: '企业标准' }] },
    { id: 'problems-solved', group: 'service', label: '集聚创新资源，解决行业发展关键和共性技术难题', max: 6, source: `${S}产业联盟服务能力`, kind: 'per-item', cap: 6, items: [{ input: 'facts.problemsSolved', points: 1, label: '解决难题' }] },
    { id: 'training', group: 'service', label: '行业人才培训能力', max: 6, source: `${S}产业联盟服务能力`, kind: 'per-item', cap: 6, items: [{ input: 'facts.trainingQualifications', points: 2, label: '国家规范的培训资质' }] },
    { id: 'service-platforms', group: 'service', label: '技术服务能力', max: 5, source: `${S}产业联盟服务能力`, kind: 'per-item', cap: 5, items: [{ input: 'facts.nationalServicePlatforms', points: 2, label: '国家级创新创业平台' }, { input: 'facts.provincialServicePlatforms', points: 1, label: '省级创新创业平台' }] },
    { id: 'service-benefit', group: 'service', label: '通过服务，如工艺改进、产品开发、成果推广等为服务企业产生的年经济效益', max: 8, source: `${S}产业联盟服务能力`, kind: 'steps', input: 'facts.serviceBenefit', unit: '万元', start: 500, startPoints: 1, step: 500, stepPoints: 1, cap: 8 },
    talents('talents', 'bonus', `${S}加分项`, 9, ['facts.academicians', 'facts.nationalTalents', 'facts.provincialLeaders']),
    { id: 'special-work', group: 'bonus', label: '特色工作', max: 3, source: `${S}加分项`, kind: 'qualitative', levels: [{ label: '有明显特色', points: 3 }, { label: '无', points: 0 }], signals: [{ input: 'facts.specialWork', label: '填报了特色工作' }] },
    { id: 'assigned-tasks', group: 'bonus', label: '完成省工信厅安排的相关服务工作', max: 6, source: `${S}加分项`, kind: 'per-item', cap: 6, items: [{ input: 'facts.assignedTasks', points: 2, label: '完成任务' }] },
    { id: 'national-award', group: 'bonus', label: '国家级奖励', max: 4, source: `${S}加分项`, kind: 'flag', input: 'facts.nationalAwards', points: 4 },
  ],
  flaws: [
    { indicator: 'talents', flaw: '“高层次人才”未说明各类人才得分是否累加、是否按人数计', reading: '每类人才有即得分（院士5分、国家级人才3分、省领军人才1分），三类累加，不按人数累计，最高9分' },
    { indicator: 'bonus', flaw: '加分项未规定合计上限', reading: '加分项合计不设上限，以各项上限之和（22分）为组上限' },
  ],
};
