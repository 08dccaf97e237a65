import type { Doc } from '../../src/model/document.js';
import type { Fields } from '../../src/model/fields.js';
import { readAllianceName } from './alliance-name.js';
import { readClauseFacts } from './clause-facts.js';
import { readOutline } from './outline.js';
import { FEASIBILITY_OUTLINE } from './outlines.js';
import { readPlatforms } from './platforms.js';

/** 可行性研究报告: outline sections, goals and division of tasks, platforms named. */
export function readFeasibilityReport(doc: Doc): Fields {
  const clauses = readClauseFacts(doc);
  const fields: Fields = { hasGoals: clauses.hasGoals, hasTaskDivision: clauses.hasTaskDivision, outlineSections: readOutline(doc, FEASIBILITY_OUTLINE) };
  const name = readAllianceName(doc);
  if (name) fields.allianceName = name;
  const platforms = readPlatforms(doc);
  if (platforms) fields.provincialPlatforms = platforms;
  return fields;
}
