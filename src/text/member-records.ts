/**
 * Members written in prose: a numbered record per member ("1.单位名称：…；单位性质：企业；统一社会
 * 信用代码：…" or "1.XX公司，统一社会信用代码：…，法定代表人：…") and a sentence naming the founders
 * ("由A、B、C等十一家单位共同发起").
 */

import { isUnitName } from './cell-content.js';
import { findCreditCodes } from './credit-code.js';
import { toHalfWidth } from './normalize.js';
import { cleanUnitName } from './organizations.js';
import { parseCount } from './count.js';

/** One member record: the unit, its type word and its code when written. */
export interface MemberRecord {
  name: string;
  type?: string;
  code?: string;
}

/** A list number opening a record: "1." "1、" "（1）" "(1)" "1)" "①". */
const RECORD_NUMBER = /^\s*(?:\d{1,3}\s*[.、．)]|[（(]\d{1,3}[）)]|[\u2460-\u2473])\s*/u;
/** Record fields that can follow the unit name. */
const RECORD_FIELDS = /(?:单位性质|单位类型|性质|类型|统一社会信用代码|组织机构代码|信用代码|法定代表人|负责人|住所|地址|注册地址|通讯地址|联系人)\s*[：:]/u;

/** A numbered member record; null when the text is not one. */
export function parseMemberRecord(text: string): MemberRecord | null {
  const opening = RECORD_NUMBER.exec(text);
  if (!opening) return null;
  const body = text.slice(opening[0].length).replace(/\s+/gu, '');
  const labelled = /^(?:单位名称|成员单位名称|名称|单位)[：:]([^；;，,。]+)/u.exec(body);
  let name: string;
  if (labelled) name = labelled[1];
  else {
    const field = RECORD_FIELDS.exec(body);
    if (!field || field.index === 0) return null;
    name = body.slice(0, field.index).replace(/[，,；;。：:（(]+$/u, '');
  }
  name = cleanUnitName(name);
  if (!isUnitName(name)) return null;
  if (!labelled && !RECORD_FIELDS.test(body)) return null;
  const record: MemberRecord = { name };
  const type = /(?:单位性质|单位类型|性质|类型)[：:]([^；;，,。]+)/u.exec(body);
  if (type) record.type = type[1];
  const code = findCreditCodes(toHalfWidth(body))[0]?.code;
  if (code) record.code = code;
  return record;
}

/** The units a sentence names and the number it says there are ("等十一家": 11; null when it gives none). */
export interface ProseMemberList {
  names: string[];
  declared: number | null;
}

/** Verbs of founding an alliance or making its agreement. */
const FORMING = /发起|组建|订立|签署|签订|组成|成立|缔结|共同签/u;

/** Units named in a sentence such as "由A、B和C等十一家单位共同发起（组建、签署）"; no names when it names none. */
export function parseProseMemberList(text: string): ProseMemberList {
  const t = text.replace(/\s+/gu, '');
  const m = /由(.+?)(?:等([0-9一二三四五六七八九十百]+)家(?:单位|成员单位)?|([0-9一二三四五六七八九十百]+)家单位|共同)/u.exec(t);
  // Only a sentence about forming the alliance or making the agreement names its members.
  if (!m || !FORMING.test(t.slice(m.index))) return { names: [], declared: null };
  const names = m[1].split(/、|，|,/u).flatMap(splitLastPair).map((n) => cleanUnitName(n));
  const count = m[2] ?? m[3];
  const declared = count ? parseCount(`${count}家`) : null;
  return names.length >= 2 && names.every((n) => isUnitName(n)) ? { names, declared } : { names: [], declared: null };
}

/** "A和B" / "A及B" / "A与B" as two names when both halves are unit names; a name holding 和 stays whole. */
function splitLastPair(part: string): string[] {
  for (const m of part.matchAll(/以及|和|及|与/gu)) {
    const a = cleanUnitName(part.slice(0, m.index));
    const b = cleanUnitName(part.slice((m.index ?? 0) + m[0].length));
    if (isUnitName(a) && isUnitName(b)) return [a, b];
  }
  return [part];
}
