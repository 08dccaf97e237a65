import type { ScoredCase } from './scored-case.js';

const f = (n: number): [number, number] => [n, n];
const LZ = { region: '甘肃', city: '兰州市', level: 'city' as const, year: 2022 };

const ETC_DATA: Record<string, string> = {
  rdSpending: '860万元', rdPerCapita: '32万元', rdIntensity: '3.2%', rdStaffShare: '6.5%', seniorStaff: '4人', inventionPatentsHeld: '7项', achievementsFiled: '6项',
  equipmentValue: '720万元', platforms: '2个', certifiedLabs: '1个', patentAppsInvention: '1项', patentAppsUtility: '2项', softwareCopyrights: '0项', patentAppsDesign: '1项',
  newProducts: '8项', stdJoinNational: '1项', stdLeadIndustry: '1项', stdEnterprise: '2项', newProductShare: '14%', profitRate: '5.5%', awardsFirst: '1项', awardsSecond: '1项',
};
const ETC_CLAIMS = { 'rd-per-capita': 3, 'rd-intensity': 5, 'rd-staff-share': 5, 'senior-staff': 4, 'invention-patents': 5, achievements: 6, equipment: 5, platforms: 2, labs: 1, 'patent-applications': 5, 'new-products': 8, standards: 10, 'new-product-share': 9, 'profit-rate': 3, awards: 4 };
// Worked by hand from 002 附件1: 32万元 → 1+2 = 3; 3.2% → 1+2 = 3; 6.5% → 6, capped 5; 720万元 → 1+4 = 5; patents 2+2+0.5 = 4.5; standards 2+3+1 = 6; 14% → 1+8 = 9; 5.5% → 1+2 = 3; awards 3+1 = 4.
const ETC_SCORES: Record<string, [number, number]> = {
  'rd-per-capita': f(3), 'rd-intensity': f(3), 'rd-staff-share': f(5), 'senior-staff': f(4), 'invention-patents': f(5), achievements: f(6), equipment: f(5), platforms: f(2), labs: f(1),
  'patent-applications': f(4.5), 'new-products': f(8), standards: f(6), 'new-product-share': f(9), 'profit-rate': f(3), awards: f(4),
};

const DEMO_DATA: Record<string, string> = {
  rdIntensity: '3%', rdIntensityGrowth: '0.5', rdIncomeRatio: '1.5', trainingShare: '2.5%', externalExperts: '12', externalProjectsShare: '15%', rdStaffShare: '8%', seniorStaff: '6人',
  equipmentValue: '800万元', certifiedLabs: '1个', longProjectsShare: '10%', inventionPatentsHeld: '5项', brands: '1个', newProducts: '7项', patentApps: '6项', patentAppsInvention: '2项',
  standardsAll: '2项', newProductShare: '30%', newProductProfitShare: '25%', exports: '50万美元', nationalAwardProjects: '0项', cashFlowGap: '100万元',
};
const DEMO_FULL: Record<string, [number, number]> = {
  'rd-intensity': f(15), 'rd-intensity-growth': f(3), 'rd-income-ratio': f(3), 'training-share': f(3), 'external-experts': f(3), 'external-projects': f(3), 'rd-staff-share': f(7), 'senior-staff': f(5),
  equipment: f(5), 'certified-labs': f(3), 'long-projects': f(4), 'invention-patents': f(4), brands: f(2), 'new-products': f(4), 'patent-applications': f(4), 'invention-applications': f(3),
  standards: f(4), 'new-product-share': f(11), 'new-product-profit': f(11), exports: f(3), 'national-awards': f(0), 'cash-flow': f(3),
};
const DEMO_BONUS = ['national-awards', 'cash-flow'];

const HF_BONUS = ['hefei-events', 'major-projects'];

