import type { Doc } from '../../src/model/document.js';
import type { Fact } from '../../src/model/fact.js';
import type { Facts } from '../../src/model/facts.js';
import { countChars } from '../../src/text/length.js';
import { countAfter } from '../../src/text/inline-counts.js';
import { normalizeText } from '../../src/text/normalize.js';
import { factFromHit, readFormFields, type FormFieldSpec } from './form-fields.js';
import { formView, type FieldHit } from '../layout/form-view.js';
import { readLimitedTexts } from './limited-texts.js';
import { readMemberCounts } from './member-counts.js';
import { readPlatforms } from './platforms.js';
import { memberFacts } from '../facts/member-facts.js';

/** Labelled facts of the Gansu 组建申请表 (seed 000, 附件1). */
export const APPLICATION_FIELDS: readonly FormFieldSpec[] = [
  { key: 'allianceName', aliases: ['产业联盟名称（全称）', '产业联盟名称', '联盟名称'], parse: 'text' },
  { key: 'field', aliases: ['技术领域'], parse: 'text' },
  { key: 'leadUnit', aliases: ['牵头单位'], parse: 'text' },
  { key: 'leadOutputValue', aliases: ['牵头单位产值'], parse: 'money' },
  { key: 'leadProvincialPurchases', aliases: ['牵头单位省内采购金额'], parse: 'money' },
  { key: 'leadRdThisYear', aliases: ['牵头单位本年度科研投入'], parse: 'money' },
  { key: 'leadRdThreeYears', aliases: ['牵头单位近三年科研投入'], parse: 'money' },
  { key: 'serviceBenefit', aliases: ['通过服务为服务企业产生的年经济效益'], parse: 'money' },
  { key: 'memberCountDeclared', aliases: ['成员总数'], parse: 'count' },
  { key: 'industryScale', aliases: ['产业联盟所在行业经济规模'], parse: 'money-yi' },
  { key: 'leadIndustrySharePercent', aliases: ['产业联盟牵头单位行业地位'], parse: 'percent' },
  { key: 'membersIndustrySharePercent', aliases: ['产业联盟成员占行业比重'], parse: 'percent' },
  { key: 'leadAddress', aliases: ['常设机构通讯地址', '产业联盟办公室地址'], parse: 'text' },
  { key: 'chairman', aliases: ['产业联盟理事长'], parse: 'text' },
  { key: 'hostUnit', aliases: ['产业联盟常设机构依托单位名称', '常设机构依托单位名称'], parse: 'text' },
  { key: 'officeAddress', aliases: ['产业联盟办公室地址'], parse: 'text' },
  { key: 'contact', aliases: ['办公室联系人及联系方式', '联系人'], parse: 'text' },
  { key: 'expertCommittee', aliases: ['技术专家委员会成员名单'], parse: 'text' },
  { key: 'leadProjects', aliases: ['承担科研项目情况'], parse: 'text' },
  { key: 'leadAwards', aliases: ['获科技奖励情况'], parse: 'text' },
  { key: 'ipCount', aliases: ['近3年获专利等知识产权数量'], parse: 'count' },
  { key: 'standardsCount', aliases: ['近3年年主持或参与制定标准数量', '近3年主持或参与制定标准数量'], parse: 'count' },
  { key: 'problemsSolved', aliases: ['解决行业发展关键和共性技术难题'], parse: 'count' },
  { key: 'nationalAwards', aliases: ['产业联盟国家级奖励'], parse: 'text' },
  { key: 'assignedTasks', aliases: ['产业联盟完成省工信厅安排的相关服务工作', '完成省工信厅安排的相关服务工作'], parse: 'count' },
];

/** Answers that hold several counts, each after its own words: the field, the row label and the words before the number. */
const INLINE_COUNTS: readonly { key: keyof Facts; row: readonly string[]; after: string }[] = [
  { key: 'trainingQualifications', row: ['行业人才培训能力'], after: '培训资质' },
  { key: 'nationalServicePlatforms', row: ['技术服务能力'], after: '国家级创新创业平台' },
  { key: 'provincialServicePlatforms', row: ['技术服务能力'], after: '省级创新创业平台' },
  { key: 'academicians', row: ['产业联盟高层次人才'], after: '院士（含外聘）' },
  { key: 'nationalTalents', row: ['产业联盟高层次人才'], after: '国家级人才' },
  { key: 'provincialLeaders', row: ['产业联盟高层次人才'], after: '省领军人才' },
];

/** Gansu 组建申请表: every labelled field, counts by type, the member table with credit codes, the goal text. */
export function readApplicationForm(doc: Doc): Facts {
  const view = formView(doc);
  const facts = readFormFields(doc, view, APPLICATION_FIELDS);
  facts.memberCountsByType = readMemberCounts(doc, view, {
    enterprise: ['成员企业数'],
    university: ['成员高校数量', '成员高校数'],
    institute: ['成员研究机构数', '成员研究机构数量'],
    other: ['成员其他单位数', '其他成员数'],
  });
  for (const spec of INLINE_COUNTS) {
    const hit = view.find(spec.row, { nonEmpty: true });
    (facts as Record<string, unknown>)[spec.key] = factFromHit(doc, hit, hit ? countAfter(normalizeText(hit.value), normalizeText(spec.after)) : null);
  }
  facts.operatingMechanism = textFact(doc, view.textAfter(['四、产业联盟运行机制（组织机构建设、管理制度建设、中长期发展目标）', '产业联盟运行机制']));
  facts.specialWork = textFact(doc, view.textAfter(['五、产业联盟特色工作', '产业联盟特色工作']));
  const goal = view.textAfter(['二、技术创新目标（限500字）', '技术创新目标']);
  facts.technicalGoal = factFromHit(doc, goal, goal && goal.value.trim() ? goal.value : null);
  facts.limitedTexts = readLimitedTexts(doc, view);
  if (goal && goal.value.trim() && !facts.limitedTexts.value?.some((t) => t.label.includes('技术创新目标'))) {
    facts.limitedTexts.value?.push({ label: '技术创新目标', text: goal.value, length: countChars(goal.value), limit: 500 });
  }
  const { members, memberCount } = memberFacts(doc);
  facts.members = members;
  if (memberCount) facts.memberCount = memberCount;
  const platforms = readPlatforms(doc);
  if (platforms) facts.provincialPlatforms = platforms;
  return facts;
}

function textFact(doc: Doc, hit: FieldHit | null): Fact<string> {
  return factFromHit(doc, hit, hit && hit.value.trim() ? hit.value : null);
}
