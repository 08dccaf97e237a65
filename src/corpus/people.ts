import type { Report } from '../model/report.js';
import { findPersonalData, isLikelyPersonName } from '../text/personal-data.js';

/** Labels of form fields whose value is a person (联系人, 法定代表人, 理事长, 专家 …). */
const PERSON_FIELD = /联系人|法定代表人|法人代表|授权代表|负责人|理事长|秘书长|姓名|签字人|签名|经办人|填表人|审核人|专家/u;
/** Titles written after a surname or a name: 李教授, 张研究员, 赵高工. */
const TITLES = /(?:副?教授|研究员|高级工程师|高工|工程师|博士|院士|先生|女士|同志|主任|老师)$/u;

/** A part of a field: a name (王芳), or a surname or name with a title (李教授), kept with and without the title; null when it is neither. */
function namePart(part: string, anySurname: boolean): string[] | null {
  const bare = part.replace(TITLES, '');
  if (bare !== part && bare.length >= 1 && isLikelyPersonName(`${bare}${bare.length === 1 ? '某' : ''}`, anySurname)) return bare.length === 1 ? [part] : [part, bare];
  return isLikelyPersonName(part, anySurname) ? [part] : null;
}

/**
 * The person names in a field's text, phones and e-mail addresses taken out: the parts between
 * separators (、，; spaces, digits). A field that holds persons (理事长, 联系人, a signer) takes any
 * name-shaped part; a labelled form value (`strict`) only names with a common surname, and none at
 * all when any part is not a name (专家委员会：已成立 holds no names).
 */
function namesIn(text: string, strict = false): string[] {
  let rest = text;
  for (const m of findPersonalData(text).filter((p) => p.kind !== 'person').reverse()) rest = `${rest.slice(0, m.start)} ${rest.slice(m.end)}`;
  const parts = rest.split(/[、，,；;。\s/|（）()：:0-9A-Za-z+\-]+/u).filter(Boolean);
  const names = parts.map((p) => namePart(p, !strict));
  if (strict && names.some((n) => n === null)) return [];
  return names.flatMap((n) => n ?? []);
}

/**
 * The names of persons a report's facts hold in known fields: the alliance chairman (理事长), the
 * contact (联系人), the expert committee (专家), signers of signature pages, and labelled form values
 * whose label names a person (法定代表人, 负责人, 姓名 …). Distinct, in the order found.
 */
export function personNames(report: Report): string[] {
  const f = report.facts;
  const names: string[] = [];
  for (const value of [f.chairman?.value, f.contact?.value, f.expertCommittee?.value]) if (value) names.push(...namesIn(value));
  for (const row of f.signatureRows?.value ?? []) if (row.signer) names.push(...namesIn(row.signer));
  for (const lv of f.labelledValues?.value ?? []) if (PERSON_FIELD.test(lv.label)) names.push(...namesIn(lv.value, true));
  return [...new Set(names)];
}
