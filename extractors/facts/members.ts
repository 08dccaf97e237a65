import type { Cell, Doc } from '../../src/model/document.js';
import type { Evidence } from '../../src/model/evidence.js';
import type { Member } from '../../src/model/member.js';
import { isUnitName, memberTypeWord, withoutCodes } from '../../src/text/cell-content.js';
import { findCreditCodes, findOrganizationCodes } from '../../src/text/credit-code.js';
import { codesRead } from './credit-codes.js';
import { cleanUnitName, memberTypeOf, parsePartyLine, provinceOfCreditCode, provinceOfText, unitKey } from '../../src/text/organizations.js';
import { parseMemberRecord, parseProseMemberList } from '../../src/text/member-records.js';
import { docLines, evidenceAt, spanConfidence, type Line } from '../../src/model/doc-view.js';
import { listTables, type ListTable } from '../layout/list-tables.js';

/** Where a list of members was read: a member table, numbered records, party lines, a sentence, or signature rows. */
export type MemberSource = 'table' | 'records' | 'parties' | 'prose';

/** One list of members as a document gives it, in order; a unit listed twice stays twice. */
export interface MemberList {
  source: MemberSource;
  members: Member[];
  /** The list says it names only some of the members ("A、B、C等十一家"). */
  partial?: boolean;
}

/** A member from a unit name and what is known of it; the credit code fills the province. */
export function toMember(name: string, known: { code?: string; typeWord?: string; location?: string }, evidence: Evidence[], confidence?: number): Member {
  const code = known.code;
  const province = (code ? provinceOfCreditCode(code) : null) ?? provinceOfText(known.location ?? '') ?? provinceOfText(name);
  const m: Member = { name, type: (known.typeWord ? memberTypeWord(known.typeWord) : null) ?? memberTypeOf(name), evidence };
  if (confidence !== undefined) m.confidence = confidence;
  if (code) m.creditCode = code;
  if (province) m.province = province;
  return m;
}

/** The first credit code in a text, upper-cased. */
function firstCode(text: string): string | undefined {
  return findCreditCodes(text)[0]?.code;
}

/**
 * Every member list of a document: tables whose name column holds unit names (not signature
 * tables, not lists of people), numbered member records in prose, 甲方/乙方 party lines with the
 * code on the same or the next line, and a sentence naming the founding units.
 */
export function readMemberLists(doc: Doc): MemberList[] {
  const lists: MemberList[] = [];
  for (const table of listTables(doc)) {
    const members = membersOfTable(doc, table);
    if (members.length > 0) lists.push({ source: 'table', members });
  }
  const lines = docLines(doc).filter((l) => l.kind !== 'row');
  const records = membersOfRecords(doc, lines);
  if (records.length > 0) lists.push({ source: 'records', members: records });
  const parties = membersOfPartyLines(doc, lines);
  if (parties.length > 0) lists.push({ source: 'parties', members: parties });
  for (const line of lines) {
    const prose = parseProseMemberList(line.text);
    if (prose.names.length < 2) continue;
    const list: MemberList = { source: 'prose', members: prose.names.map((n) => toMember(n, {}, [evidenceAt(doc, line, line.text)], line.confidence)) };
    if (prose.declared !== null && prose.declared > prose.names.length) list.partial = true;
    lists.push(list);
  }
  return lists;
}

/** A table lists members when its name column holds unit names and it is neither a signature page nor a list of people. */
export function isSignatureTable(table: ListTable): boolean {
  return table.columns.some((c) => c.role === 'sign' || c.role === 'seal' || c.role === 'date' || (c.role === 'name' && c.seals));
}

/** The units of a document's signature tables, with the codes and types those tables state. */
export function membersOfSignatureTables(doc: Doc): Member[] {
  return listTables(doc)
    .filter(isSignatureTable)
    .flatMap((t) => membersOfTable(doc, t, true));
}

