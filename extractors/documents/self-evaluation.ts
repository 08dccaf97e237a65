import type { Doc } from '../../src/model/document.js';
import { absent, found } from '../../src/model/fact.js';
import type { FieldValue, Facts } from '../../src/model/facts.js';
import { parseNumber } from '../../src/text/numerals.js';
import { normalizeText } from '../../src/text/normalize.js';
import { sentences } from '../../src/text/clauses.js';
import { readAllianceName } from './alliance-name.js';
import { documentEvidence, evidenceAt } from '../../src/model/doc-view.js';
import { listTables } from '../layout/list-tables.js';

/**
 * 自评表: the applicant's claimed 得分 per indicator, from every table with a score column. The
 * label is the row's most specific indicator cell (三级指标 before 二级指标), cut to its first
 * sentence; a row with none (合计) is named by its first filled cell. Weight, value and grounds
 * columns (权重, 完成情况, 自评依据) stand anywhere around it.
 */
export function readSelfEvaluation(doc: Doc): Facts {
  const claims: FieldValue<'claimedScores'> = [];
  for (const table of listTables(doc)) {
    const score = table.columns.findIndex((c) => c.role === 'score');
    const labels = table.columns.map((c, i) => (c.role === 'label' ? i : -1)).filter((i) => i >= 0);
    if (score < 0 || labels.length === 0) continue;
    for (const row of table.rows) {
      const cell = row.cells[score];
      const text = cell ? normalizeText(cell.text).replace(/\s+/gu, '').replace(/分$/u, '') : '';
      const points = text ? parseNumber(text) : null;
      if (!cell || points === null) continue;
      const named = labels.map((i) => row.cells[i]?.text.trim() ?? '').filter((t) => t !== '').pop() ?? row.cells.find((c) => c && c !== cell && c.text.trim() !== '')?.text.trim();
      const label = sentences(named ?? '')[0]?.replace(/[（(]\d+分[)）]$/u, '') ?? '';
      if (!label) continue;
      claims.push({ label, points, evidence: evidenceAt(doc, { ...cell, page: cell.page ?? row.page }, `${label}：${cell.text.trim()}`) });
    }
  }
  const facts: Facts = { claimedScores: claims.length > 0 ? found(claims, claims.slice(0, 3).map((c) => c.evidence)) : absent([documentEvidence(doc)]) };
  const name = readAllianceName(doc);
  if (name) facts.allianceName = name;
  return facts;
}
