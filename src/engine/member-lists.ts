import type { Fact } from '../model/fact.js';
import type { Member } from '../model/member.js';
import type { DocumentRecord } from '../model/record.js';
import { DOC_KIND_LABELS } from '../model/kinds.js';

/** One document's member list as conditions compare them. */
export interface NamedList {
  /** Where the list stands (document kind, in Chinese). */
  where: string;
  members: Member[];
  fact: Fact<Member[]>;
}

/** The member lists of a submission's documents, born-digital apart from those read by OCR, and whether any list could not be read. */
export interface MemberLists {
  digital: NamedList[];
  ocr: NamedList[];
  unreadable: boolean;
}

/** Each document's own member list (its members, or its agreement parties), split by how it was read. */
export function memberListsOf(records: readonly DocumentRecord[]): MemberLists {
  const out: MemberLists = { digital: [], ocr: [], unreadable: false };
  for (const r of records) {
    const fact = r.facts.members ?? r.facts.agreementParties;
    if (!fact) continue;
    if (fact.status === 'unreadable') out.unreadable = true;
    if (fact.status !== 'found' || !fact.value || fact.value.length === 0) continue;
    const list = { where: DOC_KIND_LABELS[r.kind], members: fact.value, fact };
    (fact.value.some((m) => m.confidence !== undefined) ? out.ocr : out.digital).push(list);
  }
  return out;
}
