/**
 * The submissions of the large corpus: the `index`-th one varies a sample case (Henan or Gansu
 * formation, or a scored program) with invented units, alliance name, platforms, Gansu figures,
 * file formats and a layout variant, and gives its agreement, charter, feasibility report and
 * 技术创新目标 answer prose of their own. What the sample case is about (its defects and expected
 * statuses) stays, so each submission's expected.json is still true. Born-digital DOCX and PDF
 * only: the sample's scanned cases are not varied.
 */
import { drawAnswer, drawProse, proseWords, type ProseWords } from './alliance-prose.js';
import { agreementWithProse, charterWithProse, feasibilityWithProse, formWithGoal, type AgreementProse, type Names } from './corpus-prose-docs.js';
import { allianceName, FIELDS, inventBrand, inventPlatforms, inventUnit } from './corpus-units.js';
import type { GansuCase } from './gansu-case.js';
import type { HenanCase } from './henan-case.js';
import type { Layout } from './layout.js';
import { GANSU_CASES, HENAN_CASES } from './scenarios.js';
import type { ScoredCase } from './scored-case.js';
import { SCORED_CASES } from './scored-cases.js';
import { SeededRandom } from './seeded-random.js';
import { gansuPlan, henanPlan, scoredPlan, type SubmissionPlan } from './submissions.js';
import type { Unit } from './units.js';
import { LAYOUT_VARIANTS, type LayoutVariant } from './variants.js';

const HENAN_BASES = HENAN_CASES;
const GANSU_BASES = GANSU_CASES.filter((k) => !k.scannedAgreement && !k.scannedSignaturePage);
const SCORED_BASES = SCORED_CASES;

/** Share of PDF files among the documents whose format is drawn. */
const PDF_SHARE = 0.4;
/** Share of submissions written in a layout variant. */
const VARIANT_SHARE = 0.5;

/** What the index-th submission is, before any document is built. */
export interface CorpusEntry {
  index: number;
  /** Folder name: the 1-based index, zero-padded, and the sample case varied. */
  id: string;
  kind: 'henan' | 'gansu' | 'scored';
  /** The sample case varied. */
  base: string;
  /** Its agreement can be copied into another submission or take a copy (an alliance case with a readable agreement). */
  plantable: boolean;
}

export const randomFor = (seed: string, index: number, purpose: string): SeededRandom => new SeededRandom(`${seed}:${index}:${purpose}`);

export function corpusEntry(seed: string, index: number, count: number): CorpusEntry {
  const rnd = randomFor(seed, index, 'case');
  const r = rnd.next();
  const kind = r < 0.4 ? 'henan' : r < 0.75 ? 'gansu' : 'scored';
  const base = kind === 'henan' ? rnd.pick(HENAN_BASES) : kind === 'gansu' ? rnd.pick(GANSU_BASES) : rnd.pick(SCORED_BASES);
  const id = `${String(index + 1).padStart(Math.max(5, String(count).length), '0')}-${base.id}`;
  const plantable = kind !== 'scored' && !(base as HenanCase).damagedAgreement;
  return { index, id, kind, base: base.id, plantable };
}

/** A built submission of the corpus, with the prose its agreement was written from. */
export interface CorpusSubmission {
  entry: CorpusEntry;
  plan: SubmissionPlan;
  /** Agreement file name (with extension) and the prose in it; none for scored programs. */
  agreement?: { file: string; prose: AgreementProse };
}

/** The prose words and agreement prose of an alliance submission (all a copy needs of its source). */
export function allianceProse(seed: string, entry: CorpusEntry): { words: ProseWords; agreement: AgreementProse; names: { field: string; alliance: string } } {
  const region = entry.kind === 'henan' ? '河南' : '甘肃';
  const { name, field } = allianceName(region, entry.index, entry.kind === 'henan' ? '产业技术创新战略联盟' : '产业技术创新联盟');
  const words = proseWords(field, region, randomFor(seed, entry.index, 'words'));
  const rnd = randomFor(seed, entry.index, 'agreement-prose');
  const agreement = { preamble: drawProse(words, rnd, rnd.int(5400, 6200), 6), purpose: drawProse(words, rnd, rnd.int(1400, 1800), 2, true) };
  return { words, agreement, names: { field, alliance: name } };
}

/**
 * Builds the index-th submission. `agreementProse`, when given, replaces the agreement prose the
 * submission would draw (a planted copy).
 */