function membersOfTable(doc: Doc, table: ListTable, signatures = false): Member[] {
  if ((!signatures && isSignatureTable(table)) || /姓名|专家|职称|职务|人员/u.test(table.headerText)) return [];
  const nameColumn = table.columns.findIndex((c) => c.role === 'name');
  if (nameColumn < 0) return [];
  const column = (role: string) => table.columns.findIndex((c) => c.role === role);
  const [codeColumn, typeColumn, locationColumn] = [column('code'), column('type'), column('location')];
  const out: Member[] = [];
  for (const row of table.rows) {
    const cell = row.cells[nameColumn];
    const name = cell ? unitNameOfCell(cell.text) : null;
    if (!cell || !name) continue;
    const codeCell = row.cells[codeColumn];
    const codeText = codeCell?.text ?? '';
    // A code column may hold the older 9-character organisation code (组织机构代码).
    const code = (codeCell ? codesRead(codeCell)[0]?.m.code : undefined) ?? firstCode(cell.text) ?? firstCode(row.text) ?? findOrganizationCodes(codeText)[0]?.code;
    const known = { code, typeWord: row.cells[typeColumn]?.text, location: row.cells[locationColumn]?.text };
    out.push(toMember(name, known, [evidenceAt(doc, cellAt(cell, row), row.text)], cell.confidence === undefined ? undefined : spanConfidence(cell, name)));
  }
  return out;
}

/** The unit a name cell names: its first line without list numbers, seal notes and codes. */
export function unitNameOfCell(text: string): string | null {
  const name = cleanUnitName(withoutCodes(text).replace(/\s+/gu, ''));
  return isUnitName(name) ? name : null;
}

function cellAt(cell: Cell, row: { page?: number }): Cell {
  return cell.page === undefined && row.page !== undefined ? { ...cell, page: row.page } : cell;
}

/** Numbered member records: "1.单位名称：…；单位性质：企业；统一社会信用代码：…" or "1.XX公司，统一社会信用代码：…". */
function membersOfRecords(doc: Doc, lines: readonly Line[]): Member[] {
  const out: Member[] = [];
  for (const line of lines) {
    const record = parseMemberRecord(line.text);
    if (!record) continue;
    out.push(toMember(record.name, { code: record.code, typeWord: record.type }, [evidenceAt(doc, line, line.text)], line.confidence));
  }
  return out.length >= 2 ? out : [];
}

/** Party lines "甲方：XX公司" with the credit code on the same line or on the lines before the next party. */
function membersOfPartyLines(doc: Doc, lines: readonly Line[]): Member[] {
  const out: Member[] = [];
  lines.forEach((line, i) => {
    const name = parsePartyLine(line.text);
    if (!name) return;
    let code = firstCode(line.text);
    for (let j = i + 1; !code && j < Math.min(lines.length, i + 4) && !parsePartyLine(lines[j].text); j++) {
      if (/信用代码|机构代码/u.test(lines[j].text)) code = firstCode(lines[j].text);
    }
    out.push(toMember(name, { code }, [evidenceAt(doc, line, line.text)], line.confidence));
  });
  return out;
}


/**
 * The members of one document: its lists joined, a unit named in two lists once (its code and type
 * taken from whichever list states them), a unit named twice in one list kept twice.
 */
export function documentMembers(lists: readonly MemberList[]): Member[] {
  const out: Member[] = [];
  for (const list of lists) {
    const before = out.length;
    for (const m of list.members) {
      const earlier = out.slice(0, before).find((o) => sameMember(o, m));
      if (!earlier) {
        out.push({ ...m, evidence: [...m.evidence] });
        continue;
      }
      if (!earlier.creditCode && m.creditCode) earlier.creditCode = m.creditCode;
      if (!earlier.province && m.province) earlier.province = m.province;
      if (earlier.type === 'other' && m.type !== 'other') earlier.type = m.type;
      earlier.evidence.push(...m.evidence.slice(0, 1));
    }
  }
  return out;
}

/** Two entries name the same unit: equal name keys, or the same credit code. */
function sameMember(a: Member, b: Member): boolean {
  return unitKey(a.name) === unitKey(b.name) || (a.creditCode !== undefined && a.creditCode === b.creditCode);
}
