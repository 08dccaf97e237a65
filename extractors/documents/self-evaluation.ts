import type { Doc } from '../../src/model/document.js';
import { absent, found } from '../../src/model/fact.js';
import type { FieldValue, Facts } from '../../src/model/facts.js';
import { parseNumber } from '../../src/text/numerals.js';
import { sentences } from '../../src/text/clauses.js';
import { readAllianceName } from './alliance-name.js';
import { docLines, documentEvidence, evidenceAt } from '../../src/model/doc-view.js';

/** Header words of the claimed-score column and of the indicator columns. */
const SCORE_HEADER = /^(?:自评)?得分$|^评价结果$|^自评分$/u;
const INDICATOR_HEADER = /三级指标|二级指标|考核指标|评价标准|指标/u;

/**
 * 自评表: the applicant's claimed 得分 per indicator. The label is the most specific indicator cell
 * of the row (三级指标, else 二级指标), cut to its first sentence.
 */
export function readSelfEvaluation(doc: Doc): Facts {
  const lines = docLines(doc);
  const claims: FieldValue<'claimedScores'> = [];
  let scoreCol = -1;
  let labelCols: number[] = [];
  let width = 0;
  for (const line of lines) {
    const cells = line.cells;
    if (!cells) continue;
    const texts = cells.map((c) => c.text.trim());
    const s = texts.findIndex((t) => SCORE_HEADER.test(t.replace(/\s+/gu, '')));
    if (s >= 0 && texts.some((t) => INDICATOR_HEADER.test(t))) {
      scoreCol = s;
      width = texts.length;
      labelCols = texts.map((t, i) => (/三级指标|考核指标|二级指标/u.test(t) ? i : -1)).filter((i) => i >= 0);
      continue;
    }
    if (scoreCol < 0) continue;
    // Rows with merged first columns are shorter: align from the right (得分 is the last column).
    const shift = width - texts.length;
    const score = texts[scoreCol - shift];
    const points = score !== undefined ? parseNumber(score.replace(/分$/u, '')) : null;
    if (points === null) continue;
    const labelTexts = labelCols.map((i) => texts[i - shift]).filter((t): t is string => !!t && t !== score);
    const label = sentences(labelTexts[labelTexts.length - 1] ?? texts[0])[0]?.replace(/[（(]\d+分[)）]$/u, '') ?? '';
    if (!label) continue;
    claims.push({ label, points, evidence: evidenceAt(doc, cells[scoreCol - shift] ?? line, `${label}：${score}`) });
  }
  const facts: Facts = { claimedScores: claims.length > 0 ? found(claims, claims.slice(0, 3).map((c) => c.evidence)) : absent([documentEvidence(doc)]) };
  const name = readAllianceName(doc);
  if (name) facts.allianceName = name;
  return facts;
}
