import { definePack } from '../../../src/engine/pack.js';
import { atLeast, below, between } from '../../../src/engine/rubric/tiers.js';
import { cite, citeText } from '../notices.js';
import { HEFEI_METRICS } from './metrics.js';

const TABLE = '附件《考核内容及评分细则》';
const S = citeText('hefei-2017', TABLE);
const m = (id: string) => `metrics.${id}`;

/** 合肥市产业技术创新战略联盟考核 (《合肥市产业技术创新战略联盟考核办法(试行)》, no 文号 printed; it rests on 合科〔2017〕37号). */
export default definePack({
  id: 'hefei-2017-alliance-assessment',
  version: '1',
  title: '合肥市产业技术创新战略联盟年度考核',
  citations: [cite('hefei-2017', `及${TABLE}`)],
  region: '合肥',
  documents: { required: ['self-evaluation', 'application-form'], recommended: ['annual-summary'] },
  detectKinds: [],
  detectWords: ['合肥'],
  conditions: [
    { id: 'materials.complete', options: { required: ['self-evaluation', 'application-form'], recommended: ['annual-summary'] }, citations: [cite('hefei-2017', '四（三）2', '形成自查报告及相关材料')] },
    { id: 'assessment.history', options: { mode: 'hefei' }, citations: [cite('hefei-2017', '五（二）', '连续两年考核结果均为不合格，将取消其市级联盟资格')] },
  ],
  rubric: {
    total: 100,
    groups: [
      { id: 'institution', label: '制度建设', max: 22 },
      { id: 'tasks', label: '联盟工作任务', max: 78 },
      { id: 'bonus', label: '加分项', max: 200, bonus: true },
    ],
    indicators: [
      { id: 'organization', group: 'institution', label: '1.设立决策、咨询和执行等组织机构，建立有效的决策与执行机制，定期召开联盟理事会会议，明确联盟对外承担责任的主体', max: 7, source: `${S}第1项`, claimedAs: ['1.组织机构、办公场地和专职人员、交流平台', '设立决策、咨询和执行等组织机构', '1.设立决策、咨询和执行等组织机构，建立有效的决策与执行机制'], kind: 'per-item', cap: 7, items: [{ input: m('officeStaff'), points: 2, label: '设立专门办公室并配备专职人员', perUnit: false }, { input: m('councilMeetings'), points: 2, label: '定期召开联盟理事会议', perUnit: false }, { input: m('sharingPlatforms'), points: 3, label: '建立资源共享平台、网站、qq群等', perUnit: false }] },
      { id: 'plans', group: 'institution', label: '2.明确年度工作安排，制定联盟年度工作计划、明确年度工作任务和目标', max: 5, source: `${S}第2项`, claimedAs: ['2.年度工作计划和总结', '明确年度工作安排，制定联盟年度工作计划', '2.明确年度工作安排，制定联盟年度工作计划、明确年度工作任务和目标'], kind: 'flag', input: m('planAndSummary'), points: 5 },
      { id: 'funds', group: 'institution', label: '3.健全经费管理制度，建立经费使用的内部监督机制', max: 10, source: `${S}第3项`, claimedAs: ['3.经费管理制度和经费使用报告', '健全经费管理制度，建立经费使用的内部监督机制', '3.健全经费管理制度，建立经费使用的内部监督机制'], kind: 'per-item', cap: 10, items: [{ input: m('fundRules'), points: 2, label: '建立经费管理制度', perUnit: false }, { input: m('fundReport'), points: 2, label: '报告年度经费使用情况', perUnit: false }, { input: m('auditSeparate'), points: 6, label: '经费在年度审计报告中单独体现', perUnit: false }] },
      { id: 'transfer', group: 'tasks', label: '4.开展成果转化及促进产业发展', max: 10, source: `${S}第4项`, kind: 'per-item', cap: 10, items: [{ input: m('techContracts'), points: 1, label: '技术合同登记' }, { input: m('achievementRegs'), points: 1, label: '技术成果登记' }, { input: m('projectsAttracted'), points: 1, label: '发现、招引项目' }, { input: m('newProductCerts'), points: 1, label: '新产品认定' }] },
      { id: 'joint-rd', group: 'tasks', label: '5.开展联合攻关和技术研发', max: 10, source: `${S}第5项`, kind: 'per-item', cap: 10, items: [{ input: m('jointProjects'), points: 5, label: '攻克关键共性技术项目' }] },
      { id: 'international', group: 'tasks', label: '6.开展对外合作', max: 10, source: `${S}第6项`, kind: 'per-item', cap: 10, items: [{ input: m('internationalEvents'), points: 1, label: '国际合作、论坛和展会' }] },
      { id: 'services', group: 'tasks', label: '7.开展领域(行业)服务', max: 10, source: `${S}第7项`, kind: 'per-item', cap: 10, items: [{ input: m('services'), points: 2, label: '领域(行业)服务' }] },
      { id: 'standards', group: 'tasks', label: '8.开展标准化工作', max: 10, source: `${S}第8项`, kind: 'per-item', cap: 10, items: [{ input: m('leadStandards'), points: 5, label: '主持制定标准' }, { input: m('joinStandards'), points: 2, label: '参与制定标准' }, { input: m('inventionExam'), points: 1, every: 2, label: '进入实审的发明专利（每2件）' }] },
      { id: 'brand', group: 'tasks', label: '9.开展品牌建设工作', max: 10, source: `${S}第9项`, kind: 'per-item', cap: 10, items: [{ input: m('eventsOrganized'), points: 5, label: '组织活动' }, { input: m('eventsJoined'), points: 1, label: '参与活动' }] },
      { id: 'white-paper', group: 'tasks', label: '10.组织编写年度产业（行业）发展白皮书或研究报告', max: 10, source: `${S}第10项`, kind: 'qualitative', levels: [{ label: '现状清楚、问题准确、举措可行、成效明显', points: 10 }, { label: '满足三项', points: 7.5 }, { label: '满足两项', points: 5 }, { label: '满足一项', points: 2.5 }, { label: '未发布', points: 0 }] },
      { id: 'new-members', group: 'tasks', label: '11.努力扩大联盟影响力，发展新成员', max: 3, source: `${S}第11项`, kind: 'tiers', input: m('newMembers'), unit: '家', tiers: [atLeast(11, 3, '11家以上得3分'), between(6, 10, 2, '6-10家得2分'), between(1, 5, 1, '1-5家得1分'), below(1, 0, '未发展新成员不得分')] },
      { id: 'monthly-reports', group: 'tasks', label: '每月报送活动信息、意见建议等', max: 2, source: `${S}第11项`, kind: 'tiers', input: m('monthlyReports'), unit: '条', tiers: [atLeast(4, 2, '不少于4条得2分'), below(4, 0, '少于4条不得分')] },
      { id: 'bureau-activities', group: 'tasks', label: '积极参加市科技局组织的相关活动', max: 3, source: `${S}第11项`, kind: 'per-item', cap: 3, items: [{ input: m('bureauActivities'), points: 1, label: '参加活动' }] },
      { id: 'hefei-events', group: 'bonus', label: '1.组织在合肥举办全国或国际有影响力的产业（行业）盛会、论坛和交流活动，提高合肥产业知名度和影响力', max: 100, source: `${S}加分项第1项`, claimedAs: ['组织在合肥举办全国或国际有影响力的产业（行业）盛会、论坛和交流活动'], kind: 'per-item', cap: 100, items: [{ input: m('hefeiEvents'), points: 5, label: '举办活动' }] },
      { id: 'major-projects', group: 'bonus', label: '2.围绕合肥市重点产业领域，招引重大项目并在合肥落地', max: 100, source: `${S}加分项第2项`, claimedAs: ['围绕合肥市重点产业领域，招引重大项目并在合肥落地'], kind: 'per-item', cap: 100, items: [{ input: m('bigProjects'), points: 5, label: '5亿元以上' }, { input: m('midProjects'), points: 2.5, label: '1亿-5亿元' }, { input: m('smallProjects'), points: 1, label: '1亿元以下' }] },
    ],
    bands: [
      { min: 90, label: '优秀' },
      { min: 60, label: '合格' },
      { min: -1000, label: '不合格' },
    ],
    flaws: [
      { indicator: 'new-members', flaw: '“1-5家、6-10家、11家以上”只覆盖整数，5与6、10与11之间有空档', reading: '成员数为整数，空档不会出现；若出现按较低档计' },
      { indicator: 'hefei-events', flaw: '加分项未规定上限', reading: '不设上限（为计算记作100分，实际不会达到）' },
      { indicator: 'major-projects', flaw: '加分项未规定上限；“5个亿以上”与“1亿-5亿”在5亿处重叠', reading: '不设上限（记作100分）；5亿元项目按就高原则计入5亿元以上' },
      { indicator: 'bonus', flaw: '加分项合计未规定上限', reading: '不设上限（记作200分）' },
    ],
  },
  metrics: HEFEI_METRICS,
  notes: ['90分以上为优秀、60分以上为合格、低于60分为不合格（“以上”含本数）。', '往年考核结果取自 submission.json 的 assessments。'],
});
