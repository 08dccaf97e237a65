import type { Doc } from '../../src/model/document.js';
import { found, type Fact } from '../../src/model/fact.js';
import type { Facts } from '../../src/model/facts.js';
import { findCreditCodes } from '../../src/text/credit-code.js';
import { provinceOfCreditCode, provinceOfText } from '../../src/text/organizations.js';
import { factFromHit, readFormFields, type FormFieldSpec } from './form-fields.js';
import { formView } from '../layout/form-view.js';
import { readMemberCounts } from './member-counts.js';
import { readYesNoRows } from './yes-no.js';
import { readLimitedTexts } from './limited-texts.js';
import { readPlatforms } from './platforms.js';

/** Labelled facts of the Henan 构建建议书 (seed 004, 附件1). */
export const PROPOSAL_FIELDS: readonly FormFieldSpec[] = [
  { key: 'allianceName', aliases: ['联盟名称'], parse: 'text' },
  { key: 'leadUnit', aliases: ['联盟牵头单位', '牵头单位'], parse: 'text' },
  { key: 'recommender', aliases: ['推荐单位'], parse: 'text' },
  { key: 'memberCountDeclared', aliases: ['联盟成员总数', '成员总数'], parse: 'count' },
  { key: 'leadAddress', aliases: ['通讯地址', '注册地址', '单位地址'], parse: 'text' },
  { key: 'councilSize', aliases: ['理事会'], parse: 'count' },
  { key: 'expertCommitteeSize', aliases: ['专家委员会'], parse: 'count' },
  { key: 'fullTimeStaff', aliases: ['秘书处专职人员', '专职人员'], parse: 'count' },
  { key: 'officeFunds', aliases: ['2020年办公运行经费', '办公运行经费'], parse: 'money' },
  { key: 'leadRdLastYear', aliases: ['上年度研发费用总额', '研发费用总额'], parse: 'money' },
];

/** The management-system rows with □有 □无 boxes, keyed by an English id. */
export const MANAGEMENT_SYSTEMS: Readonly<Record<string, string>> = {
  charterOrAgreement: '联盟章程或协议',
  projects: '项目管理制度',
  funds: '经费管理制度',
  personnel: '人员管理制度',
  ip: '知识产权管理制度',
  standards: '标准化管理制度',
  standardsCommittee: '联盟标准化委员会',
  ipDepartment: '专门的知识产权管理部门或人员',
  patentPool: '联盟专利池',
};

/** Henan 构建建议书: alliance and lead-unit facts, counts by type, staff, management-system boxes, limited texts. */
export function readProposal(doc: Doc): Facts {
  const view = formView(doc);
  const facts = readFormFields(doc, view, PROPOSAL_FIELDS);
  facts.memberCountsByType = readMemberCounts(doc, view, {
    enterprise: ['企业成员数量', '企业成员数'],
    university: ['高校成员数量', '高校成员数'],
    institute: ['研究机构成员数量', '研究机构成员数'],
    other: ['其他成员数量', '其他成员数'],
  });
  const systems = readYesNoRows(doc, view, MANAGEMENT_SYSTEMS);
  facts.managementSystems = systems.all;
  facts.hasFundRules = systems.byKey.funds;
  const codeHit = view.find(['组织机构代码', '统一社会信用代码', '机构代码'], { nonEmpty: true });
  const code = codeHit ? findCreditCodes(codeHit.value)[0]?.code ?? null : null;
  facts.leadCreditCode = factFromHit(doc, codeHit, code);
  facts.leadProvince = leadProvince(facts);
  facts.limitedTexts = readLimitedTexts(doc, view);
  const field = view.find(['所属领域'], { nonEmpty: true });
  const chosen = field?.checkboxes?.filter((b) => b.state === 'checked').map((b) => b.label) ?? [];
  facts.field = factFromHit(doc, field, chosen.length > 0 ? chosen.join('、') : null);
  const platforms = readPlatforms(doc);
  if (platforms) facts.provincialPlatforms = platforms;
  return facts;
}

/** The lead unit's province: from its credit code's division code, else its address. */
export function leadProvince(facts: Facts): Fact<string> | undefined {
  const code = facts.leadCreditCode;
  if (code?.value) {
    const p = provinceOfCreditCode(code.value);
    if (p) return found(p, code.evidence);
  }
  const address = facts.leadAddress;
  if (address?.value) {
    const p = provinceOfText(address.value);
    if (p) return found(p, address.evidence, 0.9);
  }
  return undefined;
}
