import type { Evidence } from '../model/evidence.js';
import type { Fact } from '../model/fact.js';
import type { Member } from '../model/member.js';
import { unitKey, unitSimilarity } from '../text/organizations.js';

/** Least similarity for an OCR reading of a name to be taken as a unit a born-digital list names. */
const OCR_MATCH = 0.6;
/** Least similarity for two born-digital spellings to be one unit (有限公司 / 有限责任公司 aside, which keys equal). */
const DIGITAL_MATCH = 0.9;

/**
 * One member list for a submission from the lists of its documents (in priority order): a unit
 * named in several documents once, its code, type and province taken from any of them; born-digital
 * lists above OCR, whose readings only attach to units already named (or stand alone when nothing
 * born-digital lists members). Codes that disagree, and OCR names that match nothing, are kept as
 * conflicts with their evidence.
 */
export function reconcileMembers(facts: readonly Fact<Member[]>[]): Fact<Member[]> | undefined {
  const usable = facts.filter((f) => f.status === 'found' && Array.isArray(f.value) && f.value.length > 0);
  if (usable.length === 0) return facts.find((f) => f.status === 'unreadable') ?? facts[0];
  const entries = usable.flatMap((f) => f.value!);
  const digital = entries.filter((m) => m.confidence === undefined);
  const ocr = entries.filter((m) => m.confidence !== undefined);
  const out: Member[] = [];
  const conflicts: { value: Member[]; evidence: Evidence[] }[] = [];
  const add = (m: Member, floor: number, standAlone: boolean) => {
    const same = out.find((o) => unitKey(o.name) === unitKey(m.name) || (m.creditCode !== undefined && o.creditCode === m.creditCode)) ?? bestMatch(out, m, floor);
    if (!same) {
      if (standAlone) out.push({ ...m, evidence: [...m.evidence] });
      else conflicts.push({ value: [m], evidence: m.evidence });
      return;
    }
    if (m.creditCode && same.creditCode && m.creditCode !== same.creditCode && m.confidence === undefined) conflicts.push({ value: [{ ...same, creditCode: m.creditCode, evidence: m.evidence }], evidence: m.evidence });
    if (!same.creditCode && m.creditCode && m.confidence === undefined) same.creditCode = m.creditCode;
    if (!same.province && m.province) same.province = m.province;
    if (same.type === 'other' && m.type !== 'other') same.type = m.type;
    if (same.evidence.length < 4) same.evidence.push(...m.evidence.slice(0, 1));
  };
  for (const m of digital) add(m, DIGITAL_MATCH, true);
  for (const m of ocr) add(m, OCR_MATCH, digital.length === 0);
  const confidence = Math.max(0, ...out.map((m) => m.confidence ?? 1));
  const fact: Fact<Member[]> = { value: out, status: 'found', confidence, evidence: out.flatMap((m) => m.evidence.slice(0, 1)).slice(0, 5) };
  if (conflicts.length > 0) fact.conflicts = conflicts;
  return fact;
}

function bestMatch(list: readonly Member[], m: Member, floor: number): Member | undefined {
  let best: { o: Member; s: number } | undefined;
  for (const o of list) {
    const s = unitSimilarity(o.name, m.name);
    if (s >= floor && (!best || s > best.s)) best = { o, s };
  }
  return best?.o;
}
