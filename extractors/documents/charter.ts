import type { Doc } from '../../src/model/document.js';
import type { Fields } from '../../src/model/fields.js';
import { readAllianceName } from './alliance-name.js';
import { readClauseFacts } from './clause-facts.js';

/** 联盟章程: bodies, external responsibility, office and staff, fund rules and supervision, IP, admission/exit. */
export function readCharter(doc: Doc): Fields {
  const fields: Fields = { ...readClauseFacts(doc) };
  const name = readAllianceName(doc);
  if (name) fields.allianceName = name;
  return fields;
}
