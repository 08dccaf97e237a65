import type { Doc } from '../../src/model/document.js';
import { absent, found, unreadable, type Fact } from '../../src/model/fact.js';
import type { Member } from '../../src/model/member.js';
import { unitKey } from '../../src/text/organizations.js';
import { documentEvidence, unreadablePages } from '../../src/model/doc-view.js';
import { documentMembers, readMemberLists, type MemberList } from './members.js';

/**
 * The member facts of a document: the units it lists (`members`) and how many distinct ones
 * (`memberCount`). `more` adds lists the document kind knows of (an agreement's signature page);
 * it is consulted when the document lists no members or only some ("A、B、C等十一家").
 */
export function memberFacts(doc: Doc, more: () => MemberList[] = () => []): { members: Fact<Member[]>; memberCount?: Fact<number> } {
  const lists = readMemberLists(doc);
  if (lists.length === 0 || lists.some((l) => l.partial)) lists.push(...more());
  // A sentence naming only some of the members ("A、B等十一家") is no member list of its own.
  const members = lists.every((l) => l.partial) ? [] : documentMembers(lists);
  if (members.length === 0) return { members: listFact(doc, members) };
  const fact = listFact(doc, members);
  return { members: fact, memberCount: found(new Set(members.map((m) => unitKey(m.name))).size, fact.evidence.slice(0, 3), fact.confidence) };
}

/**
 * A list as a fact: found when it has entries (as reliable as its best-read entry: each entry keeps
 * its own confidence); else unreadable when pages could not be read, absent otherwise.
 */
export function listFact<T extends { evidence: Member['evidence']; confidence?: number }>(doc: Doc, items: T[]): Fact<T[]> {
  if (items.length > 0) return found(items, items.flatMap((i) => i.evidence).slice(0, 5), Math.max(...items.map((i) => i.confidence ?? 1)));
  return unreadablePages(doc).length > 0 ? unreadable([documentEvidence(doc)]) : absent([documentEvidence(doc)]);
}
