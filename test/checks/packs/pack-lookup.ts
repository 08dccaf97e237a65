import { PACKS } from '../../../checks/packs/index.js';
import type { Pack } from '../../../src/engine/pack.js';
import type { Indicator, Rubric } from '../../../src/engine/rubric/schema.js';

/** Every registered pack, and those with a rubric. */
export const packs = [...PACKS.values()];
export const withRubric = packs.filter((p): p is Pack & { rubric: Rubric } => p.rubric !== undefined);

/** A pack with a rubric by id (throws when there is none: a test naming a wrong id must fail). */
export const pack = (id: string): Pack & { rubric: Rubric } => {
  const p = PACKS.get(id);
  if (!p?.rubric) throw new Error(`no pack ${id} with a rubric`);
  return p as Pack & { rubric: Rubric };
};

/** An indicator of a pack's rubric by id. */
export const indicator = (packId: string, id: string): Indicator => {
  const i = pack(packId).rubric.indicators.find((x) => x.id === id);
  if (!i) throw new Error(`${packId}: no indicator ${id}`);
  return i;
};
