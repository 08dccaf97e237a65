import type { Doc } from '../../src/model/document.js';
import { absent, found, type Fact } from '../../src/model/fact.js';
import type { FieldValue } from '../../src/model/facts.js';
import { documentEvidence, evidenceAt } from '../../src/model/doc-view.js';
import { formView } from '../layout/form-view.js';

/**
 * Every filled label → value pair of a document, each with its evidence: the form view's pairs,
 * where rows of tables that name their columns give the value column's figure (a weight, score or
 * unit column between label and value is skipped) and header rows give none.
 */
export function readLabelledValues(doc: Doc, view = formView(doc)): Fact<FieldValue<'labelledValues'>> {
  const pairs = view.pairs().map((p) => ({ label: p.label, value: p.value, evidence: evidenceAt(doc, p.at, p.quote), confidence: p.at.confidence ?? 1 }));
  return pairs.length > 0 ? found(pairs, [pairs[0].evidence]) : absent([documentEvidence(doc)]);
}
