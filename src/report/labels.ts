import type { MemberType } from '../model/member.js';
import type { ConditionStatus, Verdict } from '../model/finding.js';
import type { RedFlag } from '../model/report.js';

/** Chinese words for condition statuses in reports (待核实: this condition could not be decided). */
export const STATUS_LABELS: Record<ConditionStatus, string> = { pass: '符合', fail: '不符合', unknown: '待核实' };
/** Chinese words for verdicts: the one vocabulary of every output (report, digest, summaries, console). */
export const VERDICT_LABELS: Record<Verdict, string> = { pass: '通过', fail: '不通过', 'needs-review': '待人工核实', error: '无法审查' };

/** Chinese names of red flags (自评虚高, 超出推荐名额, 逾期报送), as the pipeline puts them on reports. */
export { FLAG_LABELS } from '../pipeline/red-flags.js';

/** Chinese words for what a red flag does to the verdict. */
export const FLAG_EFFECT_LABELS: Record<RedFlag['effect'], string> = { fail: VERDICT_LABELS.fail, 'needs-review': VERDICT_LABELS['needs-review'] };

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
