import type { Doc } from '../../src/model/document.js';
import { absent, found, type Fact } from '../../src/model/fact.js';
import type { Evidence } from '../../src/model/evidence.js';
import type { MemberType } from '../../src/model/member.js';
import { parseCount } from '../../src/text/count.js';
import { documentEvidence, evidenceAt } from '../../src/model/doc-view.js';
import type { FormView } from '../layout/form-view.js';

type Counts = Record<MemberType, number | null>;

/** Declared member counts by type from a form's labelled cells. */
export function readMemberCounts(doc: Doc, view: FormView, aliases: Record<MemberType, readonly string[]>): Fact<Counts> {
  const counts: Counts = { enterprise: null, university: null, institute: null, other: null };
  const evidence: Evidence[] = [];
  for (const type of Object.keys(aliases) as MemberType[]) {
    const hit = view.find(aliases[type], { nonEmpty: true });
    if (!hit) continue;
    counts[type] = parseCount(hit.value);
    evidence.push(evidenceAt(doc, hit.at, hit.quote));
  }
  return evidence.length > 0 ? found(counts, evidence) : absent([documentEvidence(doc)]);
}
