import type { RubricInput } from '../../../src/engine/rubric/schema.js';
import { completeness, RULE_SIGNALS, talents } from '../../rubrics/shared-indicators.js';
import { citeText } from '../notices.js';

const S = citeText('gansu-2022-53', '附件3《甘肃省产业技术创新产业联盟自评表》');
const m = (id: string) => `metrics.${id}`;

/** 甘肃省产业技术创新产业联盟自评表 (seed 002 附件3): 100 points. */
export const ALLIANCE_SELF_EVALUATION_RUBRIC: RubricInput = {
  total: 100,
  groups: [
    { id: 'mechanism', label: '产业联盟运行机制', max: 10 },
    { id: 'innovation', label: '产业联盟牵头单位创新能力', max: 40 },
    { id: 'service', label: '产业联盟服务能力', max: 40 },
    { id: 'talent', label: '人才队伍', max: 5 },
    { id: 'special', label: '特色工作', max: 5 },
  ],
  indicators: [
    { id: 'management-rules', group: 'mechanism', label: '产业联盟管理制度建设', max: 5, source: S, kind: 'qualitative', levels: completeness(5), signals: RULE_SIGNALS },
    { id: 'long-term-plan', group: 'mechanism', label: '产业联盟中长期发展规划', max: 5, source: S, kind: 'qualitative', levels: [{ label: '规划完善可行性高', points: 5 }, { label: '较好', points: 3 }, { label: '基本规划', points: 2 }, { label: '无规划', points: 0 }] },
    { id: 'ip', group: 'innovation', label: '近3年获专利等知识产权数量', max: 20, source: S, kind: 'per-item', cap: 10, items: [{ input: m('inventionGranted'), points: 5, label: '发明专利授权' }, { input: m('utilityGranted'), points: 2, label: '实用新型专利授权' }, { input: m('otherIpGranted'), points: 1, label: '其他知识产权' }] },
    {
      id: 'standards', group: 'innovation', label: '近3年年主持或参与制定标准数量', max: 20, source: S, kind: 'per-item', cap: 20,
      items: [
        { input: m('stdLeadIntl'), points: 20, label: '主持国际标准' }, { input: m('stdJoinIntl'), points: 10, label: '参与国际标准' },
        { input: m('stdLeadNational'), points: 10, label: '主持国家标准' }, { input: m('stdJoinNational'), points: 5, label: '参与国家标准' },
        { input: m('stdLeadIndustry'), points: 6, label: '主持行业标准' }, { input: m('stdJoinIndustry'), points: 3, label: '参与行业标准' },
        { input: m('stdLeadLocal'), points: 6, label: '主持地方标准' }, { input: m('stdJoinLocal'), points: 3, label: '参与地方标准' },
        { input: m('stdLeadGroup'), points: 3, label: '主持团体标准' }, { input: m('stdJoinGroup'), points: 1, label: '参与团体标准' },
        { input: m('stdEnterprise'), points: 1, label: '企业标准' },
      ],
    },
    { id: 'problems-solved', group: 'service', label: '集聚创新资源，解决行业发展关键和共性技术难题', max: 20, source: S, kind: 'per-item', cap: 20, items: [{ input: m('problemsSolved'), points: 5, label: '解决难题' }, { input: m('gapsFilled'), points: 20, label: '填补国家重大科技技术空白' }] },
    { id: 'new-product-sales', group: 'service', label: '通过工艺改进、产品开发、成果推广等为联盟内企业产生的新产品销售收入', max: 20, source: S, kind: 'steps', input: m('newProductSales'), unit: '万元', start: 500, startPoints: 1, step: 500, stepPoints: 1, cap: 20, claimedAs: ['为联盟内企业产生的新产品销售收入'] },
    talents('talents', 'talent', S, 5, [m('academicians'), m('nationalTalents'), m('provincialLeaders')]),
    { id: 'promotion', group: 'special', label: '学术、科技成果推广', max: 5, source: S, kind: 'per-item', cap: 5, items: [{ input: m('promotionEvents'), points: 2, label: '学术和科技成果推广活动' }] },
  ],
  flaws: [{ indicator: 'ip', flaw: '指标分值为“20分”，评价标准却写“累计不超过10分”', reading: '按评价标准封顶10分（较严的读法），该指标实得最高10分，总分最高90分' }],
};
