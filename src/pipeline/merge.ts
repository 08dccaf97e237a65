import type { Evidence } from '../model/evidence.js';
import type { Fact } from '../model/fact.js';
import { FactsSchema, type FactKey, type Facts } from '../model/facts.js';
import type { DocKind } from '../model/kinds.js';
import type { DocumentRecord } from '../model/record.js';
import { unitKey } from '../text/organizations.js';
import type { Member } from '../model/member.js';
import { reconcileMembers } from './reconcile-members.js';
import { matchUnits } from '../text/unit-match.js';
import { isUnitName } from '../text/cell-content.js';

/** Which document kinds a field is taken from first; later kinds fill gaps and disagreements are kept as conflicts. */
const PRIORITY: readonly DocKind[] = ['proposal', 'application-form', 'agreement', 'charter', 'recommendation-form', 'feasibility-report', 'annual-summary', 'supporting-evidence', 'self-evaluation', 'unknown'];

/** Facts where any document saying "yes" settles it (a clause in the agreement or the charter). */
const ANY_TRUE: readonly FactKey[] = ['hasFundRules', 'fundSupervision', 'hasGoals', 'hasTaskDivision', 'admissionExit', 'fullTimeStaffMentioned', 'hasProjectRules', 'hasConfidentialityRules', 'hasCooperationRules'];

/** List fields whose entries from all documents are kept together. */
const CONCAT: readonly FactKey[] = ['labelledValues', 'claimedScores', 'creditCodes'];

/** Merges the records of one submission into one view of its facts; nothing is dropped: disagreements become conflicts. */
export function mergeRecords(records: readonly DocumentRecord[]): Facts {
  const ordered = [...records].sort((a, b) => PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind));
  const keys = new Set(ordered.flatMap((r) => Object.keys(r.facts) as FactKey[]));
  const merged: Record<string, Fact<unknown>> = {};
  for (const key of keys) {
    const facts = ordered.map((r) => r.facts[key] as Fact<unknown> | undefined).filter((f): f is Fact<unknown> => f !== undefined);
    merged[key] = ANY_TRUE.includes(key) ? anyTrue(facts) : CONCAT.includes(key) ? concat(facts) : key === 'provincialPlatforms' ? union(facts) : key === 'ipClauses' ? ipUnion(facts) : firstFound(facts);
  }
  const members = reconcileMembers(ordered.map((r) => r.facts.members).filter((f): f is Fact<Member[]> => f !== undefined));
  if (members) {
    merged.members = members;
    if (members.status === 'found' && members.value) tieSignatories(merged, members.value);
    if (members.status === 'found' && members.value) merged.memberCount = { value: new Set(members.value.map((m) => unitKey(m.name))).size, status: 'found', confidence: members.confidence, evidence: members.evidence };
  }
  let platforms = merged.provincialPlatforms as Fact<string[]> | undefined;
  if (platforms?.status === 'found' && platforms.value && members?.status === 'found' && members.value) {
    // A member named like a platform ("河南省XX产业研究院") is a unit, not a platform it hosts.
    const units = new Set(members.value.map((m) => unitKey(m.name)));
    const kept = platforms.value.map((n, i) => ({ n, e: platforms!.evidence[i] })).filter((p) => !units.has(unitKey(p.n)));
    merged.provincialPlatforms = platforms = { ...platforms, value: kept.map((p) => p.n), evidence: kept.flatMap((p) => (p.e ? [p.e] : [])) };
  }
  if (platforms?.status === 'found' && platforms.value) merged.provincialPlatformCount = { ...platforms, value: platforms.value.length };
  return merged as Facts;
}