export function corpusSubmission(seed: string, entry: CorpusEntry, agreementProse?: (own: ProseWords) => AgreementProse): CorpusSubmission {
  const rnd = randomFor(seed, entry.index, 'variant');
  if (entry.kind === 'scored') {
    const base = SCORED_BASES.find((k) => k.id === entry.base)!;
    const plan = scoredPlan(scoredVariant(base, rnd), chooseLayout(rnd, {}));
    // The assessment's form (考核数据表) answers 技术创新目标 like an application form: in its own words too.
    const words = proseWords(rnd.pick(FIELDS), '甘肃', rnd);
    return { entry, plan: { ...plan, id: entry.id, docs: plan.docs.map((d) => ({ ...d, spec: formWithGoal(d.spec, (chars) => drawAnswer(words, rnd, chars)) })) } };
  }
  const own = allianceProse(seed, entry);
  const prose = agreementProse ? agreementProse(own.words) : own.agreement;
  const extra = randomFor(seed, entry.index, 'other-prose');
  const charter = drawProse(own.words, extra, extra.int(600, 900), 2);
  const feasibility = drawProse(own.words, extra, extra.int(600, 900), 2);
  const format = () => (rnd.chance(PDF_SHARE) ? 'pdf' : 'docx') as 'pdf' | 'docx';
  let plan: SubmissionPlan;
  let lead: Unit;
  if (entry.kind === 'henan') {
    const base = HENAN_BASES.find((k) => k.id === entry.base)!;
    const k: HenanCase = { ...base, ...inventedParties(base, own.names.alliance, rnd) };
    k.formats = { proposal: format(), feasibility: format(), recommendation: base.formats.recommendation, agreement: format() };
    plan = henanPlan(k, chooseLayout(rnd, k));
    lead = k.lead;
  } else {
    const base = GANSU_BASES.find((k) => k.id === entry.base)!;
    const k: GansuCase = { ...base, ...inventedParties(base, own.names.alliance, rnd) };
    k.figures = base.figures ?? gansuFigures(rnd);
    k.formats = { application: format(), agreement: format(), charter: format(), evidence: format() };
    plan = gansuPlan(k, chooseLayout(rnd, { partyStyle: k.agreement.partyStyle, duplicate: k.duplicate }));
    lead = k.lead;
  }
  const names: Names = { alliance: own.names.alliance, lead: lead.name };
  let agreementFile = '';
  const docs = plan.docs.map((d) => {
    if (d.name.includes('协议')) {
      agreementFile = `${d.name}.${d.format}`;
      return { ...d, spec: agreementWithProse(d.spec, prose, names) };
    }
    if (d.name === '产业联盟章程') return { ...d, spec: charterWithProse(d.spec, charter, names) };
    if (d.name === '组建申请表') return { ...d, spec: formWithGoal(d.spec, (chars) => drawAnswer(own.words, extra, chars)) };
    if (d.name === '附件2-可行性研究报告') return { ...d, spec: feasibilityWithProse(d.spec, feasibility, names) };
    return d;
  });
  return { entry, plan: { ...plan, id: entry.id, docs }, agreement: { file: agreementFile, prose } };
}

/** What a Henan and a Gansu case say about their parties. */
type Parties = Pick<HenanCase & GansuCase, 'alliance' | 'lead' | 'members' | 'unsigned' | 'duplicate' | 'badCodes' | 'platforms'>;

/**
 * A case's parties with invented units of the same types and provinces (the lead, the unsigned,
 * the duplicate and the bad codes follow their units), another alliance name and other platforms.
 */
function inventedParties(base: Parties, alliance: string, rnd: SeededRandom): Parties {
  const taken = new Set<string>();
  const invented = new Map<string, Unit>();
  const invent = (u: Unit): Unit => {
    if (!invented.has(u.name)) invented.set(u.name, inventUnit(u.type, u.province, rnd, taken));
    return invented.get(u.name)!;
  };
  const members = base.members.map(invent);
  const renamed = (names: readonly string[]) => names.map((n) => invented.get(n)!.name);
  return {
    alliance,
    lead: invent(base.lead),
    members,
    unsigned: renamed(base.unsigned),
    duplicate: base.duplicate && invented.get(base.duplicate)!.name,
    badCodes: base.badCodes && renamed(base.badCodes),
    platforms: inventPlatforms(base.platforms, rnd),
  };
}

/** The plain layout, or one of the layout variants that apply to the case. */
function chooseLayout(rnd: SeededRandom, traits: Parameters<NonNullable<LayoutVariant['when']>>[0]): Layout {
  if (!rnd.chance(VARIANT_SHARE)) return {};
  return rnd.pick(LAYOUT_VARIANTS.filter((v) => !v.when || v.when(traits))).layout;
}

/** Figures of a Gansu application form (万元, %), whole numbers in plausible ranges. */
function gansuFigures(rnd: SeededRandom): GansuCase['figures'] {
  return {
    output: rnd.int(5_000, 300_000),
    purchases: rnd.int(1_000, 150_000),
    rdThisYear: rnd.int(200, 1_200),
    rdThreeYears: rnd.int(600, 3_500),
    benefit: rnd.int(300, 6_000),
    industryScale: rnd.int(50_000, 5_000_000),
    leadShare: rnd.int(10, 60),
    membersShare: rnd.int(30, 85),
  };
}

/** Another applicant of a scored program: the same figures under another name, in DOCX or PDF. */
function scoredVariant(base: ScoredCase, rnd: SeededRandom): ScoredCase {
  const taken = new Set<string>();
  const company = inventUnit('enterprise', '甘肃', rnd, taken).name;
  const field = rnd.pick(['有色金属', '新材料', '装备制造', '精细化工', '新能源', '电子信息', '生物医药', '冶金']);
  const sheetTitle = base.sheetTitle
    .replace(/^.+有限公司(?=省级企业技术中心)/u, company)
    .replace(/^甘肃省.+?(?=行业技术中心)/u, `甘肃省${field}`)
    .replace(/^甘肃省.+?(?=产业技术创新联盟)/u, `甘肃省${field}`)
    .replace(/^合肥市.+?(?=产业技术创新战略联盟)/u, `合肥市${field}`)
    .replace(/^兰州.+?(?=技术创新示范企业)/u, `兰州${inventBrand(rnd)}`);
  return { ...base, sheetTitle, format: rnd.chance(PDF_SHARE) ? 'pdf' : 'docx' };
}
