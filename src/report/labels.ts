import type { MemberType } from '../model/member.js';
import type { ConditionStatus, Verdict } from '../model/finding.js';

/** Chinese words for statuses and verdicts in reports. */
export const STATUS_LABELS: Record<ConditionStatus, string> = { pass: '符合', fail: '不符合', unknown: '待核实' };
export const VERDICT_LABELS: Record<Verdict, string> = { pass: '通过', fail: '不通过', 'needs-review': '待人工核实', error: '无法审查' };

/** Chinese names of member types. */
export const MEMBER_TYPE_LABELS: Record<MemberType, string> = { enterprise: '企业', university: '高等院校', institute: '科研院所', other: '其他' };

/** The main facts reports show, with their Chinese labels. */
export const FACT_LABELS: Record<string, string> = {
  allianceName: '联盟名称',
  leadUnit: '牵头单位',
  memberCountDeclared: '申报成员总数',
  memberCount: '列明成员单位数',
  provincialPlatformCount: '省级及以上研发平台数',
  fullTimeStaff: '专职人员数',
  leadProvince: '牵头单位注册地',
};