/** Signatories named as the member list names them (a name OCR garbled under a seal is tied to its unit). */
function tieSignatories(merged: Record<string, Fact<unknown>>, members: readonly Member[]): void {
  const signatories = merged.agreementSignatories as Fact<string[]> | undefined;
  if (signatories?.status !== 'found' || !signatories.value) return;
  const names = members.map((m) => m.name);
  const tied = matchUnits(signatories.value, names);
  // A row whose name OCR could not read and that no unit could be tied to names nobody.
  const value = signatories.value.map((n, i) => (tied[i] >= 0 ? names[tied[i]] : isUnitName(n) ? n : null)).filter((n): n is string => n !== null);
  merged.agreementSignatories = { ...signatories, value };
}

function firstFound(facts: Fact<unknown>[]): Fact<unknown> {
  const foundFacts = facts.filter((f) => f.status === 'found');
  const first = foundFacts[0] ?? facts.find((f) => f.status === 'unreadable') ?? facts[0];
  const conflicts = foundFacts.slice(1).filter((f) => !sameValue(f.value, first.value)).map((f) => ({ value: f.value, evidence: f.evidence }));
  return conflicts.length > 0 ? { ...first, conflicts } : first;
}

function concat(facts: Fact<unknown>[]): Fact<unknown> {
  const found = facts.filter((f) => f.status === 'found' && Array.isArray(f.value));
  if (found.length === 0) return firstFound(facts);
  return { value: found.flatMap((f) => f.value as unknown[]), status: 'found', confidence: Math.min(...found.map((f) => f.confidence)), evidence: found.flatMap((f) => f.evidence).slice(0, 3) };
}

function anyTrue(facts: Fact<unknown>[]): Fact<unknown> {
  const yes = facts.filter((f) => f.status === 'found' && f.value === true);
  if (yes.length > 0) return { value: true, status: 'found', confidence: Math.max(...yes.map((f) => f.confidence)), evidence: yes.flatMap((f) => f.evidence).slice(0, 6) };
  return facts.find((f) => f.status === 'unreadable') ?? firstFound(facts);
}

function union(facts: Fact<unknown>[]): Fact<unknown> {
  const names: string[] = [];
  const evidence: Evidence[] = [];
  for (const f of facts) {
    if (f.status !== 'found' || !Array.isArray(f.value)) continue;
    (f.value as string[]).forEach((n, i) => {
      if (names.includes(n)) return;
      names.push(n);
      if (f.evidence[i]) evidence.push(f.evidence[i]);
    });
  }
  return names.length > 0 ? { value: names, status: 'found', confidence: 1, evidence } : firstFound(facts);
}

function ipUnion(facts: Fact<unknown>[]): Fact<unknown> {
  const found = facts.filter((f) => f.status === 'found');
  if (found.length === 0) return firstFound(facts);
  const value = { ownership: false, licensing: false, revenueSharing: false, liability: false };
  for (const f of found) for (const k of Object.keys(value) as (keyof typeof value)[]) value[k] ||= (f.value as typeof value)[k];
  return { value, status: 'found', confidence: 1, evidence: found.flatMap((f) => f.evidence).slice(0, 8) };
}

function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a === 'string' && typeof b === 'string') return unitKey(a) === unitKey(b);
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length;
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * When some file of a submission could not be read (or its kind recognised), absence proves
 * nothing: every fact not found becomes unreadable, pointing at the files that were not read (one
 * evidence item, however many files).
 */
export function markIncomplete(facts: Facts, unreadFiles: readonly string[]): Facts {
  if (unreadFiles.length === 0) return facts;
  // Stated once for all unread files (each is listed with its cause in the report's documents), not once per file and fact.
  const where: Evidence[] = [{ file: unreadFiles[0], ref: '/submission/documents', quote: unreadFiles.length === 1 ? '（文件无法读取）' : `（本文件及另外 ${unreadFiles.length - 1} 个文件无法读取，见文件清单）` }];
  const out: Record<string, Fact<unknown>> = { ...(facts as Record<string, Fact<unknown>>) };
  for (const key of Object.keys(FactsSchema.shape)) {
    const fact = out[key];
    if (!fact || fact.status === 'absent') out[key] = { value: null, status: 'unreadable', confidence: 0, evidence: where };
  }
  return out as Facts;
}
