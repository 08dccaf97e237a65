import type { Doc } from '../../src/model/document.js';
import { absent, found, type Fact } from '../../src/model/fact.js';
import type { FieldValue } from '../../src/model/facts.js';
import { documentEvidence, evidenceAt } from '../../src/model/doc-view.js';
import { formView } from '../layout/form-view.js';
import { listValues } from '../layout/list-values.js';

/**
 * Every filled label → value pair of a document, each with its evidence: rows of tables that name
 * their value column (a weight or score column between label and value is skipped), then the form's
 * other label → value pairs.
 */
export function readLabelledValues(doc: Doc, view = formView(doc)): Fact<FieldValue<'labelledValues'>> {
  const listed = listValues(doc);
  const rows = new Set(listed.map((v) => v.rowRef));
  const fromLists = listed.map((v) => ({ label: v.label, value: v.value, evidence: evidenceAt(doc, { ...v.cell, page: v.cell.page ?? v.page }, `${v.label}：${v.value}`.slice(0, 200)), confidence: v.cell.confidence ?? 1 }));
  const fromForm = view
    .pairs()
    .filter((p) => !rows.has(p.at.ref.replace(/\/cells\/\d+$/u, '')))
    .map((p) => ({ label: p.label, value: p.value, evidence: evidenceAt(doc, p.at, p.quote), confidence: p.at.confidence ?? 1 }));
  const pairs = [...fromLists, ...fromForm];
  return pairs.length > 0 ? found(pairs, [pairs[0].evidence]) : absent([documentEvidence(doc)]);
}
