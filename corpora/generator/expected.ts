import { DEFAULT_FIGURES, type GansuCase, type GansuFigures } from './gansu-case.js';
import type { HenanCase } from './henan-case.js';
import type { ScoredCase } from './scored-case.js';
import type { Unit } from './units.js';

/** The conditions of each pack (every one is listed in expected.json; unlisted in a case's `expect` means pass). */
const HENAN_CONDITIONS = ['materials.complete', 'members.min-count', 'platforms.min-provincial', 'lead.registered-in-province', 'members.mostly-in-province', 'agreement.signed', 'agreement.goals-and-division', 'office.full-time-staff', 'funds.management-rules', 'members.counts-consistent', 'members.credit-code-valid', 'members.no-duplicates', 'text.length-limits'];
const GANSU_CONDITIONS = ['materials.complete', 'members.composition', 'agreement.signed', 'agreement.goals-and-division', 'charter.bodies', 'office.full-time-staff', 'funds.management-rules', 'ip.agreement', 'application.goal-length', 'members.counts-consistent', 'members.credit-code-valid', 'members.no-duplicates', 'text.length-limits'];

function statuses(ids: readonly string[], expect: Record<string, 'fail' | 'unknown'>) {
  const unknownIds = Object.keys(expect).filter((id) => !ids.includes(id));
  if (unknownIds.length > 0) throw new Error(`Expected condition ids of the pack, got ${unknownIds.join(', ')}`);
  const conditions = Object.fromEntries(ids.map((id) => [id, expect[id] ?? 'pass']));
  const values = Object.values(conditions);
  const verdict = values.includes('fail') ? 'fail' : values.includes('unknown') ? 'needs-review' : 'pass';
  return { conditions, verdict };
}

const distinct = (units: readonly Unit[]) => [...new Set(units.map((u) => u.name))];

/** expected.json contents: the true facts the documents state and the condition statuses. */
export const expectedFor = {
  henan(k: HenanCase, countsOf: (m: readonly Unit[]) => { total: number }) {
    const facts: Record<string, unknown> = {
      allianceName: k.alliance,
      leadUnit: k.lead.name,
      memberCountDeclared: (k.declared ?? countsOf(k.members)).total,
      fullTimeStaff: k.staff,
      provincialPlatformCount: k.platforms.length,
      hasFundRules: k.fundSystem || k.fundClause,
    };
    if (!k.damagedAgreement) {
      facts.memberCount = distinct(k.members).length;
      facts.agreementSignatories = k.members.filter((m) => !k.unsigned.includes(m.name)).map((m) => m.name);
    }
    return { about: k.about, pack: 'henan-2020-alliance-application', facts, ...statuses(HENAN_CONDITIONS, k.expect) };
  },
  gansu(k: GansuCase) {
    const fig = { ...DEFAULT_FIGURES, ...k.figures };
    const facts: Record<string, unknown> = {
      allianceName: k.alliance,
      leadUnit: k.lead.name,
      memberCount: distinct(k.members).length,
      memberCountDeclared: (k.declared ?? { total: k.members.length }).total,
      hasFundRules: k.agreement.fundClause || !k.omitCharter,
      leadOutputValue: fig.output,
      leadRdThreeYears: fig.rdThreeYears,
      industryScale: fig.industryScale,
      leadIndustrySharePercent: fig.leadShare,
      ipCount: 12,
      standardsCount: 3,
      trainingQualifications: 2,
      nationalServicePlatforms: 1,
      provincialServicePlatforms: 3,
      academicians: 1,
      nationalTalents: 2,
      provincialLeaders: 3,
      assignedTasks: 2,
    };
    if (!k.omitCharter && typeof k.charter.staff === 'number') facts.fullTimeStaff = k.charter.staff;
    if (!k.scannedSignaturePage) facts.agreementSignatories = k.members.filter((m) => !k.unsigned.includes(m.name)).map((m) => m.name);
    return { about: k.about, pack: 'gansu-2020-alliance-formation', facts, ...statuses(GANSU_CONDITIONS, k.expect), score: gansuFormationScore(fig) };
  },
  /** A scored submission: condition statuses of the pack's `conditionIds`, points per indicator, claims and inflation. */
  scored(k: ScoredCase, conditionIds: string[]) {
    const conditions = Object.fromEntries(conditionIds.map((id) => [id, k.expect[id] ?? 'pass']));
    const unknownIds = Object.keys(k.expect).filter((id) => !conditionIds.includes(id));
    if (unknownIds.length) throw new Error(`${k.id}: expected condition ids of ${k.pack}, got ${unknownIds.join(', ')}`);
    const values = Object.values(conditions);
    // A self-evaluation claiming more than its evidence supports is flagged 自评虚高 and sent to review.
    const verdict = values.includes('fail') ? 'fail' : values.includes('unknown') || (k.inflation ?? 0) > 0 ? 'needs-review' : 'pass';
    const sum = (bonus: boolean, end: 0 | 1) => Object.entries(k.indicators).filter(([id]) => k.bonusIds.includes(id) === bonus).reduce((s, [, r]) => s + r[end], 0);
    const score = {
      points: sum(false, 0),
      bonus: sum(true, 0),
      range: [sum(false, 0) + sum(true, 0), sum(false, 1) + sum(true, 1)],
      indicators: k.indicators,
      ...(k.claims ? { claimed: k.claims } : {}),
      ...(k.inflation !== undefined ? { inflation: k.inflation } : {}),
    };
    return { about: k.about, pack: k.pack, facts: {}, conditions, verdict, score };
  },
};

