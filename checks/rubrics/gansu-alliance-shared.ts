import type { MetricInput } from '../../src/engine/rubric/inputs.js';

/**
 * Metrics shared by the Gansu alliance rubrics (seed 000 附件2 and 附件3): counts read from the
 * answers of the 组建申请表 (seed 000 附件1).
 */
export const GANSU_ALLIANCE_METRICS: MetricInput[] = [
  { id: 'provincialProjects', label: '承担省（部）级及以上项目（项）', fact: 'leadProjects', after: ['省部级项目', '省（部）级及以上项目', '省级及以上项目'], levels: ['national', 'provincial'] },
  { id: 'bureauProjects', label: '承担厅局级项目（项）', fact: 'leadProjects', after: ['厅局级项目'], levels: ['bureau'] },
  { id: 'provincialAwards', label: '省部级科技奖励（项）', fact: 'leadAwards', after: ['省部级科技奖励'], levels: ['provincial'] },
  { id: 'socialAwards', label: '社会力量奖励（项）', fact: 'leadAwards', after: ['社会力量奖励'], levels: ['social'] },
  { id: 'inventionPatents', label: '发明专利授权（件）', labels: ['近3年获专利等知识产权数量'], after: ['发明专利'] },
  { id: 'utilityPatents', label: '实用新型专利授权（件）', labels: ['近3年获专利等知识产权数量'], after: ['实用新型专利'] },
  { id: 'otherIp', label: '外观专利、软件著作权等（件）', labels: ['近3年获专利等知识产权数量'], after: ['外观设计专利', '外观专利', '软件著作权'] },
  { id: 'internationalStandards', label: '国际标准（项）', labels: ['近3年年主持或参与制定标准数量', '近3年主持或参与制定标准数量'], after: ['国际标准'] },
  { id: 'nationalStandards', label: '国家/行业/团体标准（项）', labels: ['近3年年主持或参与制定标准数量', '近3年主持或参与制定标准数量'], after: ['国家标准', '行业标准', '团体标准'] },
  { id: 'enterpriseStandards', label: '企业标准（项）', labels: ['近3年年主持或参与制定标准数量', '近3年主持或参与制定标准数量'], after: ['企业标准'] },
];
