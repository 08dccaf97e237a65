/**
 * The rows of seed 002 附件4 (技术创新示范企业申报自评表): metric, weight (权重, points), unit and
 * 基本要求 (the floor each indicator must meet). `bonus` rows are 其他 (≤ 3 points each).
 */
export interface Requirement {
  id: string;
  metric: string;
  label: string;
  group: 'mechanism' | 'talent' | 'output' | 'other';
  weight: number;
  unit: string;
  op: '>=' | '>';
  threshold: number;
}

export const DEMO_REQUIREMENTS: readonly Requirement[] = [
  { id: 'rd-intensity', metric: 'rdIntensity', label: '企业研发经费支出额占产品销售收入的比重', group: 'mechanism', weight: 15, unit: '%', op: '>=', threshold: 2 },
  { id: 'rd-intensity-growth', metric: 'rdIntensityGrowth', label: '企业研发经费支出比例比上次评价增长', group: 'mechanism', weight: 3, unit: '百分点', op: '>=', threshold: 0 },
  { id: 'rd-income-ratio', metric: 'rdIncomeRatio', label: '研发人员年人均收入与企业年人均收入之比', group: 'mechanism', weight: 3, unit: '', op: '>', threshold: 1.2 },
  { id: 'training-share', metric: 'trainingShare', label: '研发人员培训费占技术中心人员总收入的比重', group: 'mechanism', weight: 3, unit: '%', op: '>', threshold: 2 },
  { id: 'external-experts', metric: 'externalExperts', label: '来企业从事技术开发工作的外部专家数', group: 'mechanism', weight: 3, unit: '人月', op: '>', threshold: 10 },
  { id: 'external-projects', metric: 'externalProjectsShare', label: '对外合作项目占全部开发项目数的比重', group: 'mechanism', weight: 3, unit: '%', op: '>', threshold: 10 },
  { id: 'rd-staff-share', metric: 'rdStaffShare', label: '企业研究与试验发展人员占职工人数的比重', group: 'talent', weight: 7, unit: '%', op: '>', threshold: 1 },
  { id: 'senior-staff', metric: 'seniorStaff', label: '企业研发机构拥有的高级专家及博士人数', group: 'talent', weight: 5, unit: '人', op: '>', threshold: 1 },
  { id: 'equipment', metric: 'equipmentValue', label: '企业技术开发仪器设备原值', group: 'talent', weight: 5, unit: '万元', op: '>', threshold: 500 },
  { id: 'certified-labs', metric: 'certifiedLabs', label: '通过国家和国际组织认证的实验室数', group: 'talent', weight: 3, unit: '个', op: '>=', threshold: 1 },
  { id: 'long-projects', metric: 'longProjectsShare', label: '研发周期三年及以上项目数占全部项目数的比重', group: 'talent', weight: 4, unit: '%', op: '>', threshold: 3 },
  { id: 'invention-patents', metric: 'inventionPatentsHeld', label: '企业拥有的全部有效发明专利数', group: 'talent', weight: 4, unit: '项', op: '>=', threshold: 3 },
  { id: 'brands', metric: 'brands', label: '企业拥有的中国名牌产品或驰名商标数', group: 'talent', weight: 2, unit: '个', op: '>=', threshold: 1 },
  { id: 'new-products', metric: 'newProducts', label: '当年完成的新产品新技术新工艺开发项目数', group: 'output', weight: 4, unit: '项', op: '>', threshold: 5 },
  { id: 'patent-applications', metric: 'patentApps', label: '当年受理的专利申请数', group: 'output', weight: 4, unit: '项', op: '>', threshold: 3 },
  { id: 'invention-applications', metric: 'patentAppsInvention', label: '其中当年受理的发明专利申请数', group: 'output', weight: 3, unit: '项', op: '>=', threshold: 1 },
  { id: 'standards', metric: 'standardsAll', label: '主持和参与制定的国际、国家、行业标准数', group: 'output', weight: 4, unit: '项', op: '>=', threshold: 1 },
  { id: 'new-product-share', metric: 'newProductShare', label: '新产品销售收入占产品销售收入的比重', group: 'output', weight: 11, unit: '%', op: '>', threshold: 20 },
  { id: 'new-product-profit', metric: 'newProductProfitShare', label: '新产品销售利润占产品销售利润的比重', group: 'output', weight: 11, unit: '%', op: '>', threshold: 15 },
  { id: 'exports', metric: 'exports', label: '自有品牌产品与技术出口创汇额', group: 'output', weight: 3, unit: '万美元', op: '>', threshold: 0 },
  { id: 'national-awards', metric: 'nationalAwardProjects', label: '获国家自然科学基金、技术发明、科技进步奖项目数', group: 'other', weight: 3, unit: '项', op: '>=', threshold: 1 },
  { id: 'cash-flow', metric: 'cashFlowGap', label: '年末现金净流量与可供分配利润的差额', group: 'other', weight: 3, unit: '万元', op: '>', threshold: 0 },
];
