import type { Pack } from '../../src/engine/pack.js';
import gansu2020AllianceFormation from './gansu-2020-alliance-formation/pack.js';
import henan2020AllianceApplication from './henan-2020-alliance-application/pack.js';

/** Every rule pack, by id (explicit, sorted registry). */
export const PACKS: ReadonlyMap<string, Pack> = new Map([gansu2020AllianceFormation, henan2020AllianceApplication].map((p) => [p.id, p]));
