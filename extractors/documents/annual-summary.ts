import type { Doc } from '../../src/model/document.js';
import type { Fields } from '../../src/model/fields.js';
import { readAllianceName } from './alliance-name.js';
import { readOutline } from './outline.js';
import { ANNUAL_SUMMARY_OUTLINE } from './outlines.js';

/** 年度工作总结: which of the five outline sections (seed 000 附件4) it covers. */
export function readAnnualSummary(doc: Doc): Fields {
  const fields: Fields = { outlineSections: readOutline(doc, ANNUAL_SUMMARY_OUTLINE) };
  const name = readAllianceName(doc);
  if (name) fields.allianceName = name;
  return fields;
}
