import type { Doc } from '../../src/model/document.js';
import { unitKey } from '../../src/text/organizations.js';
import { absent, found, unreadable, type Fact } from '../../src/model/fact.js';
import type { Fields } from '../../src/model/fields.js';
import type { Member, SignatureRow } from '../../src/model/member.js';
import { readAllianceName } from './alliance-name.js';
import { readClauseFacts } from './clause-facts.js';
import { documentEvidence, unreadablePages } from './doc-text.js';
import { readPlatforms } from './platforms.js';
import { readOutline } from './outline.js';
import { AGREEMENT_OUTLINE } from './outlines.js';
import { readParties, readSignatureRows } from './parties.js';

/** 协议书 / 联盟协议: parties, signature rows, clauses, outline chapters. */
export function readAgreement(doc: Doc): Fields {
  const fields: Fields = { ...readClauseFacts(doc) };
  const name = readAllianceName(doc);
  if (name) fields.allianceName = name;
  const hasUnreadable = unreadablePages(doc).length > 0;
  const parties = readParties(doc);
  fields.agreementParties = listFact(doc, parties, hasUnreadable);
  if (parties.length > 0) {
    fields.members = fields.agreementParties;
    fields.memberCount = found(new Set(parties.map((p) => unitKey(p.name))).size, parties.flatMap((p) => p.evidence).slice(0, 3));
  }
  const rows = readSignatureRows(doc);
  fields.signatureRows = listFact(doc, rows, hasUnreadable);
  if (rows.length > 0) {
    const signed = rows.filter((r) => r.signed === 'yes');
    fields.agreementSignatories = found(signed.map((r) => r.name), signed.flatMap((r) => r.evidence));
  } else fields.agreementSignatories = hasUnreadable ? unreadable([documentEvidence(doc)]) : absent([documentEvidence(doc)]);
  fields.outlineSections = readOutline(doc, AGREEMENT_OUTLINE);
  const platforms = readPlatforms(doc);
  if (platforms) fields.provincialPlatforms = platforms;
  return fields;
}

function listFact<T extends Member | SignatureRow>(doc: Doc, items: T[], hasUnreadable: boolean): Fact<T[]> {
  if (items.length > 0) return found(items, items.flatMap((i) => i.evidence).slice(0, 5));
  return hasUnreadable ? unreadable([documentEvidence(doc)]) : absent([documentEvidence(doc)]);
}