/**
 * Points per indicator of the 附件2 rubric for the figures a form states, worked out from the
 * rubric text by hand (tier tables below are the source's, in 万元 and %): [min, max] per indicator.
 * The form's other answers are the same in every generated case: 3 provincial + 2 bureau projects
 * (4, capped), 1 provincial + 1 social award (3), 4 invention + 8 utility patents (10, capped),
 * 2 industry + 1 enterprise standard (5), 4 problems (4), 2 training qualifications (4),
 * 1 national + 3 provincial platforms (5), 1 academician + national + provincial talent (9),
 * 2 assigned tasks (4), no national award (0); qualitative indicators stay open.
 */
function gansuFormationScore(f: GansuFigures) {
  const byTiers = (v: number, tiers: [number, number][]) => tiers.find(([min]) => v >= min)![1];
  const fixed = (n: number): [number, number] => [n, n];
  const indicators: Record<string, [number, number]> = {
    'industry-importance': [0, 10],
    'industry-scale': fixed(byTiers(f.industryScale, [[1_000_000, 5], [100_000, 3], [0, 1]])),
    'lead-output': fixed(byTiers(f.output, [[100_000, 3], [10_000, 2], [0, 1]])),
    'lead-purchases': fixed(byTiers(f.purchases, [[100_000, 3], [10_000, 2], [0, 1]])),
    'lead-share': fixed(byTiers(f.leadShare, [[50, 3], [30, 2], [0, 1]])),
    'members-share': fixed(byTiers(f.membersShare, [[70, 3], [50, 2], [0, 1]])),
    organization: [0, 3],
    'management-rules': [0, 3],
    'long-term-goals': [0, 3],
    'rd-this-year': fixed(byTiers(f.rdThisYear, [[800, 6], [700, 5], [600, 4], [500, 3], [400, 2], [300, 1], [0, 0]])),
    'rd-three-years': fixed(byTiers(f.rdThreeYears, [[1600, 3], [1300, 2], [1000, 1], [0, 0]])),
    projects: fixed(4),
    awards: fixed(3),
    ip: fixed(10),
    standards: fixed(5),
    'problems-solved': fixed(4),
    training: fixed(4),
    'service-platforms': fixed(5),
    'service-benefit': fixed(f.benefit < 500 ? 0 : Math.min(8, 1 + Math.floor((f.benefit - 500) / 500))),
    talents: fixed(9),
    'special-work': [0, 3],
    'assigned-tasks': fixed(4),
    'national-award': fixed(0),
  };
  const bonusIds = ['talents', 'special-work', 'assigned-tasks', 'national-award'];
  const sum = (bonus: boolean, end: 0 | 1) => Object.entries(indicators).filter(([id]) => bonusIds.includes(id) === bonus).reduce((s, [, r]) => s + r[end], 0);
  return { points: sum(false, 0), bonus: sum(true, 0), range: [sum(false, 0) + sum(true, 0), sum(false, 1) + sum(true, 1)], indicators };
}
