import type { Pack } from '../../src/engine/pack.js';
import gansu2020AllianceAssessment from './gansu-2020-alliance-assessment/pack.js';
import gansu2020AllianceFormation from './gansu-2020-alliance-formation/pack.js';
import gansu2022AllianceSelfEvaluation from './gansu-2022-alliance-self-evaluation/pack.js';
import gansu2022DemoEnterprise from './gansu-2022-demo-enterprise/pack.js';
import gansu2022EnterpriseTechCenter from './gansu-2022-enterprise-tech-center/pack.js';
import gansu2022IndustryTechCenter from './gansu-2022-industry-tech-center/pack.js';
import hefei2017AllianceAssessment from './hefei-2017-alliance-assessment/pack.js';
import henan2020AllianceApplication from './henan-2020-alliance-application/pack.js';

/** Every rule pack, by id (explicit, sorted registry). */
export const PACKS: ReadonlyMap<string, Pack> = new Map(
  [
    gansu2020AllianceAssessment,
    gansu2020AllianceFormation,
    gansu2022AllianceSelfEvaluation,
    gansu2022DemoEnterprise,
    gansu2022EnterpriseTechCenter,
    gansu2022IndustryTechCenter,
    hefei2017AllianceAssessment,
    henan2020AllianceApplication,
  ].map((p) => [p.id, p]),
);
