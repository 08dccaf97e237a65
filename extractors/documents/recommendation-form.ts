import type { Doc } from '../../src/model/document.js';
import { absent, found } from '../../src/model/fact.js';
import type { Facts } from '../../src/model/facts.js';
import { parseCount } from '../../src/text/count.js';
import { matchLabel } from '../../src/text/labels.js';
import { docLines, documentEvidence, evidenceAt } from '../../src/model/doc-view.js';
import { hasAnswer } from '../../src/text/answers.js';

const COLUMNS = {
  allianceName: ['联盟名称'],
  leadUnit: ['牵头单位'],
  total: ['成员总数'],
  enterprise: ['企业数量'],
  university: ['高校数量'],
  institute: ['研究机构数量'],
} as const;

/** 推荐表: the first filled row of the table (联盟名称, 牵头单位, 成员总数 and counts by type). */
export function readRecommendationForm(doc: Doc): Facts {
  const lines = docLines(doc);
  const headerIndex = lines.findIndex((l) => l.kind === 'row' && l.cells?.some((c) => matchLabel(c.text, COLUMNS.total, 0.9)));
  if (headerIndex < 0) return { memberCountDeclared: absent([documentEvidence(doc)]) };
  const header = lines[headerIndex].cells!.map((c) => c.text);
  const column = (aliases: readonly string[]) => header.findIndex((h) => matchLabel(h, aliases, 0.9));
  const row = lines.slice(headerIndex + 1).find((l) => l.kind === 'row' && l.cells && hasAnswer(l.cells[column(COLUMNS.allianceName)]?.text ?? ''));
  if (!row?.cells) return { memberCountDeclared: absent([evidenceAt(doc, lines[headerIndex], lines[headerIndex].text)]) };
  const cell = (aliases: readonly string[]) => row.cells![column(aliases)];
  const ev = [evidenceAt(doc, row, row.text)];
  const count = (aliases: readonly string[]) => (cell(aliases) ? parseCount(cell(aliases).text) : null);
  const facts: Facts = {};
  const name = cell(COLUMNS.allianceName)?.text;
  if (name) facts.allianceName = found(name, ev);
  const lead = cell(COLUMNS.leadUnit)?.text;
  if (lead && hasAnswer(lead)) facts.leadUnit = found(lead, ev);
  const total = count(COLUMNS.total);
  facts.memberCountDeclared = total === null ? absent(ev) : found(total, ev);
  facts.memberCountsByType = found({ enterprise: count(COLUMNS.enterprise), university: count(COLUMNS.university), institute: count(COLUMNS.institute), other: null }, ev);
  return facts;
}
