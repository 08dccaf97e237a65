import type { RubricInput } from '../../../src/engine/rubric/schema.js';
import { citeText } from '../notices.js';

const S = citeText('gansu-2022-53', '附件1《甘肃省企业技术中心自评表》');
const m = (id: string) => `metrics.${id}`;

/** 甘肃省企业技术中心自评表 (seed 002 附件1): 100 points + bonus ≤ 5. Amounts in 万元, shares in %. */
export const ENTERPRISE_TECH_CENTER_RUBRIC: RubricInput = {
  total: 100,
  bonusCap: 5,
  groups: [
    { id: 'funding', label: '创新投入·创新经费', max: 15 },
    { id: 'talent', label: '创新投入·创新人才', max: 10 },
    { id: 'accumulation', label: '创新条件·技术积累', max: 15 },
    { id: 'platform', label: '创新条件·创新平台', max: 15 },
    { id: 'output', label: '产出与效益·创新产出', max: 25 },
    { id: 'benefit', label: '产出与效益·创新效益', max: 20 },
    { id: 'bonus', label: '加分', max: 5, bonus: true },
  ],
  indicators: [
    { id: 'rd-per-capita', group: 'funding', label: '研发人员人均研发经费支出', max: 5, source: S, kind: 'steps', input: m('rdPerCapita'), unit: '万元', start: 10, startPoints: 1, step: 10, stepPoints: 1, cap: 5, claimedAs: ['研发人员人均研发经费支出'] },
    { id: 'rd-intensity', group: 'funding', label: '研发经费支出占主营业务收入的比重', max: 10, source: S, kind: 'steps', input: m('rdIntensity'), unit: '%', start: 2, startPoints: 1, step: 0.5, stepPoints: 1, cap: 10 },
    { id: 'rd-staff-share', group: 'talent', label: '研发人员占企业职工总数的比重', max: 5, source: S, kind: 'steps', input: m('rdStaffShare'), unit: '%', start: 1, startPoints: 1, step: 1, stepPoints: 1, cap: 5 },
    { id: 'senior-staff', group: 'talent', label: '技术中心拥有的高级职称和博士人数', max: 5, source: S, kind: 'per-item', cap: 5, items: [{ input: m('seniorStaff'), points: 1, label: '高级职称和博士' }] },
    { id: 'invention-patents', group: 'accumulation', label: '企业拥有的全部有效发明专利数', max: 5, source: S, kind: 'per-item', cap: 5, items: [{ input: m('inventionPatentsHeld'), points: 1, label: '有效发明专利' }] },
    { id: 'achievements', group: 'accumulation', label: '近三年科技主管部门科技成果备案数', max: 10, source: S, kind: 'per-item', cap: 10, items: [{ input: m('achievementsFiled'), points: 1, label: '科技成果备案' }] },
    { id: 'equipment', group: 'platform', label: '企业技术开发仪器设备原值', max: 5, source: S, kind: 'steps', input: m('equipmentValue'), unit: '万元', start: 300, startPoints: 1, step: 100, stepPoints: 1, cap: 5 },
    { id: 'platforms', group: 'platform', label: '省级以上研发平台数', max: 5, source: S, kind: 'per-item', cap: 5, items: [{ input: m('platforms'), points: 1, label: '省级以上研发平台' }] },
    { id: 'labs', group: 'platform', label: '通过国家（国际组织）认证的实验室和检测机构数', max: 5, source: S, kind: 'per-item', cap: 5, items: [{ input: m('certifiedLabs'), points: 1, label: '认证实验室' }] },
    {
      id: 'patent-applications', group: 'output', label: '当年获取的专利申请数', max: 5, source: S, kind: 'per-item', cap: 5,
      items: [{ input: m('patentAppsInvention'), points: 2, label: '发明专利' }, { input: m('patentAppsUtility'), points: 1, label: '实用新型专利' }, { input: m('softwareCopyrights'), points: 2, label: '软件著作权' }, { input: m('patentAppsDesign'), points: 0.5, label: '外观专利' }],
    },
    { id: 'new-products', group: 'output', label: '当年完成的新产品新技术新工艺开发项目数（经省工信厅备案）', claimedAs: ['当年完成的新产品新技术新工艺开发项目数'], max: 10, source: S, kind: 'per-item', cap: 10, items: [{ input: m('newProducts'), points: 1, label: '新产品新技术新工艺' }] },
    {
      id: 'standards', group: 'output', label: '最近三年主持和参加制定的国际、国家和行业标准数', max: 10, source: S, kind: 'per-item', cap: 10,
      items: [
        { input: m('stdLeadIntl'), points: 10, label: '主持国际标准' }, { input: m('stdJoinIntl'), points: 5, label: '参与国际标准' },
        { input: m('stdLeadNational'), points: 5, label: '主持国家标准' }, { input: m('stdJoinNational'), points: 2, label: '参与国家标准' },
        { input: m('stdLeadIndustry'), points: 3, label: '主持行业标准' }, { input: m('stdJoinIndustry'), points: 1, label: '参与行业标准' },
        { input: m('stdLeadGroup'), points: 1, label: '主持团体标准' }, { input: m('stdJoinGroup'), points: 0.5, label: '参与团体标准' },
        { input: m('stdEnterprise'), points: 0.5, label: '企业标准' },
      ],
    },
    { id: 'new-product-share', group: 'benefit', label: '新产品销售收入占主营业务收入的比重', max: 10, source: S, kind: 'steps', input: m('newProductShare'), unit: '%', start: 10, startPoints: 1, step: 0.5, stepPoints: 1, cap: 10 },
    { id: 'profit-rate', group: 'benefit', label: '利润率', max: 10, source: S, kind: 'steps', input: m('profitRate'), unit: '%', start: 3, startPoints: 1, step: 1, stepPoints: 1, cap: 10 },
    { id: 'awards', group: 'bonus', label: '获国家、甘肃省优秀新产品、技术发明、科技进步奖', max: 5, source: S, kind: 'per-item', cap: 5, items: [{ input: m('awardsSpecial'), points: 5, label: '特等奖' }, { input: m('awardsFirst'), points: 3, label: '一等奖' }, { input: m('awardsSecond'), points: 1, label: '二等奖' }] },
  ],
  flaws: [
    { indicator: 'profit-rate', flaw: '抽取的原文中“利润率”一行脱离了表格（位于“创新效益”之后、表格之外）', reading: '“利润率”属于“创新效益”（20分＝新产品销售收入比重10分＋利润率10分）' },
  ],
};
