import type { Condition } from '../../src/engine/condition.js';
import agreementGoalsAndDivision from './agreement-goals-and-division.js';
import agreementSigned from './agreement-signed.js';
import applicationGoalLength from './application-goal-length.js';
import assessmentHistory from './assessment-history.js';
import charterBodies from './charter-bodies.js';
import fundsManagementRules from './funds-management-rules.js';
import ipAgreement from './ip-agreement.js';
import leadRegisteredInProvince from './lead-registered-in-province.js';
import materialsComplete from './materials-complete.js';
import membersComposition from './members-composition.js';
import metricThreshold from './metric-threshold.js';
import membersCountsConsistent from './members-counts-consistent.js';
import membersCreditCodeValid from './members-credit-code-valid.js';
import membersMinCount from './members-min-count.js';
import membersMostlyInProvince from './members-mostly-in-province.js';
import membersNoDuplicates from './members-no-duplicates.js';
import officeFullTimeStaff from './office-full-time-staff.js';
import platformsMinProvincial from './platforms-min-provincial.js';
import summaryOnTime from './summary-on-time.js';
import summarySections from './summary-sections.js';
import textLengthLimits from './text-length-limits.js';

/** Every condition, by id (explicit, sorted registry). */
export const CONDITIONS: ReadonlyMap<string, Condition> = new Map(
  [
    agreementGoalsAndDivision,
    agreementSigned,
    applicationGoalLength,
    assessmentHistory,
    charterBodies,
    fundsManagementRules,
    ipAgreement,
    leadRegisteredInProvince,
    materialsComplete,
    membersComposition,
    membersCountsConsistent,
    membersCreditCodeValid,
    membersMinCount,
    membersMostlyInProvince,
    membersNoDuplicates,
    metricThreshold,
    officeFullTimeStaff,
    platformsMinProvincial,
    summaryOnTime,
    summarySections,
    textLengthLimits,
  ].map((c) => [c.meta.id, c as unknown as Condition]),
);
