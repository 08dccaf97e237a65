import { MemberTypeSchema } from '../../model/member.js';
import { isValidCreditCode } from '../../text/credit-code.js';
import { unitKey } from '../../text/organizations.js';
import { col } from '../columns.js';
import { evidenceColumnDefs, evidenceColumns } from './evidence-columns.js';
import { documentKinds, type ReportTable } from './report-table.js';

/** One row per member unit per submission, from the merged member list. */
export const MEMBERS: ReportTable = {
  name: 'members',
  kind: 'table',
  grain: 'one row per member unit per submission',
  description: 'Member units (成员单位) of each submission, from the member list merged over all its documents.',
  columns: [
    col('submission', 'VARCHAR', '申报编号', 'Submission id', 'submission.id'),
    col('list_position', 'INTEGER', '序号', 'Position in the merged member list', 'index in facts.members.value', { unit: '1-based' }),
    col('name', 'VARCHAR', '单位名称', 'Unit name as written', 'facts.members.value[].name', { privacy: 'org' }),
    col('name_normalized', 'VARCHAR', '单位名称（规范化）', 'Name normalised for matching across filings: half-width, no spaces, 有限责任公司 read as 有限公司', 'unitKey(facts.members.value[].name)', { privacy: 'org' }),
    col('credit_code', 'VARCHAR', '统一社会信用代码', 'Unified social credit code (or older organisation code) as filed; null when none', 'facts.members.value[].creditCode', { privacy: 'none' }),
    col('credit_code_valid', 'BOOLEAN', '信用代码校验通过', 'The credit code passes its GB 32100-2015 check character; null without a code', 'isValidCreditCode(credit_code)'),
    col('type', 'VARCHAR', '单位类型', 'Kind of unit', 'facts.members.value[].type', { values: MemberTypeSchema.options.join(' / '), privacy: 'none' }),
    col('province', 'VARCHAR', '省份', 'Province from the credit code’s division code or the name, when known', 'facts.members.value[].province', { privacy: 'none' }),
    col('is_lead', 'BOOLEAN', '是否牵头单位', 'The unit is the lead unit (normalised names equal)', 'name_normalized = unitKey(facts.leadUnit.value)'),
    col('confidence', 'DOUBLE', 'OCR置信度', 'OCR confidence of the line the unit was read from; null for born-digital text', 'facts.members.value[].confidence', { unit: '0–1' }),
    ...evidenceColumnDefs('member', 'facts.members.value[]'),
  ],
  rows: (r) => {
    const kinds = documentKinds(r);
    const lead = r.facts.leadUnit?.value ? unitKey(r.facts.leadUnit.value) : null;
    return (r.facts.members?.value ?? []).map((m, i) => ({
      submission: r.submission.id,
      list_position: i + 1,
      name: m.name,
      name_normalized: unitKey(m.name),
      credit_code: m.creditCode ?? null,
      credit_code_valid: m.creditCode ? isValidCreditCode(m.creditCode) : null,
      type: m.type,
      province: m.province ?? null,
      is_lead: lead !== null && unitKey(m.name) === lead,
      confidence: m.confidence ?? null,
      ...evidenceColumns(m.evidence, kinds),
    }));
  },
};