/** Scored submissions: 2022 Gansu platforms (seed 002), the Gansu biennial assessment (000 附件3–4) and Hefei (003). */
export const SCORED_CASES: ScoredCase[] = [
  {
    id: 'gansu-etc-01-inflated-claims', about: '省级企业技术中心：条件满足；自评表有三项高于证据的自评分（合计 6.5 分），自评虚高，转人工核实', pack: 'gansu-2022-enterprise-tech-center',
    sheetTitle: '兰州陇原精密制造有限公司省级企业技术中心申报数据表', selfEvalTitle: '甘肃省企业技术中心自评表', data: ETC_DATA, claims: ETC_CLAIMS,
    meta: { ...LZ, pack: 'gansu-2022-enterprise-tech-center', submittedAt: '2022-04-15' }, format: 'docx', expect: {}, indicators: ETC_SCORES, bonusIds: ['awards'], inflation: 6.5,
  },
  {
    id: 'gansu-etc-02-below-floor', about: '省级企业技术中心：研发经费 180 万元、占比 1.8%，低于申报门槛；PDF', pack: 'gansu-2022-enterprise-tech-center',
    sheetTitle: '白银银达新材料有限公司省级企业技术中心申报数据表', selfEvalTitle: '甘肃省企业技术中心自评表', data: { ...ETC_DATA, rdSpending: '180万元', rdIntensity: '1.8%' }, claims: ETC_CLAIMS,
    meta: { region: '甘肃', city: '白银市', level: 'province', year: 2022, pack: 'gansu-2022-enterprise-tech-center', submittedAt: '2022-04-28' }, format: 'pdf',
    expect: { 'rd.min-spending': 'fail', 'rd.min-intensity': 'fail' }, indicators: { ...ETC_SCORES, 'rd-intensity': f(0) }, bonusIds: ['awards'], inflation: 9.5,
  },
  {
    id: 'gansu-itc-01-boundaries', about: '省级行业技术中心：多项数据恰在分档界点（60人、1300万元、900万元）；定性指标待评审；自评“仪器设备”5分高于证据支持的3分（自评虚高），待人工核实', pack: 'gansu-2022-industry-tech-center',
    sheetTitle: '甘肃省有色金属行业技术中心申报数据表', selfEvalTitle: '甘肃省行业技术中心自评表',
    data: {
      equipmentValue: '1000万元', fullTimeResearchers: '60人', seniorResearchers: '3人', rdThisYear: '650万元', rdThreeYears: '1300万元', provincialProjects: '1项', bureauProjects: '1项', provincialAwards: '0项', socialAwards: '2项',
      inventionGranted: '1件', utilityGranted: '2件', stdJoinNational: '1项', stdLeadGroup: '1项', stdEnterprise: '1项', journals: '6次', trainings: '3次', problemsSolved: '4个', serviceIncome: '900万元', newProductSales: '2400万元',
      nationalTalents: '1人', provincialLeaders: '2人', assignedTasks: '1项', nationalAwards: '0项',
    },
    claims: { equipment: 5, 'industry-report': 8 },
    meta: { ...LZ, pack: 'gansu-2022-industry-tech-center', submittedAt: '2022-04-19' }, format: 'docx', expect: {},
    // 1000万 → 3; 60人 → 2 (50-60 and 60-70 overlap: higher); 650万 → 4; 1300万 → 2 (overlap); projects 2+1; awards 2; IP 3+2; standards 3+2+1; journals 6 → 4; problems 4×2; 900万 → 5 (overlap); 2400万 → 1+3.
    indicators: {
      organization: [0, 3], 'management-rules': [0, 3], 'long-term-plan': [0, 3], equipment: f(3), researchers: f(2), 'senior-researchers': f(3), 'rd-this-year': f(4), 'rd-three-years': f(2), projects: f(3), awards: f(2), ip: f(5), standards: f(6),
      'industry-report': [0, 8], journals: f(4), training: f(3), 'problems-solved': f(8), 'service-income': f(5), 'new-product-sales': f(4), 'special-work': [0, 10], talents: f(4), 'assigned-tasks': f(2), 'national-award': f(0),
    },
    bonusIds: ['special-work', 'talents', 'assigned-tasks', 'national-award'], inflation: 2,
  },
  {
    id: 'gansu-ase-01-inflated', about: '产业技术创新联盟自评：自评 88 分，证据只支持 38–48 分（知识产权按“累计不超过10分”封顶）；自评虚高 39 分，转人工核实', pack: 'gansu-2022-alliance-self-evaluation',
    sheetTitle: '甘肃省镍钴新材料产业技术创新联盟申报数据表', selfEvalTitle: '甘肃省产业技术创新产业联盟自评表',
    data: { inventionGranted: '3件', utilityGranted: '2件', stdLeadIndustry: '1项', stdJoinLocal: '1项', problemsSolved: '2个', gapsFilled: '0项', newProductSales: '3000万元', provincialLeaders: '1人', promotionEvents: '1次' },
    claims: { 'management-rules': 5, 'long-term-plan': 5, ip: 20, standards: 15, 'problems-solved': 20, 'new-product-sales': 12, talents: 5, promotion: 5 },
    meta: { region: '甘肃', city: '兰州市', level: 'city', year: 2022, pack: 'gansu-2022-alliance-self-evaluation', submittedAt: '2022-07-18' }, format: 'docx', expect: {},
    // IP 15+4 = 19 → cap 10; standards 6+3; problems 2×5; 3000万 → 1+5 = 6; talents 1; promotion 2.
    indicators: { 'management-rules': [0, 5], 'long-term-plan': [0, 5], ip: f(10), standards: f(9), 'problems-solved': f(10), 'new-product-sales': f(6), talents: f(1), promotion: f(2) },
    bonusIds: [], inflation: 39,
  },
  { id: 'gansu-demo-01-meets-all', about: '技术创新示范企业：全部基本要求满足', pack: 'gansu-2022-demo-enterprise', sheetTitle: '兰州华瑞技术创新示范企业申报数据表', selfEvalTitle: '技术创新示范企业申报自评表', data: DEMO_DATA, claims: { 'rd-intensity': 15, 'new-product-share': 11 }, meta: { ...LZ, pack: 'gansu-2022-demo-enterprise', submittedAt: '2022-04-12' }, format: 'docx', expect: {}, indicators: DEMO_FULL, bonusIds: DEMO_BONUS, inflation: 0 },
  {
    id: 'gansu-demo-02-two-unmet', about: '技术创新示范企业：研发投入恰为 2%（满足“≥2”），收入比恰为 1.2（不满足“>1.2”），有效发明专利 2 项（不满足“≥3”）', pack: 'gansu-2022-demo-enterprise',
    sheetTitle: '兰州金城技术创新示范企业申报数据表', selfEvalTitle: '技术创新示范企业申报自评表', data: { ...DEMO_DATA, rdIntensity: '2%', rdIncomeRatio: '1.2', inventionPatentsHeld: '2项' }, claims: { 'rd-income-ratio': 3, 'invention-patents': 4 },
    meta: { ...LZ, pack: 'gansu-2022-demo-enterprise', submittedAt: '2022-04-18' }, format: 'pdf', expect: { 'basic.rd-income-ratio': 'fail', 'basic.invention-patents': 'fail' },
    indicators: { ...DEMO_FULL, 'rd-income-ratio': f(0), 'invention-patents': f(0) }, bonusIds: DEMO_BONUS, inflation: 7,
  },
  { id: 'gansu-demo-03-late', about: '技术创新示范企业：4月25日才报市局（市级截止4月20日）；条件均满足（此处结论为批次检查前），批次检查后带“逾期报送”红旗，结论为不通过', pack: 'gansu-2022-demo-enterprise', sheetTitle: '兰州天成技术创新示范企业申报数据表', selfEvalTitle: '技术创新示范企业申报自评表', data: DEMO_DATA, claims: {}, meta: { ...LZ, pack: 'gansu-2022-demo-enterprise', submittedAt: '2022-04-25' }, format: 'docx', expect: {}, indicators: DEMO_FULL, bonusIds: DEMO_BONUS },
  { id: 'gansu-demo-04-over-quota', about: '技术创新示范企业：兰州市第4家推荐（每市州不超过3家）；条件均满足（此处结论为批次检查前），批次检查后兰州市四家均带“超出推荐名额”红旗，结论至少为待人工核实', pack: 'gansu-2022-demo-enterprise', sheetTitle: '兰州西固技术创新示范企业申报数据表', selfEvalTitle: '技术创新示范企业申报自评表', data: DEMO_DATA, claims: {}, meta: { ...LZ, pack: 'gansu-2022-demo-enterprise', submittedAt: '2022-04-16' }, format: 'docx', expect: {}, indicators: DEMO_FULL, bonusIds: DEMO_BONUS },
  {
    id: 'gansu-asm-01-disqualified', about: '联盟考核（多年）：2021年考核不合格且未报送2022年度总结 → 取消资格；2021年度总结缺第五部分且迟报', pack: 'gansu-2020-alliance-assessment',
    sheetTitle: '甘肃省有色金属新材料产业技术创新联盟考核数据表', gansuForm: true, data: {},
    summaries: [{ year: 2020, date: '2021年2月20日', sections: [1, 2, 3, 4, 5] }, { year: 2021, date: '2022年3月15日', sections: [1, 2, 3, 4] }],
    meta: { region: '甘肃', year: 2023, pack: 'gansu-2020-alliance-assessment', period: { from: 2020, to: 2022 }, assessments: [{ year: 2021, result: 'fail' }] }, format: 'docx',
    expect: { 'summary.sections': 'fail', 'summary.on-time': 'fail', 'assessment.history': 'fail' },
    // 附件3 with the 附件1 form's figures: 2100万 → 22; projects 4; awards 3; IP 10; standards 2×3+1 = 7; problems 4; training 4; platforms 5; 2600万 → 4+4×2 = 12; talents 9; tasks 4.
    indicators: { 'management-rules': [0, 9], 'long-term-goals': [0, 6], 'rd-three-years': f(22), projects: f(4), awards: f(3), ip: f(10), standards: f(7), 'problems-solved': f(4), training: f(4), 'service-platforms': f(5), 'service-benefit': f(12), talents: f(9), 'special-work': [0, 6], 'assigned-tasks': f(4), 'national-award': f(0) },
    bonusIds: ['talents', 'special-work', 'assigned-tasks', 'national-award'],
  },
  {
    id: 'gansu-asm-02-on-time', about: '联盟考核（多年）：两年总结齐全、2021年度总结于2022年2月28日报送（3月前），考核合格', pack: 'gansu-2020-alliance-assessment',
    sheetTitle: '甘肃省光伏材料产业技术创新联盟考核数据表', gansuForm: true, data: {},
    summaries: [{ year: 2021, date: '2022年2月28日', sections: [1, 2, 3, 4, 5] }, { year: 2022, date: '2023年1月15日', sections: [1, 2, 3, 4, 5] }],
    meta: { region: '甘肃', year: 2023, pack: 'gansu-2020-alliance-assessment', period: { from: 2021, to: 2022 }, assessments: [{ year: 2021, result: 'pass' }] }, format: 'pdf', expect: {},
    indicators: { 'management-rules': [0, 9], 'long-term-goals': [0, 6], 'rd-three-years': f(22), projects: f(4), awards: f(3), ip: f(10), standards: f(7), 'problems-solved': f(4), training: f(4), 'service-platforms': f(5), 'service-benefit': f(12), talents: f(9), 'special-work': [0, 6], 'assigned-tasks': f(4), 'national-award': f(0) },
    bonusIds: ['talents', 'special-work', 'assigned-tasks', 'national-award'],
  },
  {
    id: 'hefei-01-qualified', about: '合肥联盟年度考核：62.5–72.5 分，合格（白皮书待专家评分）', pack: 'hefei-2017-alliance-assessment',
    sheetTitle: '合肥市智能语音产业技术创新战略联盟考核数据表', selfEvalTitle: '合肥市产业技术创新战略联盟自查报告（考核评分自评表）',
    data: {
      officeStaff: '有', councilMeetings: '2次', sharingPlatforms: '有', planAndSummary: '有', fundRules: '有', fundReport: '有', auditSeparate: '无', techContracts: '4项', achievementRegs: '1项', projectsAttracted: '1项', newProductCerts: '1项',
      jointProjects: '1项', internationalEvents: '6次', services: '2项', leadStandards: '1项', joinStandards: '1项', inventionExam: '3件', eventsOrganized: '1次', eventsJoined: '3次', newMembers: '6家', monthlyReports: '4条', bureauActivities: '2次',
      hefeiEvents: '0次', bigProjects: '0个', midProjects: '1个', smallProjects: '0个',
    },
    claims: { organization: 7, plans: 5, funds: 4, 'white-paper': 8 },
    meta: { region: '合肥', year: 2020, pack: 'hefei-2017-alliance-assessment', submittedAt: '2021-01-20' }, format: 'docx', expect: {},
    // 2+2+3; 5; 2+2+0; 4+1+1+1 = 7; 5; 6; 2×2; 5+2+1 (3 exams → 1); 5+3; white paper open; 6家 → 2; 4条 → 2; 2; bonus 1亿-5亿 ×2.5.
    indicators: { organization: f(7), plans: f(5), funds: f(4), transfer: f(7), 'joint-rd': f(5), international: f(6), services: f(4), standards: f(8), brand: f(8), 'white-paper': [0, 10], 'new-members': f(2), 'monthly-reports': f(2), 'bureau-activities': f(2), 'hefei-events': f(0), 'major-projects': f(2.5) },
    bonusIds: HF_BONUS, inflation: 0,
  },
  {
    id: 'hefei-02-revoked', about: '合肥联盟年度考核：16–26 分，不合格，上年度也不合格 → 取消市级联盟资格；自评虚高 15 分', pack: 'hefei-2017-alliance-assessment',
    sheetTitle: '合肥市新材料产业技术创新战略联盟考核数据表', selfEvalTitle: '合肥市产业技术创新战略联盟自查报告（考核评分自评表）',
    data: {
      officeStaff: '有', councilMeetings: '0次', sharingPlatforms: '有', planAndSummary: '无', fundRules: '有', fundReport: '无', auditSeparate: '无', techContracts: '1项', achievementRegs: '0项', projectsAttracted: '0项', newProductCerts: '0项',
      jointProjects: '0项', internationalEvents: '1次', services: '1项', leadStandards: '0项', joinStandards: '1项', inventionExam: '1件', eventsOrganized: '0次', eventsJoined: '2次', newMembers: '0家', monthlyReports: '2条', bureauActivities: '1次',
      hefeiEvents: '0次', bigProjects: '0个', midProjects: '0个', smallProjects: '0个',
    },
    claims: { organization: 7, plans: 5, funds: 10 },
    meta: { region: '合肥', year: 2020, pack: 'hefei-2017-alliance-assessment', submittedAt: '2021-01-22', assessments: [{ year: 2019, result: 'fail' }] }, format: 'pdf', expect: { 'assessment.history': 'fail' },
    indicators: { organization: f(5), plans: f(0), funds: f(2), transfer: f(1), 'joint-rd': f(0), international: f(1), services: f(2), standards: f(2), brand: f(2), 'white-paper': [0, 10], 'new-members': f(0), 'monthly-reports': f(0), 'bureau-activities': f(1), 'hefei-events': f(0), 'major-projects': f(0) },
    bonusIds: HF_BONUS, inflation: 15,
  },
];
