import type { MetricInput } from '../../../src/engine/rubric/inputs.js';

const count = (id: string, label: string): MetricInput => ({ id, label, labels: [label], parse: 'count' });
const yesNo = (id: string, label: string): MetricInput => ({ id, label, labels: [label], parse: 'yes-no' });

/** Figures of the Hefei 评分细则 (seed 003 附件), as the alliance's 考核数据表 labels them. */
export const HEFEI_METRICS: MetricInput[] = [
  yesNo('officeStaff', '设立专门办公室并配备专职人员'),
  count('councilMeetings', '定期召开联盟理事会议次数'),
  yesNo('fundRules', '建立经费管理制度'),
  yesNo('sharingPlatforms', '建立资源共享平台、网站、qq群等交流平台'),
  yesNo('planAndSummary', '有半年及年度工作计划和总结'),
  yesNo('fundReport', '自查报告中报告年度联盟经费使用情况'),
  yesNo('auditSeparate', '联盟经费在年度审计报告中单独体现'),
  count('techContracts', '吸纳技术合同登记数'),
  count('achievementRegs', '技术成果登记数'),
  count('projectsAttracted', '发现、招引项目数'),
  count('newProductCerts', '获得的各类新产品认定数'),
  count('jointProjects', '攻克关键共性技术项目数'),
  count('internationalEvents', '参与国际科技合作、参加国际论坛和展会次数'),
  count('services', '开展领域（行业）服务项数'),
  count('leadStandards', '主持制定标准数'),
  count('joinStandards', '参与制定标准数'),
  count('inventionExam', '当年进入实审的发明专利数'),
  count('eventsOrganized', '组织活动次数'),
  count('eventsJoined', '参与活动次数'),
  count('newMembers', '发展联盟新成员数'),
  count('monthlyReports', '每月报送活动信息、意见建议条数'),
  count('bureauActivities', '参加市科技局组织的相关活动次数'),
  count('hefeiEvents', '在合肥举办全国或国际性相关活动次数'),
  count('bigProjects', '引进5亿元以上重大项目数'),
  count('midProjects', '引进1亿-5亿元重大项目数'),
  count('smallProjects', '引进1亿元以下项目数'),
];
