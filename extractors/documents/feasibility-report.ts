import type { Doc } from '../../src/model/document.js';
import type { Facts } from '../../src/model/facts.js';
import { readAllianceName } from './alliance-name.js';
import { readClauseFacts } from './clause-facts.js';
import { readHeadings } from '../layout/headings.js';
import { readPlatforms } from './platforms.js';
import { memberFacts } from '../facts/member-facts.js';

/** 可行性研究报告: outline sections, goals and division of tasks, the member table, platforms named. */
export function readFeasibilityReport(doc: Doc): Facts {
  const clauses = readClauseFacts(doc);
  const facts: Facts = { hasGoals: clauses.hasGoals, hasTaskDivision: clauses.hasTaskDivision, headings: readHeadings(doc) };
  const name = readAllianceName(doc);
  if (name) facts.allianceName = name;
  const { members, memberCount } = memberFacts(doc);
  if (members.value?.length) facts.members = members;
  if (memberCount) facts.memberCount = memberCount;
  const platforms = readPlatforms(doc);
  if (platforms) facts.provincialPlatforms = platforms;
  return facts;
}
