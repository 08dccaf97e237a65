import type { Doc } from '../../src/model/document.js';
import { absent, found, unreadable } from '../../src/model/fact.js';
import type { Facts } from '../../src/model/facts.js';
import { readAllianceName } from './alliance-name.js';
import { readClauseFacts } from './clause-facts.js';
import { documentEvidence, unreadablePages } from '../../src/model/doc-view.js';
import { readPlatforms } from './platforms.js';
import { readHeadings } from '../layout/headings.js';
import { listFact, memberFacts } from '../facts/member-facts.js';
import { readSignatureRows } from '../facts/signatures.js';
import { membersOfSignatureTables, toMember, type MemberList } from '../facts/members.js';
import type { SignatureRow } from '../../src/model/member.js';
import { isUnitName } from '../../src/text/cell-content.js';
import { unitKey } from '../../src/text/organizations.js';

/** 协议书 / 联盟协议: parties (member tables, records, party lines, prose; else the signature page), signature rows, clauses, outline chapters. */
export function readAgreement(doc: Doc): Facts {
  const facts: Facts = { ...readClauseFacts(doc) };
  const name = readAllianceName(doc);
  if (name) facts.allianceName = name;
  const rows = readSignatureRows(doc);
  // Members named only on the signature pages ("本协议由签署页所列各方共同签署"), or only some of them before.
  const { members, memberCount } = memberFacts(doc, () => signatories(doc, rows));
  facts.agreementParties = members;
  if (members.value?.length) facts.members = members;
  if (memberCount) facts.memberCount = memberCount;
  facts.signatureRows = listFact(doc, rows);
  if (rows.length > 0) {
    const signed = rows.filter((r) => r.signed === 'yes');
    facts.agreementSignatories = found(signed.map((r) => r.name), signed.flatMap((r) => r.evidence));
  } else facts.agreementSignatories = unreadablePages(doc).length > 0 ? unreadable([documentEvidence(doc)]) : absent([documentEvidence(doc)]);
  facts.headings = readHeadings(doc);
  const platforms = readPlatforms(doc);
  if (platforms) facts.provincialPlatforms = platforms;
  return facts;
}

/** The units the signature pages name: their tables (with codes and types), else the signature blocks. */
function signatories(doc: Doc, rows: readonly SignatureRow[]): MemberList[] {
  const fromTables = membersOfSignatureTables(doc);
  if (fromTables.length > 0) return [{ source: 'table', members: fromTables }];
  const named = [...new Map(rows.filter((r) => isUnitName(r.name)).map((r) => [unitKey(r.name), toMember(r.name, {}, r.evidence.slice(0, 1), r.confidence)])).values()];
  return named.length > 0 ? [{ source: 'table', members: named }] : [];
}
