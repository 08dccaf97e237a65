import type { Doc } from '../../src/model/document.js';
import type { Facts } from '../../src/model/facts.js';
import { readAllianceName } from './alliance-name.js';
import { readClauseFacts } from './clause-facts.js';

/** 联盟章程: bodies, external responsibility, office and staff, fund rules and supervision, IP, admission/exit. */
export function readCharter(doc: Doc): Facts {
  const facts: Facts = { ...readClauseFacts(doc) };
  const name = readAllianceName(doc);
  if (name) facts.allianceName = name;
  return facts;
}
