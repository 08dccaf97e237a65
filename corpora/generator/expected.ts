import type { GansuCase } from './gansu-case.js';
import type { HenanCase } from './henan-case.js';
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
    const facts: Record<string, unknown> = {
      allianceName: k.alliance,
      leadUnit: k.lead.name,
      memberCount: distinct(k.members).length,
      memberCountDeclared: (k.declared ?? { total: k.members.length }).total,
      hasFundRules: k.agreement.fundClause || !k.omitCharter,
      leadOutputValue: 156000,
      leadRdThreeYears: 2100,
      industryScale: 3200000,
      leadIndustrySharePercent: 35,
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
    return { about: k.about, pack: 'gansu-2020-alliance-formation', facts, ...statuses(GANSU_CONDITIONS, k.expect) };
  },
};
