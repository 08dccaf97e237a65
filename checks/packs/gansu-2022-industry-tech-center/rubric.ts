import type { RubricInput } from '../../../src/engine/rubric/schema.js';
import { atLeast, atMost, between } from '../../../src/engine/rubric/tiers.js';
import { completeness, RULE_SIGNALS, rdThisYear, rdThreeYears, talents } from '../../rubrics/shared-indicators.js';
import { citeText } from '../notices.js';

const S = citeText('gansu-2022-53', '附件2《甘肃省行业技术中心自评表》');
const m = (id: string) => `metrics.${id}`;

/** 甘肃省行业技术中心自评表 (seed 002 附件2): 100 points + bonus. Amounts in 万元. */
export const INDUSTRY_TECH_CENTER_RUBRIC: RubricInput = {
  total: 100,
  groups: [
    { id: 'mechanism', label: '运行机制', max: 9 },
    { id: 'facility', label: '研发设施', max: 5 },
    { id: 'staff', label: '研发人员', max: 8 },
    { id: 'rd', label: '科研投入', max: 9 },
    { id: 'results', label: '创新成效', max: 26 },
    { id: 'service', label: '服务业绩', max: 27 },
    { id: 'benefit', label: '经济效益', max: 16 },
    { id: 'bonus', label: '加分项', max: 25, bonus: true },
  ],
  indicators: [
    { id: 'organization', group: 'mechanism', label: '组织机构建设', max: 3, source: S, kind: 'qualitative', levels: completeness(3), signals: [{ input: 'facts.bodies', label: '决策/咨询/执行机构' }] },
    { id: 'management-rules', group: 'mechanism', label: '管理制度建设', max: 3, source: S, kind: 'qualitative', levels: completeness(3), signals: RULE_SIGNALS },
    { id: 'long-term-plan', group: 'mechanism', label: '中长期发展规划', max: 3, source: S, kind: 'qualitative', levels: [{ label: '良好', points: 3 }, { label: '比较良好', points: 2 }, { label: '基本完成', points: 1 }, { label: '未完成', points: 0 }] },
    { id: 'equipment', group: 'facility', label: '研发设备原值', max: 5, source: S, kind: 'tiers', input: m('equipmentValue'), unit: '万元', tiers: [atLeast(1300, 5, '1300万以上得5分'), between(1100, 1300, 4, '1100-1300万得4分'), between(900, 1100, 3, '900-1100万得3分'), between(700, 900, 1, '700-900万得1分'), atMost(700, 0, '700万以下得0分')] },
    { id: 'researchers', group: 'staff', label: '专职研发人员', max: 3, source: S, kind: 'tiers', input: m('fullTimeResearchers'), unit: '人', tiers: [atLeast(70, 3, '70人以上得3分'), between(60, 70, 2, '60-70人得2分'), between(50, 60, 1, '50-60人得1分'), atMost(50, 0, '50人以下得0分')] },
    { id: 'senior-researchers', group: 'staff', label: '拥有正高级职称研发人员', max: 5, source: S, kind: 'per-item', cap: 5, items: [{ input: m('seniorResearchers'), points: 1, label: '正高级职称研发人员' }] },
    rdThisYear('rd-this-year', 'rd', S, m('rdThisYear')),
    rdThreeYears('rd-three-years', 'rd', S, m('rdThreeYears')),
    { id: 'projects', group: 'results', label: '承担科研项目情况', max: 4, source: S, kind: 'per-item', cap: 4, items: [{ input: m('provincialProjects'), points: 2, label: '省（部）级及以上项目' }, { input: m('bureauProjects'), points: 1, label: '厅局级项目' }] },
    { id: 'awards', group: 'results', label: '获科技奖励情况', max: 4, source: S, kind: 'per-item', cap: 4, items: [{ input: m('provincialAwards'), points: 2, label: '省部级科技奖励' }, { input: m('socialAwards'), points: 1, label: '社会力量奖励' }] },
    { id: 'ip', group: 'results', label: '年获专利等知识产权数量', max: 6, source: S, kind: 'per-item', cap: 6, items: [{ input: m('inventionGranted'), points: 3, label: '发明专利授权' }, { input: m('utilityGranted'), points: 1, label: '实用新型专利授权' }, { input: m('otherIpGranted'), points: 1, label: '其他知识产权' }] },
    {
      id: 'standards', group: 'results', label: '近三年主持或参与制定标准数量', max: 12, source: S, kind: 'per-item', cap: 12,
      items: [
        { input: m('stdLeadIntl'), points: 12, label: '主持国际标准' }, { input: m('stdJoinIntl'), points: 6, label: '参与国际标准' },
        { input: m('stdLeadNational'), points: 6, label: '主持国家标准' }, { input: m('stdJoinNational'), points: 3, label: '参与国家标准' },
        { input: m('stdLeadLocal'), points: 4, label: '主持地方标准' }, { input: m('stdJoinLocal'), points: 2, label: '参与地方标准' },
        { input: m('stdLeadIndustry'), points: 4, label: '主持行业标准' }, { input: m('stdJoinIndustry'), points: 2, label: '参与行业标准' },
        { input: m('stdLeadGroup'), points: 2, label: '主持团体标准' }, { input: m('stdJoinGroup'), points: 1, label: '参与团体标准' },
        { input: m('stdEnterprise'), points: 1, label: '企业标准' },
      ],
    },
    { id: 'industry-report', group: 'service', label: '发布年度行业发展报告', max: 8, source: S, kind: 'qualitative', levels: [{ label: '优秀', points: 8 }, { label: '良好', points: 5 }, { label: '合格', points: 3 }, { label: '未发布', points: 0 }] },
    { id: 'journals', group: 'service', label: '定期编辑并发布行业期刊或行业技术信息', max: 4, source: S, kind: 'per-item', cap: 4, items: [{ input: m('journals'), points: 1, label: '期刊或技术信息' }] },
    { id: 'training', group: 'service', label: '开展行业人才培养', max: 5, source: S, kind: 'per-item', cap: 5, items: [{ input: m('trainings'), points: 1, label: '50人次以上的行业技术培训' }] },
    { id: 'problems-solved', group: 'service', label: '年为企业解决技术难题数', max: 10, source: S, kind: 'per-item', cap: 10, items: [{ input: m('problemsSolved'), points: 2, label: '解决难题' }] },
    { id: 'service-income', group: 'benefit', label: '年服务收入', max: 6, source: S, kind: 'tiers', input: m('serviceIncome'), unit: '万元', tiers: [atLeast(1000, 6, '1000万以上6分'), between(900, 1000, 5, '900-1000万5分'), between(700, 900, 4, '700-900得4分'), between(500, 700, 3, '500-700万3分'), between(300, 500, 2, '300-500万2分'), atMost(300, 1, '300万以下1分')] },
    { id: 'new-product-sales', group: 'benefit', label: '通过工艺改进、产品开发、成果推广等为企业产生的新产品销售收入', max: 10, source: S, kind: 'steps', input: m('newProductSales'), unit: '万元', start: 500, startPoints: 1, step: 500, stepPoints: 1, cap: 10, claimedAs: ['为企业产生的新产品销售收入'] },
    { id: 'special-work', group: 'bonus', label: '特色工作', max: 10, source: S, kind: 'qualitative', levels: [{ label: '突破核心关键技术，填补国家科技空白', points: 10 }, { label: '无', points: 0 }] },
    talents('talents', 'bonus', S, 5, [m('academicians'), m('nationalTalents'), m('provincialLeaders')]),
    { id: 'assigned-tasks', group: 'bonus', label: '完成省工信厅安排的相关服务工作', max: 6, source: S, kind: 'per-item', cap: 6, items: [{ input: m('assignedTasks'), points: 2, label: '完成任务' }] },
    { id: 'national-award', group: 'bonus', label: '国家级奖励', max: 4, source: S, kind: 'flag', input: m('nationalAwards'), points: 4 },
  ],
  flaws: [
    { indicator: 'equipment', flaw: '研发设备原值分档从3分直接跳到1分，没有2分档', reading: '按原文分档计分，700-900万得1分，不设2分档' },
    { indicator: 'service', flaw: '“服务业绩（27）”标题在原文中错位：按原位置，创新成效只含两项（8分）而服务业绩含六项（45分）。（RULES.md 将此问题记在附件1，原文中出现在附件2。）', reading: '知识产权（6分）与标准（12分）计入创新成效（4+4+6+12＝26分），服务业绩为行业报告、期刊、人才培养、技术难题（8+4+5+10＝27分）' },
    { indicator: 'talents', flaw: '“高层次人才”未说明各类人才得分是否累加', reading: '每类人才有即得分，三类累加，满分5分' },
  ],
};
