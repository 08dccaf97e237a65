import type { Doc } from '../../src/model/document.js';
import type { Evidence } from '../../src/model/evidence.js';
import { absent, found, unreadable, type Fact } from '../../src/model/fact.js';
import type { Facts } from '../../src/model/facts.js';
import { BODY_NAMES, CLAUSES, DEFERRABLE, DEFERRED, NOT_THE_CLAUSE, bodyNames, sentences, type ClauseId } from '../../src/text/clauses.js';
import { parseArticleHeading, parseOutlineHeading } from '../../src/text/articles.js';
import { findFirstNumber } from '../../src/text/numerals.js';
import { docLines, documentEvidence, evidenceAt, spanConfidence, unreadablePages } from '../../src/model/doc-view.js';

/** A sentence that matched a clause pattern, with where it stands. */
export interface ClauseHit {
  sentence: string;
  evidence: Evidence;
  /** OCR confidence of the line (1 for born-digital text). */
  confidence: number;
  /** The sentence puts the clause off or denies it ("另行制定", "不设立共同经费"). */
  deferred?: boolean;
}

/** Headings alone ("（六）联盟的经费管理") name a clause but do not make it. */
function isBareHeading(text: string): boolean {
  const outline = parseOutlineHeading(text);
  const article = parseArticleHeading(text);
  if (article?.kind === 'chapter') return true;
  if (outline && outline.title.length >= text.length - 4 && text.length <= 30) return true;
  return false;
}

/** Characters after "专职人员" within which a staff number is read. */
const STAFF_WINDOW = 14;

const hitsCache = new WeakMap<Doc, Map<ClauseId, ClauseHit[]>>();

/** Sentences of a document matching each clause pattern (bare headings excluded). */
export function clauseHits(doc: Doc): Map<ClauseId, ClauseHit[]> {
  const cached = hitsCache.get(doc);
  if (cached) return cached;
  const hits = new Map<ClauseId, ClauseHit[]>();
  for (const line of docLines(doc)) {
    if (line.kind === 'heading' || isBareHeading(line.text)) continue;
    for (const sentence of sentences(line.text)) {
      const deferred = DEFERRED.test(sentence);
      for (const [id, pattern] of Object.entries(CLAUSES) as [ClauseId, RegExp][]) {
        const match = pattern.exec(sentence);
        if (!match || NOT_THE_CLAUSE[id]?.test(sentence)) continue;
        const list = hits.get(id) ?? [];
        // The clause rests on its wording: it is as reliable as the words that matched.
        const hit: ClauseHit = { sentence, evidence: evidenceAt(doc, line, sentence), confidence: spanConfidence(line, match[0]) };
        if (deferred && DEFERRABLE.has(id)) hit.deferred = true;
        list.push(hit);
        hits.set(id, list);
      }
    }
  }
  hitsCache.set(doc, hits);
  return hits;
}

function missing<T>(doc: Doc): Fact<T> {
  return unreadablePages(doc).length > 0 ? unreadable([documentEvidence(doc)]) : absent([documentEvidence(doc)]);
}

/**
 * A boolean fact: true with the first sentences as evidence; false when the only sentences put the
 * clause off ("经费管理办法另行制定"); else absent/unreadable.
 */
function clauseFact(doc: Doc, hits: Map<ClauseId, ClauseHit[]>, ...ids: ClauseId[]): Fact<boolean> {
  const all = ids.flatMap((id) => hits.get(id) ?? []);
  const list = all.filter((h) => !h.deferred);
  if (list.length > 0) return found(true, list.slice(0, 3).map((h) => h.evidence), Math.max(...list.map((h) => h.confidence)));
  if (all.length > 0) return found(false, all.slice(0, 3).map((h) => h.evidence), Math.max(...all.map((h) => h.confidence)));
  return missing(doc);
}

/** Clause-level facts of an agreement or charter: goals, division, funds, IP, bodies, membership rules, staff. */
export function readClauseFacts(doc: Doc): Facts {
  const hits = clauseHits(doc);
  const facts: Facts = {
    hasGoals: clauseFact(doc, hits, 'goals'),
    hasTaskDivision: clauseFact(doc, hits, 'taskDivision'),
    hasFundRules: clauseFact(doc, hits, 'fundRules'),
    hasProjectRules: clauseFact(doc, hits, 'projectRules'),
    hasConfidentialityRules: clauseFact(doc, hits, 'confidentiality'),
    hasCooperationRules: clauseFact(doc, hits, 'cooperationRules'),
    fundSupervision: clauseFact(doc, hits, 'fundSupervision'),
    admissionExit:
      (hits.get('admission')?.length ?? 0) > 0 && (hits.get('exit')?.length ?? 0) > 0
        ? found(true, [hits.get('admission')![0].evidence, hits.get('exit')![0].evidence])
        : missing(doc),
    externalResponsibility: (() => {
      const h = hits.get('externalResponsibility')?.[0];
      return h ? found(h.sentence, [h.evidence]) : missing<string>(doc);
    })(),
  };
  const agreed = (id: ClauseId) => {
    const list = hits.get(id)?.filter((h) => !h.deferred);
    return list && list.length > 0 ? list : undefined;
  };
  const ip = { ownership: agreed('ipOwnership'), licensing: agreed('ipLicensing'), revenueSharing: agreed('ipRevenueSharing'), liability: agreed('liability') };
  const ipEvidence = Object.values(ip).flatMap((h) => (h ? [h[0].evidence] : []));
  facts.ipClauses = ipEvidence.length > 0
    ? found({ ownership: !!ip.ownership, licensing: !!ip.licensing, revenueSharing: !!ip.revenueSharing, liability: !!ip.liability }, ipEvidence)
    : missing(doc);
  facts.bodies = readBodies(doc, hits);
  const staff = hits.get('fullTimeStaff')?.[0];
  if (staff) {
    const after = staff.sentence.slice(staff.sentence.search(CLAUSES.fullTimeStaff), staff.sentence.search(CLAUSES.fullTimeStaff) + STAFF_WINDOW);
    const n = findFirstNumber(after);
    facts.fullTimeStaff = n && n.value >= 0 && n.value < 1000 ? found(n.value, [staff.evidence], 0.9) : missing(doc);
    facts.fullTimeStaffMentioned = found(n?.value !== 0, [staff.evidence]);
  } else {
    // An office staffed only by part-timers has no full-time staff.
    const partTime = hits.get('partTimeStaff')?.[0];
    if (partTime) {
      facts.fullTimeStaff = found(0, [partTime.evidence], 0.9);
      facts.fullTimeStaffMentioned = found(false, [partTime.evidence]);
    }
  }
  return facts;
}

function readBodies(doc: Doc, _hits: Map<ClauseId, ClauseHit[]>): Fact<{ decision: string[]; consulting: string[]; executive: string[] }> {
  const names = { decision: [] as string[], consulting: [] as string[], executive: [] as string[] };
  const evidence: Evidence[] = [];
  for (const line of docLines(doc)) {
    for (const kind of Object.keys(BODY_NAMES) as (keyof typeof BODY_NAMES)[]) {
      const found = bodyNames(line.text, kind).filter((n) => !names[kind].includes(n));
      if (found.length === 0) continue;
      names[kind].push(...found);
      if (evidence.length < 6) evidence.push(evidenceAt(doc, line, line.text));
    }
  }
  if (evidence.length === 0) return missing(doc);
  return found(names, evidence);
}
